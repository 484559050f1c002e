import { describe, expect, it } from 'vitest';
import {
  atan2,
  cos,
  headingQuat,
  normalizeDeg,
  quatHeadingDeg,
  sin,
} from '../../../sim/math/dmath.ts';
import { createRng } from '../../../sim/math/prng.ts';

/** Reproducible sample values (Math.random would make failures unreproducible). */
function samples(n: number, scale: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => (rng.next() * 2 - 1) * scale);
}

describe('dmath', () => {
  it('sin and cos match Math within 1e-14 over ±20 rad and ±1000 rad', () => {
    for (const x of [...samples(20000, 20, 1), ...samples(5000, 1000, 2), 0, -0, 1e-300]) {
      expect(Math.abs(sin(x) - Math.sin(x))).toBeLessThan(1e-14);
      expect(Math.abs(cos(x) - Math.cos(x))).toBeLessThan(1e-14);
    }
  });

  it('sin and cos are exact at the quadrant points that matter', () => {
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(Math.abs(sin(Math.PI / 2) - 1)).toBeLessThan(1e-16);
    expect(Number.isNaN(sin(Infinity))).toBe(true);
  });

  it('atan2 matches Math.atan2 within 1e-14 in every quadrant and on the axes', () => {
    const ys = samples(3000, 10, 3);
    const xs = samples(3000, 10, 4);
    for (let i = 0; i < ys.length; i++) {
      expect(Math.abs(atan2(ys[i], xs[i]) - Math.atan2(ys[i], xs[i]))).toBeLessThan(1e-14);
    }
    for (const [y, x] of [
      [0, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
      [1e-12, -1],
      [-1e-12, -1],
      [1e9, 1e-9],
    ]) {
      expect(Math.abs(atan2(y, x) - Math.atan2(y, x))).toBeLessThan(1e-14);
    }
  });

  it('normalizeDeg maps to (-180, 180]', () => {
    expect(normalizeDeg(180)).toBe(180);
    expect(normalizeDeg(-180)).toBe(180);
    expect(normalizeDeg(540)).toBe(180);
    expect(normalizeDeg(-190)).toBe(170);
    expect(normalizeDeg(725)).toBe(5);
  });

  it('headingQuat and quatHeadingDeg are inverse (clockwise from north)', () => {
    for (const h of [0, 30, 90, 135, 179.5, -45, -90, -179]) {
      const [x, y, z, w] = headingQuat(h);
      expect(quatHeadingDeg(x, y, z, w)).toBeCloseTo(h, 10);
    }
  });
});

describe('prng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 10 }, () => a.next());
    expect(sa).toEqual(Array.from({ length: 10 }, () => b.next()));
    expect(sa).not.toEqual(Array.from({ length: 10 }, () => c.next()));
  });

  it('next() is in [0, 1), int(n) in [0, n), gaussian has mean ≈ 0 and sd ≈ 1', () => {
    const r = createRng(7);
    let sum = 0;
    let sum2 = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      const k = r.int(6);
      expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
      const g = r.gaussian();
      sum += g;
      sum2 += g * g;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(sum2 / n) - 1)).toBeLessThan(0.03);
  });
});
