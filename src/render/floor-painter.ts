/**
 * Paints an arena's floor (ArenaSpec.floor shapes over floorRgb) into a 2D canvas that becomes
 * the floor texture. Geometry is pure: arena millimetres ↔ texture pixels, north at the top
 * row of the canvas (three's CanvasTexture flips Y, so the top row lands at +y, north).
 */
import type { ArenaSpec, FloorShape, Mm } from '../../sim/types.ts';

export interface FloorLayout {
  /** Texture size in pixels. */
  width: number;
  height: number;
  /** Pixels per millimetre (same on both axes: circles stay round). */
  pxPerMm: number;
  bounds: ArenaSpec['bounds'];
}

/**
 * Choose the texture size for an arena: as fine as `targetPxPerMm` allows within
 * `maxSize` pixels on the longer side. 2048 px keeps GPU memory near 16 MB (with mipmaps) on
 * modest school PCs: a Ø1 m sumo ring gets ~1.5 px/mm, a 16×16 micromouse maze (2.9 m)
 * ~0.7 px/mm, so a 20 mm line is still 14 px wide.
 */
export function floorLayout(
  bounds: ArenaSpec['bounds'],
  maxSize = 2048,
  targetPxPerMm = 2,
): FloorLayout {
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  const pxPerMm = Math.min(targetPxPerMm, maxSize / Math.max(w, h));
  return {
    width: Math.max(1, Math.round(w * pxPerMm)),
    height: Math.max(1, Math.round(h * pxPerMm)),
    pxPerMm,
    bounds,
  };
}

/** Arena point (mm) → canvas pixel (x right, y down; north up). */
export function arenaToPx(layout: FloorLayout, x: Mm, y: Mm): { u: number; v: number } {
  return {
    u: (x - layout.bounds.minX) * layout.pxPerMm,
    v: (layout.bounds.maxY - y) * layout.pxPerMm,
  };
}

/** The subset of CanvasRenderingContext2D the painter uses (a recording fake works in tests). */
export type FloorContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'fillRect'
  | 'beginPath'
  | 'arc'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'fill'
  | 'stroke'
>;

export const rgbCss = (rgb: readonly [number, number, number]): string =>
  `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;

function paintShape(ctx: FloorContext, layout: FloorLayout, shape: FloorShape): void {
  const s = layout.pxPerMm;
  ctx.fillStyle = rgbCss(shape.rgb);
  ctx.strokeStyle = rgbCss(shape.rgb);
  switch (shape.kind) {
    case 'disc': {
      const c = arenaToPx(layout, shape.x, shape.y);
      ctx.beginPath();
      ctx.arc(c.u, c.v, shape.r * s, 0, Math.PI * 2);
      ctx.fill();
      break;
    }
    case 'ring': {
      // Stroke centred between the radii: exact band, no even-odd path needed.
      const c = arenaToPx(layout, shape.x, shape.y);
      ctx.beginPath();
      ctx.lineWidth = (shape.rOuter - shape.rInner) * s;
      ctx.arc(c.u, c.v, ((shape.rOuter + shape.rInner) / 2) * s, 0, Math.PI * 2);
      ctx.stroke();
      break;
    }
    case 'rect': {
      const tl = arenaToPx(layout, shape.x - shape.sx / 2, shape.y + shape.sy / 2);
      ctx.fillRect(tl.u, tl.v, shape.sx * s, shape.sy * s);
      break;
    }
    case 'path': {
      if (shape.points.length < 2) break;
      ctx.beginPath();
      ctx.lineWidth = shape.width * s;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      shape.points.forEach((p, i) => {
        const q = arenaToPx(layout, p.x, p.y);
        if (i === 0) ctx.moveTo(q.u, q.v);
        else ctx.lineTo(q.u, q.v);
      });
      ctx.stroke();
      break;
    }
  }
}

/** Paint the whole floor: background colour, then the shapes in order (later on top). */
export function paintFloor(ctx: FloorContext, arena: ArenaSpec, layout: FloorLayout): void {
  ctx.fillStyle = rgbCss(arena.floorRgb);
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const shape of arena.floor) paintShape(ctx, layout, shape);
}
