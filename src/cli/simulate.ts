/** One headless simulation for the CLI: a warm Node pool around runSession. */
import type { TaskDef, TaskParams } from '../../sim/tasks/types.ts';
import type { RobotProfile } from '../../sim/types.ts';
import { createNodePool } from '../runtime/node/pool.ts';
import { runSession, type SessionResult } from '../runtime/session.ts';
import { CURRENT_LOCKSTEP, type LockstepMode } from '../runtime/runner.ts';

export interface Simulated {
  task: string;
  seed: number;
  params: TaskParams;
  profiles: RobotProfile['id'][];
  lockstep: LockstepMode;
  result: SessionResult;
}

export interface SimulateOptions {
  task: TaskDef;
  seed: number;
  params: TaskParams;
  programs: { code: string; profile: RobotProfile['id'] }[];
  /** Default: the current mode; a replay passes the one it was recorded with. */
  lockstep?: LockstepMode;
}

export async function simulate(opts: SimulateOptions): Promise<Simulated> {
  const pool = createNodePool();
  try {
    const result = await runSession({
      task: opts.task,
      seed: opts.seed,
      params: opts.params,
      programs: opts.programs,
      pool,
      lockstep: opts.lockstep,
    });
    return {
      task: opts.task.id,
      seed: opts.seed,
      params: opts.params,
      profiles: opts.programs.map((p) => p.profile),
      lockstep: opts.lockstep ?? CURRENT_LOCKSTEP,
      result,
    };
  } finally {
    await pool.close();
  }
}
