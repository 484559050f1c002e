/**
 * Prints the cost of the runtime next to physics alone (figures, not timing assertions),
 * and checks the batching promise: about one round trip per robot per step.
 */
import { afterAll, expect, test } from 'vitest';
import { profileById } from '../../../sim/profiles/index.ts';
import { getTask } from '../../../sim/tasks/index.ts';
import { SimWorld } from '../../../sim/world.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { runSession } from '../../../src/runtime/session.ts';

const pool = createNodePool();
afterAll(() => pool.close());

/** A busy line-follower-like loop: several sensor reads and a drive command every 1–2 ms. */
const BUSY = `from robot_setup import *
from pybricks.tools import StopWatch
w = StopWatch()
n = 0
while w.time() < 15000:
    d = ultrasonic.distance()
    r = color_left.reflection() - color_right.reflection()
    a = robot.angle()
    robot.drive(150 if d > 150 else 0, r * 0.5)
    n += 1
print(n)
`;

test('a Python-driven run costs little more than physics alone', async () => {
  const maze = getTask('maze')!;
  const setup = maze.create(3, { time: 20 });
  /** Physics alone, or (jsController) with what the session does per step besides Python:
   * the same sensor queries and command in JS, a snapshot and the referee. */
  const physics = (steps: number, jsController = false): number => {
    const world = new SimWorld({
      arena: setup.arena,
      robots: [{ id: 'A', profile: profileById('spike')!, start: setup.starts[0] }],
      seed: 3,
    });
    const dev = world.devices('A');
    dev.request('db_init', [0, 1, 56, 112, 1, 1]);
    let state = setup.referee.initial;
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) {
      world.step();
      if (!jsController) continue;
      const d = dev.request('ultrasonic_distance', [3]);
      dev.request('color_reflection', [4]);
      dev.request('color_reflection', [5]);
      dev.request('db_angle', []);
      dev.request('db_drive', [d.kind === 'value' && d.value[0] > 150 ? 150 : 0, 0]);
      state = setup.referee.judge(state, world.snapshot(), [{ id: 'A', state: 'running' }]).state;
    }
    return performance.now() - t0;
  };
  await pool.warm(1);
  physics(500, true); // JIT warm-up
  const r = await runSession({
    task: maze,
    seed: 3,
    params: { time: 20 },
    programs: [{ code: BUSY }],
    pool,
  });
  const physicsMs = physics(r.stats.steps);
  const jsMs = physics(r.stats.steps, true);
  const perStepUs = (ms: number) => ((ms * 1000) / r.stats.steps).toFixed(1);
  console.log(
    [
      `steps ${r.stats.steps}, simulated ${r.simTimeMs} ms, loop iterations ${r.prints.A[0]?.text}`,
      `physics alone: ${physicsMs.toFixed(0)} ms (${perStepUs(physicsMs)} µs/step, ${(r.simTimeMs / physicsMs).toFixed(1)}× real time)`,
      `with Python:   ${r.stats.runMs.toFixed(0)} ms (${perStepUs(r.stats.runMs)} µs/step, ${(r.simTimeMs / r.stats.runMs).toFixed(1)}× real time)`,
      `JS controller:  ${jsMs.toFixed(0)} ms (${perStepUs(jsMs)} µs/step: physics + the same queries + snapshot + referee)`,
      `speed ratio vs physics alone: ${(physicsMs / r.stats.runMs).toFixed(2)}, vs the JS controller: ${(jsMs / r.stats.runMs).toFixed(2)}`,
      `inside the Python-driven run: physics ${perStepUs(r.stats.physicsMs)} µs/step, replies+readouts ${perStepUs(r.stats.releaseMs)} µs/step, snapshot+referee ${perStepUs(r.stats.judgeMs)} µs/step`,
      `round trips ${r.stats.roundTrips} (${(r.stats.roundTrips / r.stats.steps).toFixed(2)} per step), host waited ${r.stats.hostWaitMs.toFixed(0)} ms (${perStepUs(r.stats.hostWaitMs)} µs/step)`,
    ].join('\n'),
  );
  expect(r.programStatuses[0].state, JSON.stringify(r.programStatuses[0])).not.toBe('error');
  expect(r.stats.roundTrips).toBeLessThanOrEqual(r.stats.steps * 1.1 + 20);
});
