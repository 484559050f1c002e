/**
 * DEVELOPER DEMO — synthetic worlds for render-demo.html: closed-form motion, no physics.
 * Each returns `(tMs) => WorldSnapshot`.
 */
import { robotBodyIds } from './robot-pose.ts';
import type { BodySnapshot, RobotProfile, Vec2, WallBox, WorldSnapshot } from '../../sim/types.ts';
import {
  DEMO_MAZE,
  DEMO_MAZE_GRID,
  DEMO_MINISUMO,
  DEMO_SPIKE,
  demoRobot,
  solveMaze,
  type DemoWorld,
} from './demo-scenes.ts';

const wrapDeg = (d: number): number => {
  const h = (((d % 360) + 540) % 360) - 180;
  return h === -180 ? 180 : h;
};

/** Nearest hit of a ray (unit dir) with a circle, or null. */
function rayCircle(o: Vec2, d: Vec2, c: Vec2, r: number): number | null {
  const ox = o.x - c.x;
  const oy = o.y - c.y;
  const b = ox * d.x + oy * d.y;
  const disc = b * b - (ox * ox + oy * oy - r * r);
  if (disc < 0) return null;
  const t = -b - Math.sqrt(disc);
  return t >= 0 ? t : null;
}

/** Nearest hit of a ray with axis-aligned wall boxes (slab test), or null. */
function rayWalls(o: Vec2, d: Vec2, walls: WallBox[]): number | null {
  let best: number | null = null;
  for (const w of walls) {
    let t0 = -Infinity;
    let t1 = Infinity;
    for (const [oc, dc, lo, hi] of [
      [o.x, d.x, w.x - w.sx / 2, w.x + w.sx / 2],
      [o.y, d.y, w.y - w.sy / 2, w.y + w.sy / 2],
    ]) {
      if (Math.abs(dc) < 1e-9) {
        if (oc < lo || oc > hi) t0 = Infinity;
        continue;
      }
      const a = (lo - oc) / dc;
      const b = (hi - oc) / dc;
      t0 = Math.max(t0, Math.min(a, b));
      t1 = Math.min(t1, Math.max(a, b));
    }
    if (t0 <= t1 && t1 >= 0) {
      const t = Math.max(0, t0);
      if (best === null || t < best) best = t;
    }
  }
  return best;
}

function ray(
  profile: RobotProfile,
  x: number,
  y: number,
  heading: number,
  hitAt: (o: Vec2, d: Vec2) => number | null,
) {
  const h = (heading * Math.PI) / 180;
  const d = { x: Math.sin(h), y: Math.cos(h) };
  const o = { x: x + d.x * profile.ultrasonic.y, y: y + d.y * profile.ultrasonic.y };
  const t = hitAt(o, d);
  const hit = t !== null && t <= profile.ultrasonic.maxRange;
  const len = hit ? t : profile.ultrasonic.maxRange;
  return { to: { x: o.x + d.x * len, y: o.y + d.y * len }, hit };
}

function chassisBody(
  id: string,
  profile: RobotProfile,
  x: number,
  y: number,
  heading: number,
): BodySnapshot {
  const half = (-heading * Math.PI) / 360;
  return {
    id: robotBodyIds(id).chassis,
    pos: [x / 1000, y / 1000, (profile.chassis.clearance + profile.chassis.height / 2) / 1000],
    quat: [0, 0, Math.sin(half), Math.cos(half)],
  };
}

/**
 * Sumo: A (SPIKE-like, drawn from its chassis body) circles counter-clockwise at 250 mm,
 * B (mini-sumo, drawn from its pose alone) clockwise at 150 mm.
 */
export const sumoWorld: DemoWorld = (tMs) => {
  const t = tMs / 1000;
  const ra = 250;
  const rb = 150;
  const tha = 0.7 * t;
  const thb = Math.PI - 1.1 * t;
  const a = { x: ra * Math.cos(tha), y: ra * Math.sin(tha), h: wrapDeg((-tha * 180) / Math.PI) };
  const b = {
    x: rb * Math.cos(thb),
    y: rb * Math.sin(thb),
    h: wrapDeg(((Math.PI - thb) * 180) / Math.PI),
  };
  const ta = DEMO_SPIKE.wheels.axleTrack / 2;
  const tb = DEMO_MINISUMO.wheels.axleTrack / 2;
  const travA = ra * 0.7 * t;
  const travB = rb * 1.1 * t;
  const robotA = demoRobot(
    'A',
    DEMO_SPIKE,
    a.x,
    a.y,
    a.h,
    travA,
    (-travA * ta) / ra,
    ray(DEMO_SPIKE, a.x, a.y, a.h, (o, d) => rayCircle(o, d, b, 55)),
  );
  const robotB = demoRobot(
    'B',
    DEMO_MINISUMO,
    b.x,
    b.y,
    b.h,
    travB,
    (travB * tb) / rb,
    ray(DEMO_MINISUMO, b.x, b.y, b.h, (o, d) => rayCircle(o, d, a, 80)),
  );
  return {
    t: tMs,
    robots: [robotA, robotB],
    cans: [],
    bodies: [chassisBody('A', DEMO_SPIKE, a.x, a.y, a.h)],
  };
};

type Leg =
  | { kind: 'turn'; h0: number; h1: number; dur: number }
  | { kind: 'drive'; p0: Vec2; p1: Vec2; h: number; dur: number };

const MAZE_SPEED = 260; // mm/s
const TURN_SPEED = 200; // deg/s

function mazeLegs(): Leg[] {
  const path = solveMaze(DEMO_MAZE_GRID);
  const legs: Leg[] = [];
  let h = 90;
  for (let i = 1; i < path.length; i++) {
    const p0 = path[i - 1];
    const p1 = path[i];
    const h1 = (Math.atan2(p1.x - p0.x, p1.y - p0.y) * 180) / Math.PI;
    const dh = wrapDeg(h1 - h);
    if (Math.abs(dh) > 0.5)
      legs.push({ kind: 'turn', h0: h, h1: h + dh, dur: (Math.abs(dh) / TURN_SPEED) * 1000 });
    h = h1;
    legs.push({
      kind: 'drive',
      p0,
      p1,
      h,
      dur: (Math.hypot(p1.x - p0.x, p1.y - p0.y) / MAZE_SPEED) * 1000,
    });
  }
  return legs;
}

const LEGS = mazeLegs();
/** One run of the maze, then a pause; the next run starts at t = 0 again (a new run). */
export const MAZE_RUN_MS = LEGS.reduce((a, l) => a + l.dur, 0) + 1500;

/** Maze: robot A drives the shortest path from start to finish with the pen down. */
export const mazeWorld: DemoWorld = (tMs): WorldSnapshot => {
  const start = solveMaze(DEMO_MAZE_GRID)[0];
  let x = start.x;
  let y = start.y;
  let h = 90;
  let travelled = 0;
  let turned = 0;
  let left = tMs;
  const track = DEMO_SPIKE.wheels.axleTrack / 2;
  for (const leg of LEGS) {
    const k = Math.min(1, left / leg.dur);
    if (leg.kind === 'turn') {
      h = leg.h0 + (leg.h1 - leg.h0) * k;
      turned += (((leg.h1 - leg.h0) * k * Math.PI) / 180) * track;
    } else {
      x = leg.p0.x + (leg.p1.x - leg.p0.x) * k;
      y = leg.p0.y + (leg.p1.y - leg.p0.y) * k;
      h = leg.h;
      travelled += Math.hypot(leg.p1.x - leg.p0.x, leg.p1.y - leg.p0.y) * k;
    }
    left -= leg.dur;
    if (left <= 0) break;
  }
  h = wrapDeg(h);
  const r = ray(DEMO_SPIKE, x, y, h, (o, d) => rayWalls(o, d, DEMO_MAZE.walls));
  return {
    t: tMs,
    robots: [demoRobot('A', DEMO_SPIKE, x, y, h, travelled, turned, r, true)],
    cans: [],
    bodies: [],
  };
};
