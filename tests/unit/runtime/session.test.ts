/**
 * runSession with the real world, tasks and referees: a left-hand wall follower solves a
 * perfect school maze; runs are deterministic (same seed + programs ⇒ same verdict and
 * hash); a sumo match restarts rounds in the same warm workers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { getTask } from '../../../sim/tasks/index.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { runSession } from '../../../src/runtime/session.ts';

const pool = createNodePool();
afterAll(() => pool.close());

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/programs/${name}`, import.meta.url), 'utf8');

describe('maze', () => {
  const maze = getTask('maze')!;

  test('a left-hand wall follower finishes a perfect school maze, deterministically', async () => {
    const run = () =>
      runSession({
        task: maze,
        seed: 3,
        params: {},
        programs: [{ code: fixture('left_hand.py') }],
        pool,
        record: true,
      });
    const r1 = await run();
    expect(r1.verdict.outcome).toBe('success');
    expect(r1.programStatuses[0].state).toBe('ended'); // stopped when the referee decided
    const r2 = await run();
    expect(r2.verdict).toEqual(r1.verdict);
    expect(r2.hash).toBe(r1.hash);
    expect(r1.record).toEqual({
      task: 'maze',
      seed: 3,
      params: expect.objectContaining({ preset: 'school' }),
      programs: [{ code: fixture('left_hand.py'), profile: 'spike' }],
    });
    const perStep = ((r1.stats.runMs * 1000) / r1.stats.steps).toFixed(0);
    console.log(
      `maze seed 3: ${r1.simTimeMs} ms simulated in ${r1.stats.runMs.toFixed(0)} ms ` +
        `(${(r1.simTimeMs / r1.stats.runMs).toFixed(1)}× real time, ${perStep} µs/step), ` +
        `${r1.stats.steps} steps, ${r1.stats.roundTrips} round trips`,
    );
  });

  test('a program error is in the statuses and the prints are kept', async () => {
    const r = await runSession({
      task: maze,
      seed: 1,
      params: { time: 10 },
      programs: [
        { code: 'from robot_setup import *\nprint("go")\nrobot.straight(50)\nundefined_name\n' },
      ],
      pool,
    });
    expect(r.prints.A.map((l) => l.text)).toEqual(['go']);
    expect(r.programStatuses[0]).toMatchObject({
      state: 'error',
      reason: { code: 'program.exception', robot: 'A', params: { type: 'NameError', line: 4 } },
    });
    expect(r.verdict.outcome).toBe('fail');
  });
});

describe('sumo', () => {
  test('a match of two programs is deterministic and restarts rounds warm', async () => {
    const sumo = getTask('sumo')!;
    const loads = pool.stats.pyodideLoads;
    const run = () =>
      runSession({
        task: sumo,
        seed: 7,
        params: {},
        programs: [{ code: fixture('charger.py') }, { code: fixture('idle.py') }],
        pool,
      });
    const r1 = await run();
    const r2 = await run();
    expect(r1.verdict).toEqual(r2.verdict);
    expect(r1.match).toEqual(r2.match);
    expect(r1.hash).toBe(r2.hash);
    expect(r1.transcript).toEqual(r2.transcript);
    expect(r1.rounds).toBeGreaterThanOrEqual(1);
    // Two workers for the whole file's matches: at most the two new ones loaded Pyodide.
    expect(pool.stats.pyodideLoads - loads).toBeLessThanOrEqual(2);
    console.log(
      `sumo: ${r1.rounds} rounds, winner ${r1.match?.winner}, ${r1.simTimeMs} ms simulated`,
    );
  });
});

describe('the left-hand rule', () => {
  test('finishes every perfect school maze of seeds 1–8 without touching a wall', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const r = await runSession({
        task: getTask('maze')!,
        seed,
        params: { loops: 0 },
        programs: [{ code: fixture('left_hand.py') }],
        pool,
      });
      expect(r.verdict.outcome, `seed ${seed}`).toBe('success');
      expect(r.verdict.wallTouches, `seed ${seed}`).toBe(0);
    }
  });
});

describe('line following', () => {
  test('a proportional follower in Python finishes the oval and the S-bends, seeds 1–3', async () => {
    for (const track of ['oval', 'curves']) {
      for (let seed = 1; seed <= 3; seed++) {
        const r = await runSession({
          task: getTask('line')!,
          seed,
          params: { track },
          programs: [{ code: fixture('line_follower.py') }],
          pool,
        });
        expect(r.verdict.outcome, `${track} seed ${seed}`).toBe('success');
        expect(r.verdict.reasons[0].code).toBe('line.finished');
      }
    }
  });
});

describe('kegelring', () => {
  test('a search-and-push program knocks cans out of the ring with real physics', async () => {
    const r = await runSession({
      task: getTask('kegelring')!,
      seed: 1,
      params: {},
      programs: [{ code: fixture('kegelring.py') }],
      pool,
    });
    const cleared = r.verdict.reasons.find((x) => x.code === 'kegelring.cleared');
    expect(Number(cleared?.params?.out)).toBeGreaterThanOrEqual(4);
    expect(r.verdict.score).toBe(cleared?.params?.out);
  });
});

describe('blocks programs', () => {
  test('a traced program reports each block it executes, in order, and the trace changes nothing else', async () => {
    const { projectBlocksToPython } = await import('../../../blocks/index.ts');
    const workspace = JSON.parse(
      readFileSync(new URL('../../fixtures/blocks/square.json', import.meta.url), 'utf8'),
    );
    const traced = projectBlocksToPython(workspace, { trace: true });
    const plain = projectBlocksToPython(workspace);
    const seen: string[] = [];
    const withTrace = await runSession({
      task: getTask('maze')!,
      seed: 1,
      params: {},
      programs: [{ code: traced }],
      pool,
      onBlock: (robot, id) => {
        expect(robot).toBe('A');
        if (seen[seen.length - 1] !== id) seen.push(id);
      },
    });
    const ids = [...traced.matchAll(/_qadam_block\('([^']+)'\)/g)].map((m) => m[1]);
    expect(seen.length).toBeGreaterThan(3);
    for (const id of seen) expect(ids).toContain(id);
    const without = await runSession({
      task: getTask('maze')!,
      seed: 1,
      params: {},
      programs: [{ code: plain }],
      pool,
    });
    expect(withTrace.hash).toBe(without.hash);
    expect(withTrace.verdict).toEqual(without.verdict);
  });
});
