import { describe, expect, it } from 'vitest';
import { HIGHEST_QUALITY, QUALITY_LEVELS, QualityController } from '../../../src/render/quality.ts';

/** Feed `frames` frames of `ms` each; return the decisions. */
function feed(q: QualityController, clock: { now: number }, ms: number, frames: number) {
  const out = [];
  for (let i = 0; i < frames; i++) {
    clock.now += ms;
    const d = q.sample(ms, clock.now);
    if (d) out.push(d);
  }
  return out;
}

describe('automatic quality', () => {
  it('steps down one level per window when frames are late, cheapest loss first', () => {
    const q = new QualityController({
      windowFrames: 60,
      windowMs: Infinity,
      devicePixelRatio: 2,
      settleMs: 0,
    });
    const clock = { now: 0 };
    expect(q.current.name).toBe('high');
    // Late frames that get faster with each step (the step helped).
    const d1 = feed(q, clock, 40, 60);
    expect(d1).toEqual([{ level: HIGHEST_QUALITY - 1, reason: 'slow' }]);
    expect(q.current.shadows).toBe(false);
    expect(q.current.antialias).toBe(true);
    feed(q, clock, 30, 60);
    expect(q.current.name).toBe('low');
    feed(q, clock, 25, 60);
    expect(q.current.name).toBe('lower');
    expect(q.current.antialias).toBe(false);
  });

  it('steps over levels that change nothing on this device (pixel ratio 1)', () => {
    const q = new QualityController({
      windowFrames: 60,
      windowMs: Infinity,
      devicePixelRatio: 1,
      settleMs: 0,
    });
    const clock = { now: 0 };
    feed(q, clock, 40, 60); // high → medium (shadows off)
    expect(q.current.name).toBe('medium');
    feed(q, clock, 30, 60); // medium and low look the same at ratio 1: straight to 'lower'
    expect(q.current.name).toBe('lower');
    feed(q, clock, 25, 60);
    expect(q.current.name).toBe('minimum');
  });

  it('judges slow machines within seconds (time-bounded window)', () => {
    const q = new QualityController();
    const clock = { now: 0 };
    const d = feed(q, clock, 250, 4 + 7); // 1 s settling, then a 1.5 s window
    expect(d).toHaveLength(1);
  });

  it('does not measure the stall right after a change (shader recompilation)', () => {
    const q = new QualityController({ windowMs: 1000, settleMs: 1000 });
    const clock = { now: 0 };
    feed(q, clock, 200, 5); // settling after start
    expect(feed(q, clock, 200, 6)).toEqual([{ level: HIGHEST_QUALITY - 1, reason: 'slow' }]);
    // The first frame after the change stalls 900 ms (recompiling); then frames are faster.
    feed(q, clock, 900, 1);
    const d = feed(q, clock, 100, 20);
    // The step from 200 ms to 100 ms counts as a gain: still slow, so it steps on down.
    expect(d[0]).toEqual({ level: HIGHEST_QUALITY - 3, reason: 'slow' });
  });

  it('holds steady when frames are on time', () => {
    const q = new QualityController();
    const clock = { now: 0 };
    expect(feed(q, clock, 16.7, 2000)).toEqual([]);
    expect(q.current.name).toBe('high');
  });

  it('goes back up if stepping down bought nothing (e.g. a 30 Hz panel)', () => {
    const q = new QualityController({ windowMs: Infinity, settleMs: 0 });
    const clock = { now: 0 };
    const d = feed(q, clock, 33.3, 180);
    expect(d.map((x) => x.reason)).toEqual(['slow', 'no-gain']);
    expect(q.current.name).toBe('high');
    // And it does not try again straight away.
    expect(feed(q, clock, 33.3, 300)).toEqual([]);
  });

  it('steps up after steady headroom, and backs off from a level that proved too slow', () => {
    const q = new QualityController({
      upAfterMs: 4000,
      retryAfterMs: 20000,
      windowMs: Infinity,
      settleMs: 0,
    });
    const clock = { now: 0 };
    feed(q, clock, 40, 60); // high → medium
    feed(q, clock, 16, 60); // the step helped
    expect(q.current.name).toBe('medium');
    // Headroom, but 'high' is blocked for 20 s after failing.
    const early = feed(q, clock, 16, 60 * 8);
    expect(early).toEqual([]);
    const later = feed(q, clock, 16, 60 * 20);
    expect(later[0]).toEqual({ level: HIGHEST_QUALITY, reason: 'headroom' });
  });

  it('ignores stalls (hidden tab) and never leaves the ladder', () => {
    const q = new QualityController({ start: 0 });
    const clock = { now: 0 };
    expect(feed(q, clock, 5000, 100)).toEqual([]);
    feed(q, clock, 100, 200);
    expect(q.level).toBe(0);
    expect(QUALITY_LEVELS[q.level].name).toBe('minimum');
  });
});
