import { describe, expect, it } from 'vitest';
import { TrailBuffer } from '../../../src/render/trails.ts';

describe('trail buffer', () => {
  it('joins points into segments, merging tiny steps, and lifts the pen on request', () => {
    const b = new TrailBuffer(100, 0.002);
    b.push(0, 0, 0);
    b.push(0.001, 0, 10); // too close: merged
    b.push(0.01, 0, 20);
    b.push(0.5, 0.5, 30, false); // pen up: a jump, no segment
    b.push(0.5, 0.6, 40);
    expect(b.count).toBe(2);
    expect(Array.from(b.segs.slice(0, 8)).map((v) => +v.toFixed(3))).toEqual([
      0, 0, 0.01, 0, 0.5, 0.5, 0.5, 0.6,
    ]);
  });

  it('stays bounded: when full the oldest quarter goes', () => {
    const b = new TrailBuffer(8, 0);
    for (let i = 0; i <= 20; i++) b.push(i, 0, i);
    expect(b.count).toBeLessThanOrEqual(8);
    // The newest segment ends at the newest point.
    expect(b.segs[(b.count - 1) * 4 + 2]).toBe(20);
    expect(b.epoch).toBeGreaterThan(0);
  });

  it('counts the segments drawn up to a render time', () => {
    const b = new TrailBuffer(10, 0);
    for (let i = 0; i < 6; i++) b.push(i, 0, i * 100);
    expect(b.countUntil(250)).toBe(2);
    expect(b.countUntil(1e9)).toBe(5);
  });
});
