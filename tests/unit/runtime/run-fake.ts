/** Runs Python programs against the fake world through a pool (shared by the runtime tests). */
import type { ProgramPool } from '../../../src/runtime/pool.ts';
import { ProgramRunner, type RoundEnd } from '../../../src/runtime/runner.ts';
import { FakeWorld } from '../../helpers/fake-world.ts';

export interface FakeRun {
  world: FakeWorld;
  runner: ProgramRunner;
  end: RoundEnd;
  wallMs: number;
}

/** Run `codes` (robots A, B, …) until every program ended or `maxTimeMs` of world time. */
export async function runFake(
  pool: ProgramPool,
  codes: string[],
  opts: {
    maxTimeMs?: number;
    watchdogMs?: number;
    wallY?: number;
    seed?: number;
    pace?: number;
    signal?: AbortSignal;
    lockstep?: 'pipelined' | 'strict';
  } = {},
): Promise<FakeRun> {
  const ids = codes.map((_, i) => String.fromCharCode(65 + i));
  const world = new FakeWorld(
    ids.map((id) => ({ id })),
    { wallY: opts.wallY },
  );
  const channels = await pool.acquire(codes.length);
  try {
    const runner = new ProgramRunner(
      channels,
      codes.map((code, i) => ({ id: ids[i], code, profile: 'spike' as const })),
      world,
      {
        watchdogMs: opts.watchdogMs ?? 1000,
        pace: opts.pace,
        signal: opts.signal,
        lockstep: opts.lockstep,
      },
    );
    const t0 = performance.now();
    const end = await runner.round(world, {
      seed: opts.seed ?? 1,
      round: 1,
      maxTimeMs: opts.maxTimeMs ?? 60_000,
      afterStep: () => runner.programs.every((p) => p.phase === 'ended'),
    });
    return { world, runner, end, wallMs: performance.now() - t0 };
  } finally {
    pool.release(channels);
  }
}

/** Printed lines of robot `i`, text only. */
export const printsOf = (run: FakeRun, i = 0): string[] =>
  run.runner.programs[i].prints.map((p) => p.text);
