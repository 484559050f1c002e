/**
 * The judge's report: one plain object that `--json` prints as is and the text table and the
 * CSV are made from. Deterministic: it holds no wall-clock figures and no paths beyond the
 * file names the user gave, so the same round and submissions give the same bytes.
 */
import type { Reason } from '../../../sim/types.ts';
import type { TaskParams } from '../../../sim/tasks/types.ts';
import { formatReason } from '../../i18n/reasons.ts';
import type { Lang } from '../../i18n/types.ts';
import type { Round } from '../../rounds/schema.ts';
import type { SoloStanding } from '../../rounds/solo.ts';
import type { SumoStanding } from '../../rounds/round-robin.ts';
import type { Entrant } from './submissions.ts';

export const JUDGE_FORMAT = 'qadam-judge';

/** A reason with its sentence in the report's language. */
export type ReasonOut = Reason & { text: string };

export function reasonOut(reason: Reason, lang: Lang): ReasonOut {
  return { ...reason, text: formatReason(reason, lang) };
}

export interface RoundOut {
  id: string;
  title: Round['title'];
  task: string;
  params: TaskParams;
  robot: string;
  seeds: number[];
  attempts: number;
  timeLimit: number;
  scoring: string;
  tournament?: string;
}

export interface EntrantOut {
  name: string;
  file: string;
  error?: ReasonOut;
}

/** One attempt of a single-robot round. */
export interface AttemptOut {
  entrant: string;
  seed: number;
  outcome: 'success' | 'fail';
  score: number | null;
  simTimeMs: number;
  wallTouches?: number;
  reasons: ReasonOut[];
  /** Final world hash: `qadam replay` of the attempt's recording must reach it. */
  hash: string;
  /** File name of the attempt's recording in --record-dir. */
  recording?: string;
}

/** One sumo game (a match between two programs). */
export interface GameOut {
  game: number;
  /** Bracket stage name ('final', …); absent in a round robin. */
  stage?: string;
  a: string;
  b: string;
  seed: number;
  /** Entrant name, or null for a draw. */
  winner: string | null;
  points: { A: number; B: number };
  rounds: { winner: string | null; reason: ReasonOut; simTimeMs: number; counted: boolean }[];
  reasons: ReasonOut[];
  simTimeMs: number;
  hash: string;
  recording?: string;
}

/** A round-robin pairing: a played game, a walkover or a void pairing. */
export interface MatchOut {
  a: string;
  b: string;
  kind: 'played' | 'walkover' | 'void';
  winner: string | null;
  points: { A: number; B: number };
  /** Number of the game in `games` (1-based) when played. */
  game: number | null;
  reason?: ReasonOut;
}

export interface TieOut {
  stage: string;
  x: string;
  /** null: a bye. */
  y: string | null;
  winner: string;
  decidedBy: 'game' | 'bye' | 'walkover' | 'higher-seed';
  games: number[];
  reason?: ReasonOut;
}

export type SoloStandingOut = Omit<SoloStanding, 'error'> & { error?: ReasonOut };
export type TableStandingOut = Omit<SumoStanding, 'error'> & { error?: ReasonOut };
export interface BracketStandingOut {
  rank: number;
  name: string;
  /** 1-based position in the file-name order. */
  seed: number;
  /** Stage name the entrant went out in; null for the winner. */
  eliminatedIn: string | null;
  error?: ReasonOut;
}

interface ReportBase {
  format: typeof JUDGE_FORMAT;
  version: 1;
  lang: Lang;
  round: RoundOut;
  entrants: EntrantOut[];
  ignored: string[];
}

export type JudgeReport =
  | (ReportBase & { kind: 'solo'; standings: SoloStandingOut[]; attempts: AttemptOut[] })
  | (ReportBase & {
      kind: 'round-robin';
      standings: TableStandingOut[];
      matches: MatchOut[];
      games: GameOut[];
    })
  | (ReportBase & {
      kind: 'bracket';
      standings: BracketStandingOut[];
      ties: TieOut[];
      games: GameOut[];
    });

/** What every report starts with (in this key order), whatever the round's kind. */
export function reportHead<K extends JudgeReport['kind']>(
  kind: K,
  round: Round,
  entrants: readonly Entrant[],
  ignored: string[],
  lang: Lang,
) {
  return {
    format: JUDGE_FORMAT as typeof JUDGE_FORMAT,
    version: 1 as const,
    lang,
    kind,
    round: roundOut(round),
    entrants: entrantsOut(entrants, lang),
    ignored,
  };
}

export function entrantsOut(entrants: readonly Entrant[], lang: Lang): EntrantOut[] {
  return entrants.map((e) => ({
    name: e.name,
    file: e.file,
    ...(e.error ? { error: reasonOut(e.error, lang) } : {}),
  }));
}

export function roundOut(round: Round): RoundOut {
  return {
    id: round.id,
    title: round.title,
    task: round.task.id,
    params: round.params,
    robot: round.robot,
    seeds: round.seeds,
    attempts: round.attempts,
    timeLimit: round.timeLimit,
    scoring: round.scoring,
    ...(round.tournament ? { tournament: round.tournament } : {}),
  };
}
