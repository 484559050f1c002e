import { describe, expect, it } from 'vitest';
import type { ArenaSpec } from '../../../sim/types.ts';
import {
  arenaToPx,
  floorLayout,
  paintFloor,
  type FloorContext,
} from '../../../src/render/floor-painter.ts';

const bounds = { minX: -700, maxX: 700, minY: -500, maxY: 900 };

describe('floor texture geometry', () => {
  it('keeps one scale on both axes and fits the longer side', () => {
    const l = floorLayout(bounds, 2048, 2);
    expect(l.pxPerMm).toBeCloseTo(2048 / 1400);
    expect(l.width).toBe(2048);
    expect(l.height).toBe(2048);
    const small = floorLayout({ minX: 0, maxX: 300, minY: 0, maxY: 150 }, 2048, 2);
    expect(small.pxPerMm).toBe(2);
    expect([small.width, small.height]).toEqual([600, 300]);
  });

  it('puts north at the top row and west at the left column', () => {
    const l = floorLayout(bounds, 1400, 1);
    expect(arenaToPx(l, -700, 900)).toEqual({ u: 0, v: 0 });
    expect(arenaToPx(l, 700, -500)).toEqual({ u: 1400, v: 1400 });
    expect(arenaToPx(l, 0, 0)).toEqual({ u: 700, v: 900 });
  });

  it('paints the background then each shape in order, in pixels', () => {
    const calls: string[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, key: string) =>
        key in target
          ? target[key]
          : (...args: number[]) =>
              calls.push(`${key}(${args.map((a) => +a.toFixed(2)).join(',')})`),
      set: (target, key: string, value) => {
        target[key] = value;
        calls.push(`${key}=${value}`);
        return true;
      },
    }) as unknown as FloorContext;
    const arena: ArenaSpec = {
      id: 't',
      bounds: { minX: -500, maxX: 500, minY: -500, maxY: 500 },
      floorRgb: [1, 2, 3],
      floor: [
        { kind: 'disc', x: 0, y: 0, r: 500, rgb: [255, 255, 255] },
        { kind: 'ring', x: 0, y: 0, rInner: 450, rOuter: 500, rgb: [0, 0, 0] },
        { kind: 'rect', x: 100, y: 0, sx: 20, sy: 100, rgb: [9, 9, 9] },
      ],
      walls: [],
      cans: [],
    };
    paintFloor(ctx, arena, floorLayout(arena.bounds, 1000, 1));
    expect(calls.slice(0, 2)).toEqual(['fillStyle=rgb(1, 2, 3)', 'fillRect(0,0,1000,1000)']);
    expect(calls).toContain(`arc(500,500,500,0,${+(Math.PI * 2).toFixed(2)})`);
    // The ring is a stroke 50 px wide centred at radius 475.
    expect(calls).toContain('lineWidth=50');
    expect(calls).toContain(`arc(500,500,475,0,${+(Math.PI * 2).toFixed(2)})`);
    // The rect's top-left corner: x 90 mm → 590 px, y 50 mm → 450 px (north up).
    expect(calls).toContain('fillRect(590,450,20,100)');
  });
});
