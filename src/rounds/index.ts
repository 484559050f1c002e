/**
 * Olympiad practice rounds: the round file and the scoring, pure and platform-neutral (the app
 * and the judge share it; nothing here imports node:*). The Node judge is `src/cli/judge/`.
 */
export {
  MAX_ROUND_BYTES,
  parseRound,
  ROUND_FORMAT,
  ROUND_VERSION,
  RoundError,
  roundFileSchema,
  SCORING_RULES,
  TOURNAMENTS,
  type Round,
  type RoundFile,
  type ScoringRule,
  type Tournament,
} from './schema.ts';
export {
  attemptMetrics,
  progressUnit,
  type AttemptMetrics,
  type AttemptVerdict,
} from './metrics.ts';
export {
  rankSolo,
  soloRules,
  type SoloEntrant,
  type SoloRoundRules,
  type SoloStanding,
} from './solo.ts';
export {
  MATCH_POINTS,
  rankRoundRobin,
  roundRobinPairs,
  type MatchOutcome,
  type SumoEntrant,
  type SumoStanding,
} from './round-robin.ts';
export {
  bracketLineup,
  bracketSize,
  MAX_GAMES,
  playBracket,
  rankBracket,
  seedOrder,
  stageCount,
  stageName,
  type BracketGame,
  type BracketStanding,
  type BracketTie,
  type PlayGame,
} from './bracket.ts';
export { compareKeys, rankByKey, type Key } from './keys.ts';
export { roundErrorText } from './messages.ts';
