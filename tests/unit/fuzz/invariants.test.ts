/**
 * The fuzzer's own checks can fail: the invariants catch a NaN, a fall through the floor and a
 * wall crossing; watching a world does not change it; a saved failure replays the same run.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { profileById } from '../../../sim/profiles/index.ts';
import { getTask } from '../../../sim/tasks/index.ts';
import type { WorldSnapshot } from '../../../sim/types.ts';
import { SimWorld } from '../../../sim/world.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { makeCase } from '../../fuzz/cases.ts';
import {
  CheckedWorld,
  checkSnapshot,
  segmentHitsBox,
  type Violation,
} from '../../fuzz/invariants.ts';
import { loadCase, runCase, saveFailure } from '../../fuzz/runner.ts';

const pool = createNodePool({ maxIdle: 1 });
afterAll(() => pool.close());

function mazeWorld(seed: number) {
  const setup = getTask('maze')!.create(seed, { time: 10 });
  return {
    arena: setup.arena,
    robots: [{ id: 'A', profile: profileById('spike')!, start: setup.starts[0] }],
    seed,
  };
}

describe('invariants', () => {
  const opts = mazeWorld(5);
  const snap = (): WorldSnapshot => new SimWorld(opts).snapshot('full');

  test('a sound world breaks none', () => {
    expect(checkSnapshot(snap(), opts.arena, new Map())).toEqual([]);
  });

  test('a NaN, a robot under the floor and a path through a wall are caught', () => {
    const s = snap();
    const wall = opts.arena.walls[0];
    s.robots[0].sensors.distance = Number.NaN;
    s.robots[0].lowestZ = -40;
    const before = new Map([['A', { x: wall.x - wall.sx, y: wall.y }]]);
    s.robots[0].pose = { ...s.robots[0].pose, x: wall.x + wall.sx, y: wall.y };
    const rules = checkSnapshot(s, opts.arena, before).map((v) => v.rule);
    expect(rules).toEqual(['nan', 'below_floor', 'through_wall']);
  });

  test('segments: crossing, touching and missing a box', () => {
    const box = { x: 0, y: 0, sx: 10, sy: 2, height: 50 };
    expect(segmentHitsBox({ x: 0, y: -5 }, { x: 0, y: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 6, y: -5 }, { x: 6, y: 5 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -20, y: 3 }, { x: 20, y: 3 }, box)).toBe(false);
    expect(segmentHitsBox({ x: 1, y: 0.5 }, { x: 1, y: 0.5 }, box)).toBe(true);
  });

  test('watching a world does not change it', () => {
    const plain = new SimWorld(opts);
    const watched = new CheckedWorld(opts, [], 1);
    for (const w of [plain, watched]) {
      w.devices('A').request('db_init', [0, 1, 56, 112, -1, 1]);
      w.devices('A').request('db_drive', [400, 30]);
      for (let i = 0; i < 600; i++) w.step();
    }
    expect(watched.hash()).toBe(plain.hash());
  });
});

describe('saved failures', () => {
  test('a saved case replays to the same verdict and hash', async () => {
    const c = makeCase('api', 7, { tasks: ['maze'] });
    const first = await runCase(pool, c);
    const dir = mkdtempSync(join(tmpdir(), 'qadam-fuzz-'));
    const failures: Violation[] = [{ rule: 'nan', tMs: 5, detail: 'example' }];
    const file = saveFailure(dir, { ...first, failures });
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { replay: string; failures: unknown };
    expect(saved.replay).toBe(`npm run fuzz -- --replay ${file}`);
    expect(saved.failures).toEqual(failures);
    expect(readFileSync(join(dir, `${c.id}.py`), 'utf8')).toBe(c.programs[0].code);
    const again = await runCase(pool, loadCase(file));
    expect(again.verdict).toEqual(first.verdict);
    expect(again.hash).toBe(first.hash);
  });
});
