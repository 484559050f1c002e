/**
 * The judge's session runner: `jobs` sessions at a time on one shared pool of warm Node
 * workers. Each session is deterministic on its own (I-2, I-3), so the order in which the
 * lanes finish never shows in the results: callers place each result by its job, not by
 * when it arrived.
 */
import type { SessionResult } from '../../runtime/session.ts';
import { runSession } from '../../runtime/session.ts';
import { CURRENT_LOCKSTEP } from '../../runtime/runner.ts';
import { createNodePool } from '../../runtime/node/pool.ts';
import type { ProgramPool } from '../../runtime/pool.ts';
import type { Round } from '../../rounds/schema.ts';
import type { ProgramSource } from '../programs.ts';
import type { Simulated } from '../simulate.ts';

/** One session the judge ran: what `toRecording` needs, with the programs by name. */
export interface Played {
  sim: Simulated;
  programs: ProgramSource[];
}

/** A limiter: at most `n` of the functions given to it run at once (first come, first served). */
export function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** The result of a session the runtime could not run (an internal fault, not a verdict). */
function faulted(error: unknown, robots: number): SessionResult {
  const message = String((error as Error)?.message ?? error).slice(0, 300);
  const reason = { code: 'program.internal', params: { message } };
  return {
    verdict: { outcome: 'fail', reasons: [reason], score: null, simTimeMs: 0 },
    match:
      robots === 2
        ? { winner: null, points: { A: 0, B: 0 }, rounds: [], reasons: [reason] }
        : undefined,
    rounds: 0,
    simTimeMs: 0,
    hash: '',
    rejectedMessages: [],
    prints: {},
    transcript: [],
    programStatuses: [],
    aborted: false,
    stats: {
      wallMs: 0,
      runMs: 0,
      steps: 0,
      roundTrips: 0,
      hostWaitMs: 0,
      physicsMs: 0,
      releaseMs: 0,
      judgeMs: 0,
    },
  };
}

export interface JudgeRunner {
  /** Runs one session (one attempt, or one sumo game) once a lane is free. */
  play(programs: ProgramSource[], seed: number): Promise<Played>;
  close(): Promise<void>;
}

/** A runner for `round` with `jobs` lanes over one pool of warm workers. */
export function createJudgeRunner(round: Round, jobs: number, pool?: ProgramPool): JudgeRunner {
  const robots = round.task.robots;
  const workers = pool ?? createNodePool({ maxIdle: jobs * robots });
  const lane = limiter(jobs);
  return {
    play: (programs, seed) =>
      lane(async () => {
        let result: SessionResult;
        try {
          result = await runSession({
            task: round.task,
            seed,
            params: round.params,
            programs: programs.map((p) => ({ code: p.code, profile: round.robot })),
            pool: workers,
          });
        } catch (error) {
          result = faulted(error, robots);
        }
        const sim: Simulated = {
          task: round.task.id,
          seed,
          params: round.params,
          profiles: programs.map(() => round.robot),
          lockstep: CURRENT_LOCKSTEP,
          // The report shows no program output: drop it rather than hold every session's.
          result: { ...result, prints: {}, transcript: [] },
        };
        return { sim, programs };
      }),
    close: () => workers.close(),
  };
}
