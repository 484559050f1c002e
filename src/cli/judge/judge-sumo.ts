/**
 * Judging a sumo round: a round robin (every pair plays one match, pair i on seed i mod n)
 * or a single-elimination bracket seeded by file-name order (src/rounds/bracket.ts). An
 * entrant whose submission could not be loaded loses its matches by walkover.
 */
import type { Reason } from '../../../sim/types.ts';
import type { Lang } from '../../i18n/types.ts';
import {
  playBracket,
  rankBracket,
  stageName,
  bracketSize,
  type BracketTie,
} from '../../rounds/bracket.ts';
import { rankRoundRobin, roundRobinPairs, type MatchOutcome } from '../../rounds/round-robin.ts';
import type { Round } from '../../rounds/schema.ts';
import type { JudgeRunner, Played } from './play.ts';
import type { Judged, RecordedSession } from './judge-solo.ts';
import { reasonOut, reportHead, type GameOut, type MatchOut, type TieOut } from './report.ts';
import type { Entrant } from './submissions.ts';

/** A played game: who drove A and B (entrant indices) and the session. */
interface Game {
  a: number;
  b: number;
  stage?: number;
  played: Played;
}

function gameOut(
  round: Round,
  entrants: readonly Entrant[],
  game: Game,
  no: number,
  lang: Lang,
): GameOut {
  const { result } = game.played.sim;
  const name = (slot: 'A' | 'B' | null) =>
    slot === null ? null : entrants[slot === 'A' ? game.a : game.b].name;
  const match = result.match;
  const size = bracketSize(entrants.length);
  return {
    game: no,
    ...(game.stage !== undefined && round.tournament === 'bracket'
      ? { stage: stageName(size, game.stage) }
      : {}),
    a: entrants[game.a].name,
    b: entrants[game.b].name,
    seed: game.played.sim.seed,
    winner: name(match?.winner ?? null),
    points: match ? { ...match.points } : { A: 0, B: 0 },
    rounds: (match?.rounds ?? []).map((r) => ({
      winner: name(r.winner),
      reason: reasonOut(r.reason, lang),
      simTimeMs: r.simTimeMs,
      counted: r.counted,
    })),
    reasons: (match?.reasons ?? result.verdict.reasons).map((r) => reasonOut(r, lang)),
    simTimeMs: result.simTimeMs,
    hash: result.hash,
  };
}

const gameFile = (entrants: readonly Entrant[], g: Game, no: number) =>
  `game-${String(no).padStart(3, '0')}.${entrants[g.a].name}-vs-${entrants[g.b].name}.replay.json`;

function sessionsOf(entrants: readonly Entrant[], games: readonly Game[]): RecordedSession[] {
  return games.map((g, i) => ({ file: gameFile(entrants, g, i + 1), played: g.played }));
}

async function roundRobin(
  round: Round,
  entrants: readonly Entrant[],
  ignored: string[],
  runner: JudgeRunner,
  lang: Lang,
): Promise<Judged> {
  const pairs = roundRobinPairs(entrants.length);
  const pending = pairs.map(([a, b], i) => {
    const [pa, pb] = [entrants[a].program, entrants[b].program];
    if (!pa || !pb) return null;
    return runner.play([pa, pb], round.seeds[i % round.seeds.length]);
  });
  const played = await Promise.all(pending);
  const games: Game[] = [];
  const outcomes: MatchOutcome[] = [];
  const matches: MatchOut[] = [];
  pairs.forEach(([a, b], i) => {
    const p = played[i];
    const names = { A: entrants[a].name, B: entrants[b].name };
    if (p) {
      games.push({ a, b, played: p });
      const match = p.sim.result.match;
      const winner = match?.winner ?? null;
      const points = match ? { ...match.points } : { A: 0, B: 0 };
      outcomes.push({ a, b, winner, points, kind: 'played' });
      const game = games.length;
      matches.push({
        a: names.A,
        b: names.B,
        kind: 'played',
        winner: winner && names[winner],
        points,
        game,
      });
      return;
    }
    const aBroken = !entrants[a].program;
    const bBroken = !entrants[b].program;
    const kind = aBroken && bBroken ? 'void' : 'walkover';
    const winner = kind === 'void' ? null : aBroken ? 'B' : 'A';
    const reason: Reason =
      kind === 'void'
        ? { code: 'judge.void' }
        : {
            code: 'judge.walkover',
            params: { winner: names[winner!], loser: names[winner === 'A' ? 'B' : 'A'] },
          };
    outcomes.push({ a, b, winner, points: { A: 0, B: 0 }, kind });
    matches.push({
      a: names.A,
      b: names.B,
      kind,
      winner: winner && names[winner],
      points: { A: 0, B: 0 },
      game: null,
      reason: reasonOut(reason, lang),
    });
  });
  const standings = rankRoundRobin(
    entrants.map((e) => ({ name: e.name, ...(e.error ? { error: e.error } : {}) })),
    outcomes,
  ).map(({ error, ...s }) => ({ ...s, ...(error ? { error: reasonOut(error, lang) } : {}) }));
  return {
    report: {
      ...reportHead('round-robin', round, entrants, ignored, lang),
      standings,
      matches,
      games: games.map((g, i) => gameOut(round, entrants, g, i + 1, lang)),
    },
    sessions: sessionsOf(entrants, games),
  };
}

function tieReason(tie: BracketTie<Game>, entrants: readonly Entrant[]): Reason | undefined {
  const winner = entrants[tie.winner].name;
  if (tie.decidedBy === 'higher-seed') {
    return { code: 'judge.higher_seed', params: { games: tie.games.length, winner } };
  }
  if (tie.decidedBy !== 'walkover' || tie.y === null) return undefined;
  const loserIndex = tie.winner === tie.x ? tie.y : tie.x;
  if (!entrants[tie.winner].program) return { code: 'judge.both_unloaded', params: { winner } };
  return { code: 'judge.walkover', params: { winner, loser: entrants[loserIndex].name } };
}

async function bracket(
  round: Round,
  entrants: readonly Entrant[],
  ignored: string[],
  runner: JudgeRunner,
  lang: Lang,
): Promise<Judged> {
  const size = bracketSize(entrants.length);
  const ties = await playBracket(
    entrants.length,
    round.seeds,
    entrants.map((e) => !e.program),
    async ({ a, b, seed, stage }) => {
      const played = await runner.play([entrants[a].program!, entrants[b].program!], seed);
      const game: Game = { a, b, stage, played };
      return { side: played.sim.result.match?.winner ?? null, record: game };
    },
  );
  // Games numbered in bracket order (stage, tie, game): not in the order they finished.
  const games: Game[] = [];
  const tiesOut: TieOut[] = ties.map((tie) => {
    const numbers = tie.games.map((g) => games.push(g.record));
    const reason = tieReason(tie, entrants);
    return {
      stage: stageName(size, tie.stage),
      x: entrants[tie.x].name,
      y: tie.y === null ? null : entrants[tie.y].name,
      winner: entrants[tie.winner].name,
      decidedBy: tie.decidedBy,
      games: numbers,
      ...(reason ? { reason: reasonOut(reason, lang) } : {}),
    };
  });
  const standings = rankBracket(entrants.length, ties).map((s) => {
    const e = entrants[s.entrant];
    return {
      rank: s.rank,
      name: e.name,
      seed: s.entrant + 1,
      eliminatedIn: s.eliminatedIn === null ? null : stageName(size, s.eliminatedIn),
      ...(e.error ? { error: reasonOut(e.error, lang) } : {}),
    };
  });
  return {
    report: {
      ...reportHead('bracket', round, entrants, ignored, lang),
      standings,
      ties: tiesOut,
      games: games.map((g, i) => gameOut(round, entrants, g, i + 1, lang)),
    },
    sessions: sessionsOf(entrants, games),
  };
}

export function judgeSumo(
  round: Round,
  entrants: readonly Entrant[],
  ignored: string[],
  runner: JudgeRunner,
  lang: Lang,
): Promise<Judged> {
  return round.tournament === 'bracket'
    ? bracket(round, entrants, ignored, runner, lang)
    : roundRobin(round, entrants, ignored, runner, lang);
}
