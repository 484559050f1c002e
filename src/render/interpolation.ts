/**
 * Smooth playback of snapshots: a small buffer, a playback clock that follows the stream of
 * snapshots a little behind the newest one, and interpolation between the two snapshots around
 * the render time. Pure (three's math only), so it runs in Node tests.
 *
 * NB: snapshots arrive at the physics host's pace (any rate, in bursts, at 0.1×–10× speed);
 * frames come at the display's pace. Interpolating at `latest − delay` decouples the two, so
 * motion is smooth whatever either rate is. Nothing here can change a run (I-5).
 */
import { Quaternion } from 'three';
import type { CanSnapshot, Pose2, RobotSnapshot, WorldSnapshot } from '../../sim/types.ts';

/** Position and orientation of one body, physics frame (m, Z up). */
export interface BodyPose {
  pos: [number, number, number];
  quat: [number, number, number, number];
}

export interface RobotFrame {
  pose: Pose2;
  /** Wheel rotation from the encoders, degrees. */
  leftAngle: number;
  rightAngle: number;
  ray: RobotSnapshot['ray'];
  pen: boolean;
}

/** What one rendered frame shows: the world at time `t`, interpolated. */
export interface FrameState {
  t: number;
  bodies: Map<string, BodyPose>;
  robots: Map<string, RobotFrame>;
  cans: Map<string, Pick<CanSnapshot, 'x' | 'y' | 'lowestZ'>>;
}

const lerp = (a: number, b: number, k: number): number => a + (b - a) * k;

/** Shortest-arc interpolation of headings in degrees, result in (−180, 180]. */
export function lerpHeading(a: number, b: number, k: number): number {
  let d = ((((b - a) % 360) + 540) % 360) - 180;
  if (d === -180) d = 180;
  let h = a + d * k;
  h = (((h % 360) + 540) % 360) - 180;
  return h === -180 ? 180 : h;
}

const qa = new Quaternion();
const qb = new Quaternion();

/** Linear position, spherical (shortest-path, normalised) orientation. */
export function lerpBody(a: BodyPose, b: BodyPose, k: number): BodyPose {
  qa.fromArray(a.quat).normalize();
  qb.fromArray(b.quat).normalize();
  qa.slerp(qb, k).normalize();
  return {
    pos: [lerp(a.pos[0], b.pos[0], k), lerp(a.pos[1], b.pos[1], k), lerp(a.pos[2], b.pos[2], k)],
    quat: [qa.x, qa.y, qa.z, qa.w],
  };
}

function robotFrame(r: RobotSnapshot): RobotFrame {
  return {
    pose: { ...r.pose },
    leftAngle: r.sensors.leftAngle,
    rightAngle: r.sensors.rightAngle,
    ray: r.ray,
    pen: r.pen,
  };
}

function lerpRobot(a: RobotSnapshot, b: RobotSnapshot, k: number): RobotFrame {
  const near = k < 0.5 ? a : b;
  return {
    pose: {
      x: lerp(a.pose.x, b.pose.x, k),
      y: lerp(a.pose.y, b.pose.y, k),
      heading: lerpHeading(a.pose.heading, b.pose.heading, k),
    },
    leftAngle: lerp(a.sensors.leftAngle, b.sensors.leftAngle, k),
    rightAngle: lerp(a.sensors.rightAngle, b.sensors.rightAngle, k),
    ray: {
      from: { x: lerp(a.ray.from.x, b.ray.from.x, k), y: lerp(a.ray.from.y, b.ray.from.y, k) },
      to: { x: lerp(a.ray.to.x, b.ray.to.x, k), y: lerp(a.ray.to.y, b.ray.to.y, k) },
      hit: near.ray.hit,
    },
    pen: near.pen,
  };
}

/**
 * The world between snapshots `a` (k = 0) and `b` (k = 1). Things present only in `b` appear
 * as in `b`; things present only in `a` are dropped.
 */
export function interpolateSnapshots(a: WorldSnapshot, b: WorldSnapshot, k: number): FrameState {
  const out: FrameState = {
    t: lerp(a.t, b.t, k),
    bodies: new Map(),
    robots: new Map(),
    cans: new Map(),
  };
  const aBodies = new Map(a.bodies.map((x) => [x.id, x]));
  for (const body of b.bodies) {
    const prev = aBodies.get(body.id);
    out.bodies.set(body.id, prev ? lerpBody(prev, body, k) : { pos: body.pos, quat: body.quat });
  }
  const aRobots = new Map(a.robots.map((r) => [r.id, r]));
  for (const r of b.robots) {
    const prev = aRobots.get(r.id);
    out.robots.set(r.id, prev ? lerpRobot(prev, r, k) : robotFrame(r));
  }
  const aCans = new Map(a.cans.map((c) => [c.id, c]));
  for (const c of b.cans) {
    const p = aCans.get(c.id) ?? c;
    out.cans.set(c.id, {
      x: lerp(p.x, c.x, k),
      y: lerp(p.y, c.y, k),
      lowestZ: lerp(p.lowestZ, c.lowestZ, k),
    });
  }
  return out;
}

/** The last few snapshots, oldest first. A snapshot older than the newest starts a new run. */
export class SnapshotBuffer {
  private items: WorldSnapshot[] = [];
  constructor(readonly capacity = 32) {}

  /** Returns true when the snapshot started a new run (time went backwards): history was cleared. */
  push(s: WorldSnapshot): boolean {
    const last = this.items[this.items.length - 1];
    let reset = false;
    if (last && s.t < last.t) {
      this.items = [];
      reset = true;
    } else if (last && s.t === last.t) {
      this.items.pop();
    }
    this.items.push(s);
    if (this.items.length > this.capacity) this.items.shift();
    return reset;
  }

  clear(): void {
    this.items = [];
  }

  get size(): number {
    return this.items.length;
  }
  get oldest(): WorldSnapshot | undefined {
    return this.items[0];
  }
  get latest(): WorldSnapshot | undefined {
    return this.items[this.items.length - 1];
  }

  /** The interpolated world at time `t`, clamped to the buffered span. */
  sample(t: number): FrameState | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    if (t <= this.items[0].t) return interpolateSnapshots(this.items[0], this.items[0], 0);
    for (let i = n - 1; i > 0; i--) {
      const a = this.items[i - 1];
      const b = this.items[i];
      if (t >= a.t) {
        const k = t >= b.t ? 1 : (t - a.t) / (b.t - a.t);
        return interpolateSnapshots(a, b, k);
      }
    }
    return interpolateSnapshots(this.items[n - 1], this.items[n - 1], 0);
  }
}

interface Arrival {
  sim: number;
  wall: number;
}

/**
 * Maps wall-clock time to the simulation time to draw. It estimates the stream's speed
 * (simulation ms per wall ms) over the last half second of arrivals, and stays `delay` behind
 * the extrapolated newest snapshot, where the delay covers the usual gap between arrivals.
 * The render time never goes backwards within a run and never passes the newest snapshot.
 */
export class PlaybackClock {
  /** Smallest delay behind the stream, wall ms. */
  minDelayMs = 40;
  private arrivals: Arrival[] = [];
  private rate = 1;
  private gapMs = 16;
  private renderT = Number.NEGATIVE_INFINITY;

  reset(): void {
    this.arrivals = [];
    this.renderT = Number.NEGATIVE_INFINITY;
  }

  /** Note a snapshot's arrival: simulation time `simT` at wall time `wallT` (ms). */
  onSnapshot(simT: number, wallT: number): void {
    const last = this.arrivals[this.arrivals.length - 1];
    if (last && simT < last.sim) this.reset();
    this.arrivals.push({ sim: simT, wall: wallT });
    while (this.arrivals.length > 2 && wallT - this.arrivals[0].wall > 500) this.arrivals.shift();
    const first = this.arrivals[0];
    const dWall = wallT - first.wall;
    if (this.arrivals.length >= 2 && dWall > 20) {
      this.rate = Math.min(50, Math.max(0, (simT - first.sim) / dWall));
      this.gapMs = dWall / (this.arrivals.length - 1);
    }
  }

  /** The delay behind the stream now used, wall ms. */
  get delayMs(): number {
    return Math.max(this.minDelayMs, Math.min(250, this.gapMs * 1.5));
  }

  /** Simulation time to draw at wall time `wallNow`, within [oldestT, latestT]. */
  timeAt(wallNow: number, oldestT: number, latestT: number): number {
    const last = this.arrivals[this.arrivals.length - 1];
    if (!last) return latestT;
    const target = last.sim + (wallNow - last.wall - this.delayMs) * this.rate;
    let t = Math.min(latestT, Math.max(oldestT, target));
    if (t < this.renderT && this.renderT <= latestT) t = this.renderT;
    this.renderT = t;
    return t;
  }

  /** Estimated stream speed, simulation ms per wall ms. */
  get speed(): number {
    return this.rate;
  }
}
