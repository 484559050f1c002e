/**
 * A lesson's open field as an arena: a white table, optional border walls, walls, painted zones
 * and black lines. Every range in the layout is drawn from the seed (one draw per range or
 * choice, in layout order), rounded to whole millimetres or degrees.
 */
import { createRng, type Rng } from '../math/prng.ts';
import type { ArenaSpec, FloorShape, Mm, Pose2, WallBox } from '../types.ts';
import type { FieldLayout, PaintName, Range } from './types.ts';
import type { Rect } from '../referee/geometry.ts';

type Rgb = [number, number, number];

export const PAINT: Record<PaintName, Rgb> = {
  black: [20, 20, 20],
  green: [40, 160, 80],
  red: [210, 50, 40],
  blue: [40, 90, 200],
  yellow: [235, 205, 40],
};
const WHITE: Rgb = [245, 245, 245];
const FLOOR_GREY: Rgb = [128, 128, 128];
const BORDER_THICKNESS: Mm = 20;
const BORDER_HEIGHT: Mm = 60;
const WALL_HEIGHT: Mm = 150;
const LINE_WIDTH: Mm = 20;

/** The field of one seed: the arena, the start pose and every named wall and zone as a rectangle. */
export interface Field {
  arena: ArenaSpec;
  start: Pose2;
  /** Table extent: a robot whose centre leaves it has fallen off. */
  table: Rect;
  walls: Record<string, Rect>;
  zones: Record<string, Rect>;
}

function draw(rng: Rng, range: Range): number {
  if (typeof range === 'number') return range;
  if ('oneOf' in range) return range.oneOf[rng.int(range.oneOf.length)];
  const [lo, hi] = range;
  return Math.round(lo + rng.next() * (hi - lo));
}

function rectOf(x: Mm, y: Mm, sx: Mm, sy: Mm): Rect {
  return { minX: x - sx / 2, maxX: x + sx / 2, minY: y - sy / 2, maxY: y + sy / 2 };
}

function borderWalls(w: Mm, h: Mm): WallBox[] {
  const t = BORDER_THICKNESS;
  const box = (x: Mm, y: Mm, sx: Mm, sy: Mm): WallBox => ({
    x,
    y,
    sx,
    sy,
    height: BORDER_HEIGHT,
  });
  return [
    box(0, h / 2 + t / 2, w + 2 * t, t),
    box(0, -h / 2 - t / 2, w + 2 * t, t),
    box(w / 2 + t / 2, 0, t, h),
    box(-w / 2 - t / 2, 0, t, h),
  ];
}

/** Builds the field for `seed`. Lesson id salts the draws so two lessons' variants differ. */
export function buildField(layout: FieldLayout, seed: number, salt = 0): Field {
  const rng = createRng((seed ^ 0x3e1d5) + salt);
  const [w, h] = layout.size;
  const start: Pose2 = {
    x: draw(rng, layout.start.x),
    y: draw(rng, layout.start.y),
    heading: draw(rng, layout.start.heading),
  };
  const floor: FloorShape[] = [{ kind: 'rect', x: 0, y: 0, sx: w, sy: h, rgb: WHITE }];
  const zones: Record<string, Rect> = {};
  for (const z of layout.zones ?? []) {
    const x = draw(rng, z.x);
    const y = draw(rng, z.y);
    zones[z.id] = rectOf(x, y, z.sx, z.sy);
    if (z.color) floor.push({ kind: 'rect', x, y, sx: z.sx, sy: z.sy, rgb: PAINT[z.color] });
  }
  for (const line of layout.lines ?? []) {
    const points = line.points.map(([x, y]) => ({ x: draw(rng, x), y: draw(rng, y) }));
    floor.push({ kind: 'path', points, width: line.width ?? LINE_WIDTH, rgb: PAINT.black });
  }
  const walls: Record<string, Rect> = {};
  const boxes: WallBox[] = layout.border ? borderWalls(w, h) : [];
  for (const wall of layout.walls ?? []) {
    const x = draw(rng, wall.x);
    const y = draw(rng, wall.y);
    walls[wall.id] = rectOf(x, y, wall.sx, wall.sy);
    boxes.push({ x, y, sx: wall.sx, sy: wall.sy, height: wall.height ?? WALL_HEIGHT });
  }
  const margin = 150;
  return {
    arena: {
      id: 'field',
      bounds: {
        minX: -w / 2 - margin,
        maxX: w / 2 + margin,
        minY: -h / 2 - margin,
        maxY: h / 2 + margin,
      },
      floorRgb: FLOOR_GREY,
      floor,
      walls: boxes,
      cans: [],
    },
    start,
    table: rectOf(0, 0, w, h),
    walls,
    zones,
  };
}
