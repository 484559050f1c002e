/**
 * Line-following tracks ("Траектория"): a 20 mm black line on a white field, built from
 * straights and arcs (curves down to 150 mm radius), right angles, and a figure-eight that
 * crosses itself. Each seed draws a variant: mirrored, and with its sizes varied, so a
 * hard-coded path does not pass. The track is a polyline in the arena frame (mm).
 */
import { cos, degToRad, sin } from '../math/dmath.ts';
import { createRng } from '../math/prng.ts';
import type { ArenaSpec, Mm, Pose2, Vec2 } from '../types.ts';

export type LineTrackId = 'oval' | 'curves' | 'corners' | 'eight';

/** The track ids, default first. */
export const LINE_TRACK_IDS: readonly LineTrackId[] = ['oval', 'curves', 'corners', 'eight'];

/** Line width (mm), as in the olympiad rules. */
export const LINE_WIDTH: Mm = 20;
/** Smallest curve radius any track uses (mm). */
export const MIN_RADIUS: Mm = 150;
/** Length of one polyline piece on curves (mm): fine enough for 20 mm lines and sensors. */
const STEP: Mm = 15;

type Rgb = [number, number, number];
const WHITE: Rgb = [245, 245, 245];
const BLACK: Rgb = [20, 20, 20];
const GREEN: Rgb = [40, 160, 80];
const RED: Rgb = [210, 50, 40];

/** A track: the line, where the robot starts and the finish. */
export interface LineTrack {
  id: LineTrackId;
  /** The line's centre as a polyline; the robot drives it from the first point to the last. */
  points: Vec2[];
  /** Cumulative length at each point (mm). */
  along: number[];
  length: Mm;
  start: Pose2;
}

/** A turtle that lays the line: straight pieces and arcs (clockwise = right, as headings). */
class Pen {
  readonly points: Vec2[] = [];
  constructor(
    private x: number,
    private y: number,
    private heading: number,
  ) {
    this.points.push({ x, y });
  }

  straight(length: number) {
    const n = Math.max(1, Math.ceil(length / (STEP * 4)));
    const h = degToRad(this.heading);
    for (let i = 1; i <= n; i++) {
      this.points.push({
        x: this.x + (sin(h) * length * i) / n,
        y: this.y + (cos(h) * length * i) / n,
      });
    }
    this.x += sin(h) * length;
    this.y += cos(h) * length;
    return this;
  }

  /** An arc of `radius`, turning `angle` degrees (positive: right / clockwise). */
  arc(radius: number, angle: number) {
    const n = Math.max(2, Math.ceil((Math.abs(degToRad(angle)) * radius) / STEP));
    const step = angle / n;
    const chord = 2 * radius * sin(degToRad(Math.abs(step)) / 2);
    for (let i = 0; i < n; i++) {
      const h = degToRad(this.heading + step / 2);
      this.x += sin(h) * chord;
      this.y += cos(h) * chord;
      this.heading += step;
      this.points.push({ x: this.x, y: this.y });
    }
    return this;
  }

  /** A sharp corner: the heading changes in place (a right angle on the field). */
  corner(angle: number) {
    this.heading += angle;
    return this;
  }
}

function withLengths(id: LineTrackId, points: Vec2[], start: Pose2): LineTrack {
  const along = [0];
  for (let i = 1; i < points.length; i++) {
    const dx = points[i].x - points[i - 1].x;
    const dy = points[i].y - points[i - 1].y;
    along.push(along[i - 1] + Math.sqrt(dx * dx + dy * dy));
  }
  return { id, points, along, length: along[along.length - 1], start };
}

/**
 * The track `id` for `seed`: sizes vary by up to ±15 % and the track may be mirrored, but no
 * curve is tighter than MIN_RADIUS.
 */
export function lineTrackFromSeed(id: LineTrackId, seed: number): LineTrack {
  const rng = createRng(seed ^ 0x11e7a5);
  const vary = (v: number) => v * (0.85 + 0.3 * rng.next());
  const side = rng.next() < 0.5 ? 1 : -1; // mirror: right turns become left turns
  const r = (v: number) => Math.max(MIN_RADIUS, vary(v));
  const pen = new Pen(0, 0, 0);
  switch (id) {
    case 'oval': {
      const straight = vary(700);
      const radius = r(260);
      pen
        .straight(straight)
        .arc(radius, 180 * side)
        .straight(straight)
        .arc(radius, 170 * side);
      break;
    }
    case 'curves': {
      pen.straight(vary(250));
      for (let i = 0; i < 3; i++) {
        pen
          .arc(r(300), 90 * side)
          .arc(MIN_RADIUS, -120 * side)
          .arc(r(250), 60 * side);
      }
      pen.straight(vary(250));
      break;
    }
    case 'corners': {
      const legs = [vary(450), vary(350), vary(450), vary(300), vary(400)];
      pen
        .straight(legs[0])
        .corner(90 * side)
        .straight(legs[1])
        .corner(90 * side);
      pen
        .straight(legs[2])
        .corner(-90 * side)
        .straight(legs[3])
        .corner(-90 * side);
      pen.straight(legs[4]);
      break;
    }
    case 'eight': {
      // Two loops joined by straights that cross at the middle of the field.
      const radius = r(300);
      const leg = vary(450);
      pen
        .straight(leg)
        .arc(radius, 270 * side)
        .straight(leg * 2)
        .arc(radius, -270 * side);
      pen.straight(leg * 0.6);
      break;
    }
  }
  const start: Pose2 = { x: 0, y: 0, heading: 0 };
  return withLengths(id, pen.points, start);
}

/** Where along the track (mm) the point nearest `p` lies, searching pieces `from`..`to`. */
export function nearestAlong(
  track: LineTrack,
  p: Vec2,
  from = 1,
  to = track.points.length - 1,
): { along: number; distance: number } {
  let best = { along: 0, distance: Infinity };
  const pts = track.points;
  for (let i = Math.max(1, from); i <= Math.min(to, pts.length - 1); i++) {
    const a = pts[i - 1];
    const b = pts[i];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
    const qx = a.x + t * dx - p.x;
    const qy = a.y + t * dy - p.y;
    const d = Math.sqrt(qx * qx + qy * qy);
    if (d < best.distance) {
      best = { along: track.along[i - 1] + t * (track.along[i] - track.along[i - 1]), distance: d };
    }
  }
  return best;
}

/** The field: white board around the track, the black line, a green start and a red finish. */
export function lineArena(track: LineTrack): ArenaSpec {
  const xs = track.points.map((p) => p.x);
  const ys = track.points.map((p) => p.y);
  const margin = 300;
  const end = track.points[track.points.length - 1];
  const before = track.points[track.points.length - 2];
  const horizontal = Math.abs(end.x - before.x) > Math.abs(end.y - before.y);
  return {
    id: `line-${track.id}`,
    bounds: {
      minX: Math.min(...xs) - margin,
      maxX: Math.max(...xs) + margin,
      minY: Math.min(...ys) - margin,
      maxY: Math.max(...ys) + margin,
    },
    floorRgb: WHITE,
    floor: [
      { kind: 'rect', x: 0, y: -40, sx: 120, sy: 20, rgb: GREEN },
      { kind: 'path', points: track.points, width: LINE_WIDTH, rgb: BLACK },
      horizontal
        ? { kind: 'rect', x: end.x, y: end.y, sx: 20, sy: 120, rgb: RED }
        : { kind: 'rect', x: end.x, y: end.y, sx: 120, sy: 20, rgb: RED },
    ],
    walls: [],
    cans: [],
  };
}
