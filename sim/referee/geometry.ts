/**
 * Plane geometry for referees: is a point (or a whole footprint) inside a circle or an
 * axis-aligned rectangle. Arena frame, millimetres. No trigonometry, so results are
 * bit-identical in every engine (I-2).
 */
import type { Mm, Vec2 } from '../types.ts';

/** An axis-aligned rectangle, arena frame (mm). */
export interface Rect {
  minX: Mm;
  minY: Mm;
  maxX: Mm;
  maxY: Mm;
}

/** Squared distance between two points (mm²): comparisons need no square root. */
export function distanceSq(a: Vec2, b: Vec2): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return dx * dx + dy * dy;
}

/** Distance between two points (mm). */
export function distance(a: Vec2, b: Vec2): Mm {
  return Math.sqrt(distanceSq(a, b));
}

/** True when `p` lies inside the circle or on its edge. */
export function pointInCircle(p: Vec2, centre: Vec2, radius: Mm): boolean {
  return distanceSq(p, centre) <= radius * radius;
}

/** True when any of `points` lies strictly outside the circle (a sumo robot over the edge). */
export function anyPointOutsideCircle(points: readonly Vec2[], centre: Vec2, radius: Mm): boolean {
  return points.some((p) => !pointInCircle(p, centre, radius));
}

/** True when `p` lies inside the rectangle or on its edge. */
export function pointInRect(p: Vec2, r: Rect): boolean {
  return p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY;
}

/**
 * True when every point lies inside the rectangle. The footprint is a convex polygon and a
 * rectangle is convex, so all corners inside means the whole robot is inside.
 */
export function allPointsInRect(points: readonly Vec2[], r: Rect): boolean {
  return points.length > 0 && points.every((p) => pointInRect(p, r));
}
