import { describe, expect, it } from 'vitest';
import { STOP } from '../../../sim/robot/api.ts';
import { spike } from '../../../sim/profiles/index.ts';
import type { ArenaSpec, WorldSnapshot } from '../../../sim/types.ts';
import { SimWorld } from '../../../sim/world.ts';
import type { WorldOptions } from '../../../sim/world-types.ts';
import { flatArena, portOf, val } from './helpers.ts';

const arena: ArenaSpec = {
  ...flatArena([{ x: 0, y: 600, sx: 800, sy: 20, height: 50 }]),
  cans: [{ id: 'c1', x: 0, y: 400, radius: 33, height: 120, massG: 60 }],
};

function twoRobots(seed: number, noise = false): WorldOptions {
  return {
    arena,
    seed,
    noise,
    robots: [
      { id: 'A', profile: spike, start: { x: 0, y: 0, heading: 0 } },
      { id: 'B', profile: spike, start: { x: 300, y: 0, heading: -90 } },
    ],
  };
}

/** Drive both robots with a fixed script and return the hash after every 50 steps. */
function hashes(opts: WorldOptions, steps: number): string[] {
  const w = new SimWorld(opts);
  for (const id of ['A', 'B']) {
    w.devices(id).request('db_init', [0, 1, 56, 112, -1, 1]);
  }
  w.devices('A').request('db_straight', [800, STOP.HOLD, 0]);
  w.devices('B').request('db_curve', [150, 270, STOP.HOLD, 0]);
  const out: string[] = [];
  for (let i = 1; i <= steps; i++) {
    w.step();
    if (i % 50 === 0) out.push(w.hash());
  }
  return out;
}

describe('determinism', () => {
  it('same options ⇒ the same hash after every 50 steps (bit-identical states)', () => {
    const a = hashes(twoRobots(5), 1200);
    const b = hashes(twoRobots(5), 1200);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(10);
  });

  it('the hash sees a 0.1 mm difference in a start pose', () => {
    const base = twoRobots(5);
    const moved: WorldOptions = {
      ...base,
      robots: [base.robots[0], { ...base.robots[1], start: { x: 300.1, y: 0, heading: -90 } }],
    };
    expect(hashes(moved, 100)).not.toEqual(hashes(base, 100));
  });

  it('noise on: different seeds give different readings, the same seed the same', () => {
    const read = (seed: number) => {
      const w = new SimWorld({ ...twoRobots(seed, true) });
      const d = w.devices('A');
      return Array.from({ length: 5 }, () =>
        val(d.request('ultrasonic_distance', [portOf(spike, 'ultrasonic')])),
      );
    };
    expect(read(1)).toEqual(read(1));
    expect(read(1)).not.toEqual(read(2));
  });

  it('noise off: readings are exact and equal for every seed', () => {
    const read = (seed: number) =>
      val(
        new SimWorld(twoRobots(seed))
          .devices('A')
          .request('ultrasonic_distance', [portOf(spike, 'ultrasonic')]),
      );
    expect(read(1)).toBe(read(2));
  });
});

describe('world and snapshots', () => {
  it('advances exactly 5 ms per step and snapshots the robots, cans and bodies', () => {
    const w = new SimWorld(twoRobots(1));
    for (let i = 0; i < 10; i++) w.step();
    expect(w.timeMs).toBe(50);
    const s: WorldSnapshot = w.snapshot();
    expect(s.t).toBe(50);
    expect(s.robots.map((r) => r.id)).toEqual(['A', 'B']);
    const a = s.robots[0];
    expect(a.footprint).toHaveLength(4);
    expect(Math.abs(a.lowestZ)).toBeLessThan(1);
    expect(a.sensors.distance).toBeGreaterThan(200); // the can at 400 mm
    expect(a.sensors.distance).toBeLessThan(320);
    expect(s.cans[0]).toMatchObject({ id: 'c1', radius: 33 });
    expect(Math.abs(s.cans[0].lowestZ)).toBeLessThan(1);
    expect(s.bodies.length).toBe(7);
  });

  it("a 'lazy' snapshot holds the same values as a full one, computed only when read", () => {
    const w = new SimWorld(twoRobots(1));
    w.devices('A').request('db_init', [0, 1, 56, 112, -1, 1]);
    w.devices('A').request('db_drive', [150, 30]);
    for (let i = 0; i < 60; i++) w.step();
    const lazy = w.snapshot('lazy');
    const full = w.snapshot();
    // Referee fields first (no getter runs), then everything, sensors included.
    expect(lazy.robots.map((r) => [r.pose, r.footprint, r.lowestZ, r.speed])).toEqual(
      full.robots.map((r) => [r.pose, r.footprint, r.lowestZ, r.speed]),
    );
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(full)));
    expect(lazy.robots[0].sensors).toBe(lazy.robots[0].sensors);
  });

  it('a robot pushes a can; the can stays on the floor', () => {
    const w = new SimWorld(twoRobots(1));
    w.devices('A').request('db_init', [0, 1, 56, 112, -1, 1]);
    w.devices('A').request('db_straight', [400, STOP.HOLD, 0]);
    for (let i = 0; i < 800; i++) w.step();
    const can = w.snapshot().cans[0];
    expect(can.y).toBeGreaterThan(430);
    expect(can.lowestZ).toBeGreaterThan(-1);
  });

  it('touchingWall is true only while a robot touches a wall', () => {
    const w = new SimWorld({
      arena: flatArena([{ x: 0, y: 200, sx: 800, sy: 20, height: 50 }]),
      seed: 1,
      robots: [{ id: 'A', profile: spike, start: { x: 0, y: 0, heading: 0 } }],
    });
    w.step();
    expect(w.snapshot().robots[0].touchingWall).toBe(false);
    w.devices('A').request('db_init', [0, 1, 56, 112, -1, 1]);
    w.devices('A').request('db_straight', [300, STOP.HOLD, 0]);
    for (let i = 0; i < 400; i++) w.step();
    expect(w.snapshot().robots[0].touchingWall).toBe(true);
  });
});
