import { describe, expect, it } from 'vitest';
import { SUMO_RING_IDS, SUMO_RINGS, sumoArena, sumoStarts } from '../../../sim/arena/sumo.ts';

const lum = ([r, g, b]: [number, number, number]) => 0.299 * r + 0.587 * g + 0.114 * b;

describe('sumo rings', () => {
  it('have the dimensions and colours of the rules', () => {
    expect(SUMO_RINGS.school).toMatchObject({ radius: 500, border: 50, tieRule: 'nearer-centre' });
    expect(SUMO_RINGS.mini).toMatchObject({ radius: 385, border: 25, tieRule: 'draw' });
    expect(SUMO_RINGS.standard).toMatchObject({ radius: 770, border: 50, tieRule: 'draw' });
    expect(lum(SUMO_RINGS.school.ringRgb)).toBeGreaterThan(200);
    expect(lum(SUMO_RINGS.school.borderRgb)).toBeLessThan(50);
    expect(lum(SUMO_RINGS.mini.ringRgb)).toBeLessThan(50);
    expect(lum(SUMO_RINGS.standard.borderRgb)).toBeGreaterThan(200);
  });

  for (const id of SUMO_RING_IDS) {
    it(`${id}: ring painted on a floor clearly unlike both ring colours, two start lines`, () => {
      const ring = SUMO_RINGS[id];
      const arena = sumoArena(ring);
      expect(arena.walls).toEqual([]);
      const [disc, border, ...lines] = arena.floor;
      expect(disc).toMatchObject({ kind: 'disc', r: ring.radius - ring.border });
      expect(border).toMatchObject({
        kind: 'ring',
        rInner: ring.radius - ring.border,
        rOuter: ring.radius,
      });
      expect(lines).toHaveLength(2);
      for (const c of [ring.ringRgb, ring.borderRgb]) {
        expect(Math.abs(lum(arena.floorRgb) - lum(c))).toBeGreaterThan(60);
      }
      expect(arena.bounds.maxX).toBeGreaterThan(ring.radius);
    });

    it(`${id}: robots start facing each other, each front just behind its line`, () => {
      const ring = SUMO_RINGS[id];
      const [a, b] = sumoStarts(ring);
      expect(a).toMatchObject({ x: 0, heading: 0 });
      expect(b).toMatchObject({ x: 0, heading: 180 });
      expect(b.y).toBe(-a.y);
      const lineOuter = ring.lineGap + ring.lineWidth;
      expect(-a.y - ring.startHalfLength).toBe(lineOuter);
      // The back of the robot is well inside the ring.
      expect(-a.y + ring.startHalfLength).toBeLessThan(ring.radius - 100);
    });
  }
});
