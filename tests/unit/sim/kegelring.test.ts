import { describe, expect, it } from 'vitest';
import {
  CAN_COUNT,
  KEGELRING_BORDER,
  KEGELRING_RADIUS,
  kegelringCans,
} from '../../../sim/arena/kegelring.ts';
import { kegelringReferee, OUTSIDE_LIMIT_MS } from '../../../sim/referee/kegelring.ts';
import type { ProgramStatus } from '../../../sim/tasks/types.ts';
import type { CanSnapshot, WorldSnapshot } from '../../../sim/types.ts';
import { robot } from '../../helpers/snapshots.ts';

const RUNNING: ProgramStatus[] = [{ id: 'A', state: 'running' }];

describe('kegelring cans', () => {
  it('eight cans stand on the white part of the ring, apart, clear of the robot, from the seed', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const cans = kegelringCans(seed);
      expect(cans).toHaveLength(CAN_COUNT);
      for (const c of cans) {
        const r = Math.hypot(c.x, c.y);
        expect(r + c.radius).toBeLessThan(KEGELRING_RADIUS - KEGELRING_BORDER);
        expect(r).toBeGreaterThan(200);
        for (const d of cans) {
          if (d !== c) expect(Math.hypot(c.x - d.x, c.y - d.y)).toBeGreaterThan(2 * c.radius);
        }
      }
      expect(kegelringCans(seed)).toEqual(cans);
    }
    expect(kegelringCans(1)).not.toEqual(kegelringCans(2));
  });
});

describe('kegelring referee', () => {
  const referee = kegelringReferee({ radius: KEGELRING_RADIUS, cans: 2, timeLimitMs: 60_000 });
  const can = (id: string, x: number): CanSnapshot => ({ id, x, y: 0, lowestZ: 0, radius: 35 });
  const snap = (t: number, robotX: number, cans: CanSnapshot[]): WorldSnapshot => ({
    t,
    robots: [robot({ x: robotX, y: 0 })],
    cans,
    bodies: [],
  });

  function play(steps: WorldSnapshot[]) {
    let state = referee.initial;
    for (const s of steps) {
      const judged = referee.judge(state, s, RUNNING);
      state = judged.state;
      if (judged.decision?.kind === 'final') return judged.decision.verdict;
    }
    return null;
  }

  it('a can is out only when no part of it is inside; all out is a success scored by time', () => {
    const edge = KEGELRING_RADIUS + 34; // still overlaps the ring by 1 mm
    const v = play([
      snap(100, 0, [can('a', 300), can('b', edge)]),
      snap(200, 0, [can('a', 600), can('b', edge)]),
      snap(300, 0, [can('a', 600), can('b', edge + 2)]),
    ]);
    expect(v?.outcome).toBe('success');
    expect(v?.simTimeMs).toBe(300);
    expect(v?.reasons[0]).toEqual({ code: 'kegelring.all_out', params: { time: 0.3 } });
  });

  it('a robot wholly outside the ring for more than 5 s voids the attempt', () => {
    const cans = [can('a', 300), can('b', 600)];
    const v = play([
      snap(100, 0, cans),
      snap(200, 700, cans),
      snap(200 + OUTSIDE_LIMIT_MS, 700, cans),
      snap(300 + OUTSIDE_LIMIT_MS, 700, cans),
    ]);
    expect(v?.outcome).toBe('fail');
    expect(v?.reasons[0].code).toBe('kegelring.robot_outside');
  });

  it('at the time limit the score is the number of cans out', () => {
    const v = play([snap(60_000, 0, [can('a', 300), can('b', 600)])]);
    expect(v?.reasons[0].code).toBe('kegelring.time_up');
    expect(v?.score).toBe(1);
  });
});
