/**
 * Runs a task with TypeScript controllers instead of Python programs: the "physics alone"
 * baseline of the benchmark. Same world, same referee, same snapshots per step as runSession;
 * only the programs are replaced by functions called once per step. Snapshots are 'lazy', as
 * runSession's without a viewer.
 */
import { profileById } from '../../sim/profiles/index.ts';
import type { ProgramStatus, TaskDef, TaskParams } from '../../sim/tasks/types.ts';
import type { Verdict } from '../../sim/types.ts';
import { SimWorld } from '../../sim/world.ts';
import type { RobotDevicesApi } from '../../sim/world-types.ts';

/** A controller: called after every step with its robot's devices and the world time (ms). */
export type Controller = (dev: RobotDevicesApi, timeMs: number) => void;

export interface ScriptedResult {
  verdict: Verdict;
  simTimeMs: number;
  steps: number;
  rounds: number;
}

export function runScripted(
  task: TaskDef,
  seed: number,
  params: TaskParams,
  makeControllers: () => Controller[],
): ScriptedResult {
  const setup = task.create(seed, params);
  const ids = ['A', 'B'].slice(0, task.robots);
  const robots = ids.map((id, i) => ({
    id,
    profile: profileById(setup.defaultProfile)!,
    start: setup.starts[i],
  }));
  const statuses: ProgramStatus[] = ids.map((id) => ({ id, state: 'running' }));
  let state = setup.referee.initial;
  let total = 0;
  let steps = 0;
  let rounds = 0;
  for (;;) {
    rounds++;
    const world = new SimWorld({ arena: setup.arena, robots, seed });
    const controllers = makeControllers();
    const devices = ids.map((id) => world.devices(id));
    let restart = false;
    while (total + world.timeMs < setup.timeLimitMs + 10_000) {
      controllers.forEach((c, i) => c(devices[i], world.timeMs));
      world.step();
      steps++;
      const judged = setup.referee.judge(state, world.snapshot('lazy'), statuses);
      state = judged.state;
      if (judged.decision?.kind === 'final') {
        return {
          verdict: judged.decision.verdict,
          simTimeMs: total + world.timeMs,
          steps,
          rounds,
        };
      }
      if (judged.decision?.kind === 'restart') {
        restart = true;
        break;
      }
    }
    total += world.timeMs;
    if (!restart) throw new Error('the referee never decided');
  }
}
