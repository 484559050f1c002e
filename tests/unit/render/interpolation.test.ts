import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { WorldSnapshot } from '../../../sim/types.ts';
import {
  PlaybackClock,
  SnapshotBuffer,
  interpolateSnapshots,
  lerpHeading,
} from '../../../src/render/interpolation.ts';
import { DEMO_SPIKE, demoRobot } from '../../../src/render/demo-scenes.ts';

const yaw = (deg: number): [number, number, number, number] => {
  const q = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), (deg * Math.PI) / 180);
  return [q.x, q.y, q.z, q.w];
};

function snap(t: number, x: number, heading: number, bodyYaw: number): WorldSnapshot {
  const ray = { to: { x: x + 500, y: 0 }, hit: false };
  return {
    t,
    robots: [demoRobot('A', DEMO_SPIKE, x, 0, heading, x, 0, ray)],
    cans: [],
    bodies: [{ id: 'A.chassis', pos: [x / 1000, 0, 0.04], quat: yaw(bodyYaw) }],
  };
}

describe('interpolation between snapshots', () => {
  it('halfway gives the midpoint and a normalised slerp', () => {
    const s = interpolateSnapshots(snap(0, 0, 0, 0), snap(100, 200, 90, 90), 0.5);
    expect(s.t).toBe(50);
    const body = s.bodies.get('A.chassis')!;
    expect(body.pos[0]).toBeCloseTo(0.1);
    const q = new Quaternion().fromArray(body.quat);
    expect(q.length()).toBeCloseTo(1, 12);
    const want = new Quaternion().fromArray(yaw(45));
    expect(Math.abs(q.dot(want))).toBeCloseTo(1, 9);
    const robot = s.robots.get('A')!;
    expect(robot.pose.x).toBeCloseTo(100);
    expect(robot.pose.heading).toBeCloseTo(45);
  });

  it('headings take the short way round through ±180', () => {
    expect(lerpHeading(170, -170, 0.5)).toBeCloseTo(180);
    expect(lerpHeading(-170, 170, 0.25)).toBeCloseTo(-175);
    expect(lerpHeading(10, -10, 0.5)).toBeCloseTo(0);
  });

  it('the buffer samples between the two snapshots around t and clamps outside', () => {
    const b = new SnapshotBuffer(8);
    for (const t of [0, 100, 200]) b.push(snap(t, t, 0, 0));
    expect(b.sample(150)!.robots.get('A')!.pose.x).toBeCloseTo(150);
    expect(b.sample(-50)!.robots.get('A')!.pose.x).toBe(0);
    expect(b.sample(900)!.robots.get('A')!.pose.x).toBe(200);
  });

  it('time going backwards starts a new run', () => {
    const b = new SnapshotBuffer(8);
    b.push(snap(0, 0, 0, 0));
    b.push(snap(100, 10, 0, 0));
    expect(b.push(snap(5, 0, 0, 0))).toBe(true);
    expect(b.size).toBe(1);
  });
});

describe('playback clock', () => {
  it('follows a steady stream a little behind the newest snapshot, never backwards', () => {
    const clock = new PlaybackClock();
    let last = -Infinity;
    // Snapshots every 33 ms of wall time at 2× speed; frames every 16 ms.
    for (let wall = 0; wall <= 2000; wall += 16) {
      if (wall % 33 < 16) clock.onSnapshot(Math.floor(wall / 33) * 66, Math.floor(wall / 33) * 33);
      const latest = Math.floor(wall / 33) * 66;
      const t = clock.timeAt(wall, 0, latest);
      expect(t).toBeGreaterThanOrEqual(last);
      expect(t).toBeLessThanOrEqual(latest);
      last = t;
    }
    expect(clock.speed).toBeCloseTo(2, 1);
    expect(last).toBeGreaterThan(3700);
  });

  it('stops at the newest snapshot when the stream pauses', () => {
    const clock = new PlaybackClock();
    clock.onSnapshot(0, 0);
    clock.onSnapshot(100, 100);
    expect(clock.timeAt(5000, 0, 100)).toBe(100);
  });
});
