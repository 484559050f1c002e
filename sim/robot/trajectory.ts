/**
 * Reference trajectories for motor and drive-base control, as pbio (Pybricks' motor library)
 * plans them: trapezoidal speed profiles (accelerate, cruise, decelerate) in position units
 * (deg for motors, mm or deg for a drive base). Pure data: `at(t)` is a function of time.
 */

interface Segment {
  t0: number;
  dur: number;
  x0: number;
  v0: number;
  a: number;
}

/** Position and speed of the reference at one instant. */
export interface Ref {
  x: number;
  v: number;
}

/** A piecewise constant-acceleration reference, starting at t = 0. */
export class Trajectory {
  /** Time (s) at which the reference stops changing; Infinity for `run`-style commands. */
  readonly end: number;
  /** Position where the reference ends (for finite trajectories). */
  readonly x1: number;
  private readonly segs: Segment[];

  private constructor(segs: Segment[], end: number) {
    this.segs = segs;
    this.end = end;
    const last = segs[segs.length - 1];
    const d = Number.isFinite(last.dur) ? last.dur : 0;
    this.x1 = last.x0 + last.v0 * d + 0.5 * last.a * d * d;
  }

  /** Build from (duration, acceleration) pieces starting at x0 with speed v0. */
  private static chain(x0: number, v0: number, pieces: Array<[number, number]>): Trajectory {
    const segs: Segment[] = [];
    let t = 0;
    let x = x0;
    let v = v0;
    for (const [dur, a] of pieces) {
      if (dur <= 0 && Number.isFinite(dur)) continue;
      segs.push({ t0: t, dur, x0: x, v0: v, a });
      if (!Number.isFinite(dur)) return new Trajectory(segs, Infinity);
      x += v * dur + 0.5 * a * dur * dur;
      v += a * dur;
      t += dur;
    }
    // A final resting segment so `at` past the end holds the last position.
    segs.push({ t0: t, dur: Infinity, x0: x, v0: 0, a: 0 });
    return new Trajectory(segs, t);
  }

  /** Stay at x. */
  static hold(x: number): Trajectory {
    return Trajectory.chain(x, 0, []);
  }

  /**
   * Move from x0 (current speed v0) to x1 with top speed vmax (> 0) and acceleration acc,
   * ending at rest. Starting speed against the direction of travel is treated as 0.
   */
  static toPosition(x0: number, v0: number, x1: number, vmax: number, acc: number): Trajectory {
    const d = x1 - x0;
    if (d === 0 || vmax <= 0) return Trajectory.hold(x0);
    const s = d > 0 ? 1 : -1;
    const dist = s * d;
    const u0 = Math.min(Math.max(0, s * v0), vmax);
    if ((u0 * u0) / (2 * acc) >= dist) {
      // Cannot stop in time at the nominal rate: brake harder, as pbio does.
      const a2 = (u0 * u0) / (2 * dist);
      return Trajectory.chain(x0, s * u0, [[u0 / a2, -s * a2]]);
    }
    let vp = Math.sqrt(acc * dist + (u0 * u0) / 2);
    let cruise = 0;
    if (vp > vmax) {
      vp = vmax;
      const d1 = (vmax * vmax - u0 * u0) / (2 * acc);
      const d3 = (vmax * vmax) / (2 * acc);
      cruise = (dist - d1 - d3) / vmax;
    }
    return Trajectory.chain(x0, s * u0, [
      [(vp - u0) / acc, s * acc],
      [cruise, 0],
      [vp / acc, -s * acc],
    ]);
  }

  /** Run at `speed` for `time` seconds in total (accelerating and stopping within it). */
  static forTime(x0: number, v0: number, speed: number, time: number, acc: number): Trajectory {
    if (speed === 0 || time <= 0) return Trajectory.hold(x0);
    const s = speed > 0 ? 1 : -1;
    const vm = s * speed;
    const u0 = Math.min(Math.max(0, s * v0), vm);
    let vp = vm;
    if ((vm - u0) / acc + vm / acc > time) vp = (acc * time + u0) / 2;
    if (vp < u0) return Trajectory.chain(x0, s * u0, [[time, (-s * u0) / time]]);
    const t1 = (vp - u0) / acc;
    const t3 = vp / acc;
    return Trajectory.chain(x0, s * u0, [
      [t1, s * acc],
      [time - t1 - t3, 0],
      [t3, -s * acc],
    ]);
  }

  /** Accelerate from v0 to `speed` and keep going (motor `run`, drive base `drive`). */
  static forever(x0: number, v0: number, speed: number, acc: number): Trajectory {
    const dv = speed - v0;
    const a = dv > 0 ? acc : -acc;
    return Trajectory.chain(x0, v0, [
      [dv === 0 ? 0 : dv / a, dv === 0 ? 0 : a],
      [Infinity, 0],
    ]);
  }

  /** The reference at time t (s) since the start. */
  at(t: number): Ref {
    const segs = this.segs;
    let i = 0;
    while (i < segs.length - 1 && t >= segs[i].t0 + segs[i].dur) i++;
    const g = segs[i];
    const u = t - g.t0;
    return { x: g.x0 + g.v0 * u + 0.5 * g.a * u * u, v: g.v0 + g.a * u };
  }
}

/**
 * A trajectory that follows another one scaled by k around a new start: used to make a
 * drive base's distance and heading finish together in `curve()` (pbio "stretches" the
 * shorter one to the leader's duration).
 */
export class ScaledTrajectory {
  constructor(
    private readonly base: Trajectory,
    private readonly baseX0: number,
    private readonly x0: number,
    private readonly k: number,
  ) {}

  get end(): number {
    return this.base.end;
  }

  get x1(): number {
    return this.x0 + this.k * (this.base.x1 - this.baseX0);
  }

  at(t: number): Ref {
    const r = this.base.at(t);
    return { x: this.x0 + this.k * (r.x - this.baseX0), v: this.k * r.v };
  }
}

/** Anything with a reference over time. */
export type Reference = Pick<Trajectory, 'end' | 'x1' | 'at'>;
