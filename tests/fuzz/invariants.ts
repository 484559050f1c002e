/**
 * World invariants checked while a fuzz case runs: no NaN or infinity anywhere in a snapshot,
 * no robot or can below the floor, no robot centre crossing a wall, no physics blow-up.
 * `CheckedWorld` wraps the real SimWorld (runSession's `createWorld` hook): poses, heights and
 * paths after every few steps (a 'lazy' snapshot), everything including the sensors' raycasts
 * ten times less often (a 'full' one, which costs as much as a step). Reading a snapshot does
 * not change the world (tested).
 */
import type { ArenaSpec, WallBox, WorldSnapshot } from '../../sim/types.ts';
import { SimWorld } from '../../sim/world.ts';
import type {
  RobotDevicesApi,
  SimWorldApi,
  SnapshotDetail,
  WorldOptions,
} from '../../sim/world-types.ts';

export interface Violation {
  rule: 'nan' | 'below_floor' | 'through_wall' | 'blow_up';
  /** World time of the round (ms) and the round's world (sumo restarts the world). */
  tMs: number;
  detail: string;
}

/** Contact penetration allowed below the floor plane (mm). */
const FLOOR_TOLERANCE_MM = 3;
/** Farther than this from the origin, or faster than this, the physics has blown up. */
const FAR_MM = 50_000;
const FAST_MM_S = 10_000;

/** Paths of non-finite numbers in a value (at most `limit`). */
export function nonFinite(
  value: unknown,
  path = 'snapshot',
  out: string[] = [],
  limit = 5,
): string[] {
  if (out.length >= limit) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}=${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out, limit));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out, limit);
  }
  return out;
}

/** True when the segment a→b meets the (closed) box: Liang–Barsky clipping. */
export function segmentHitsBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  w: WallBox,
): boolean {
  const [minX, maxX, minY, maxY] = [w.x - w.sx / 2, w.x + w.sx / 2, w.y - w.sy / 2, w.y + w.sy / 2];
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - minX],
    [dx, maxX - a.x],
    [-dy, a.y - minY],
    [dy, maxY - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const poseOnly = (r: WorldSnapshot['robots'][number]) => ({
  pose: r.pose,
  footprint: r.footprint,
  speed: r.speed,
  lowestZ: r.lowestZ,
});

/** The invariant checks of one snapshot; `previous` positions give the paths since then. */
export function checkSnapshot(
  snap: WorldSnapshot,
  arena: ArenaSpec,
  previous: Map<string, { x: number; y: number }>,
  full = true,
): Violation[] {
  const out: Violation[] = [];
  const t = snap.t;
  // A lazy snapshot's sensors are getters that would run the raycasts: scan those when full.
  const scanned = full ? snap : { ...snap, robots: snap.robots.map(poseOnly) };
  for (const bad of nonFinite(scanned)) out.push({ rule: 'nan', tMs: t, detail: bad });
  for (const r of snap.robots) {
    if (r.lowestZ < -FLOOR_TOLERANCE_MM)
      out.push({ rule: 'below_floor', tMs: t, detail: `robot ${r.id} at z ${r.lowestZ} mm` });
    const { x, y } = r.pose;
    if (Math.abs(x) > FAR_MM || Math.abs(y) > FAR_MM || r.speed > FAST_MM_S)
      out.push({
        rule: 'blow_up',
        tMs: t,
        detail: `robot ${r.id} at (${x}, ${y}), ${r.speed} mm/s`,
      });
    const from = previous.get(r.id) ?? { x, y };
    const wall = arena.walls.find((w) => segmentHitsBox(from, { x, y }, w));
    if (wall)
      out.push({
        rule: 'through_wall',
        tMs: t,
        detail: `robot ${r.id} centre (${from.x.toFixed(1)}, ${from.y.toFixed(1)}) → (${x.toFixed(1)}, ${y.toFixed(1)}) crosses the wall at (${wall.x}, ${wall.y})`,
      });
    previous.set(r.id, { x, y });
  }
  for (const c of snap.cans) {
    if (c.lowestZ < -FLOOR_TOLERANCE_MM)
      out.push({ rule: 'below_floor', tMs: t, detail: `can ${c.id} at z ${c.lowestZ} mm` });
  }
  return out;
}

/** A SimWorld that checks the invariants every `every` steps and keeps the violations. */
export class CheckedWorld implements SimWorldApi {
  private readonly world: SimWorld;
  private readonly previous = new Map<string, { x: number; y: number }>();
  private steps = 0;

  constructor(
    private readonly opts: WorldOptions,
    readonly violations: Violation[],
    private readonly every = 4,
  ) {
    this.world = new SimWorld(opts);
    this.check();
  }

  get timeMs(): number {
    return this.world.timeMs;
  }

  step(): void {
    this.world.step();
    if (++this.steps % this.every === 0) this.check(this.steps % (this.every * 10) === 0);
  }

  snapshot(detail?: SnapshotDetail): WorldSnapshot {
    return this.world.snapshot(detail);
  }

  devices(robotId: string): RobotDevicesApi {
    return this.world.devices(robotId);
  }

  hash(): string {
    this.check();
    return this.world.hash();
  }

  private check(full = true): void {
    // Only the first few of a run are kept: one broken world repeats itself every step.
    if (this.violations.length >= 20) return;
    const snap = this.world.snapshot(full ? 'full' : 'lazy');
    const found = checkSnapshot(snap, this.opts.arena, this.previous, full);
    this.violations.push(...found.slice(0, 20 - this.violations.length));
  }
}
