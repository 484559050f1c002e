/**
 * Ladder matches between the built-in sumo bots (src/bots): level N against level N − 1 (or
 * any lower level) on one seed. Level N plays robot A on odd seeds and robot B on even ones, so neither start
 * position is favoured. Shared by the ladder test and `npm run bench:bots`.
 */
import { getTask } from '../../sim/tasks/index.ts';
import type { RobotProfile } from '../../sim/types.ts';
import type { ProgramPool } from '../../src/runtime/pool.ts';
import { runSession } from '../../src/runtime/session.ts';

export interface LadderMatch {
  upper: number;
  lower: number;
  seed: number;
  /** Which robot the upper level was. */
  upperSlot: 'A' | 'B';
  result: 'win' | 'loss' | 'draw';
  /** Points as upper:lower. */
  score: string;
  /** The reason codes of the counted rounds, in order. */
  rounds: string[];
  simTimeMs: number;
  wallMs: number;
}

export interface LadderOptions {
  pool: ProgramPool;
  /** The program of a level. */
  code: (level: number) => string;
  ring?: string;
  profile?: RobotProfile['id'];
}

/** Level `upper` against level `lower` (default: the one below) on `seed`. */
export async function ladderMatch(
  opts: LadderOptions,
  upper: number,
  seed: number,
  lower = upper - 1,
): Promise<LadderMatch> {
  const upperSlot = seed % 2 === 1 ? 'A' : 'B';
  const levels = upperSlot === 'A' ? [upper, lower] : [lower, upper];
  const t0 = performance.now();
  const r = await runSession({
    task: getTask('sumo')!,
    seed,
    params: opts.ring ? { ring: opts.ring } : {},
    programs: levels.map((level) => ({ code: opts.code(level), profile: opts.profile })),
    pool: opts.pool,
  });
  const match = r.match!;
  const lowerSlot = upperSlot === 'A' ? 'B' : 'A';
  return {
    upper,
    lower,
    seed,
    upperSlot,
    result: match.winner === null ? 'draw' : match.winner === upperSlot ? 'win' : 'loss',
    score: `${match.points[upperSlot]}:${match.points[lowerSlot]}`,
    rounds: match.rounds
      .filter((round) => round.counted)
      .map((round) => {
        const who = round.reason.robot === upperSlot ? 'upper' : round.reason.robot ? 'lower' : '';
        return `${round.reason.code.replace('sumo.', '')}${who ? `(${who})` : ''}`;
      }),
    simTimeMs: r.simTimeMs,
    wallMs: performance.now() - t0,
  };
}
