/**
 * What a downward colour sensor sees of the painted floor: the arena's floor shapes,
 * top-most first, averaged over the sensor's light spot.
 */
import type { ArenaSpec, ColorName, FloorSample, FloorShape, Mm } from '../types.ts';

type Rgb = [number, number, number];

/**
 * Offsets (mm) of the points averaged over the sensor's spot: the centre and 8 points on a
 * 4 mm ring, so the spot is ~8 mm across like a LEGO colour sensor held ~8 mm above the mat.
 * A sensor half over a line edge therefore reads about half way between the two paints.
 */
const SPOT: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [4, 0],
  [-4, 0],
  [0, 4],
  [0, -4],
  [2.828, 2.828],
  [-2.828, 2.828],
  [2.828, -2.828],
  [-2.828, -2.828],
];

/** Distance² from (px, py) to the segment a–b. */
function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

function inside(s: FloorShape, x: number, y: number): boolean {
  switch (s.kind) {
    case 'disc': {
      const dx = x - s.x;
      const dy = y - s.y;
      return dx * dx + dy * dy <= s.r * s.r;
    }
    case 'ring': {
      const dx = x - s.x;
      const dy = y - s.y;
      const d2 = dx * dx + dy * dy;
      return d2 >= s.rInner * s.rInner && d2 <= s.rOuter * s.rOuter;
    }
    case 'rect':
      return Math.abs(x - s.x) <= s.sx / 2 && Math.abs(y - s.y) <= s.sy / 2;
    case 'path': {
      const h2 = (s.width / 2) * (s.width / 2);
      const p = s.points;
      if (p.length === 1) return segDist2(x, y, p[0].x, p[0].y, p[0].x, p[0].y) <= h2;
      for (let i = 1; i < p.length; i++) {
        if (segDist2(x, y, p[i - 1].x, p[i - 1].y, p[i].x, p[i].y) <= h2) return true;
      }
      return false;
    }
  }
}

/** Paint colour at one point: the last (top-most) shape containing it, else the floor. */
export function floorRgbAt(arena: ArenaSpec, x: Mm, y: Mm): Rgb {
  for (let i = arena.floor.length - 1; i >= 0; i--) {
    const s = arena.floor[i];
    if (inside(s, x, y)) return s.rgb;
  }
  return arena.floorRgb;
}

/** Reflected light (0..100 %) of a paint: its relative luminance (Rec. 709 weights). */
export function reflectionOf(rgb: Rgb): number {
  const y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  return (y / 255) * 100;
}

/** Hue (deg), saturation (%), value (%) of an RGB colour, as Pybricks' `hsv()` reports. */
export function rgbToHsv(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let h = 0;
  if (d > 0) {
    if (max === r) h = 60 * (((g - b) / d + 6) % 6);
    else if (max === g) h = 60 * ((b - r) / d + 2);
    else h = 60 * ((r - g) / d + 4);
  }
  const s = max > 0 ? (d / max) * 100 : 0;
  return [h, s, (max / 255) * 100];
}

/**
 * Colour name by HSV, like Pybricks' default detectable colours: dark → BLACK, unsaturated →
 * WHITE or GRAY, otherwise by hue. Thresholds are chosen so the arenas' paints (black lines,
 * white borders, yellow/red/green/blue marks, brown sumo lines) classify as themselves.
 */
export function classifyColor(rgb: Rgb): ColorName {
  const [h, s, v] = rgbToHsv(rgb);
  if (v < 20) return 'BLACK';
  if (s < 25) return v > 75 ? 'WHITE' : v < 35 ? 'BLACK' : 'GRAY';
  if (h < 20 || h >= 335) return v < 55 ? 'BROWN' : 'RED';
  if (h < 45) return v < 60 ? 'BROWN' : 'ORANGE';
  if (h < 70) return 'YELLOW';
  if (h < 170) return 'GREEN';
  if (h < 260) return 'BLUE';
  return 'VIOLET';
}

/**
 * What a downward colour sensor at (x, y) (arena frame, mm) sees: the spot-averaged paint,
 * its reflection and its colour name.
 */
export function sampleFloor(arena: ArenaSpec, x: Mm, y: Mm): FloorSample {
  let r = 0;
  let g = 0;
  let b = 0;
  for (const [dx, dy] of SPOT) {
    const c = floorRgbAt(arena, x + dx, y + dy);
    r += c[0];
    g += c[1];
    b += c[2];
  }
  const n = SPOT.length;
  const rgb: Rgb = [r / n, g / n, b / n];
  return { reflection: reflectionOf(rgb), color: classifyColor(rgb), rgb };
}
