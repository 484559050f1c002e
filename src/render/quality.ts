/**
 * Automatic quality: a pure state machine fed with frame intervals. It only changes how the
 * view looks (shadows, antialiasing, pixel ratio), never what a run does — the renderer only
 * reads (I-5), so results never depend on frame rate.
 *
 * Steps, cheapest loss first: shadows off (and a cheaper unlit floor, less anisotropy) → lower
 * pixel ratio → antialias off (the WebGL context must be recreated, so it comes after the
 * cheap pixel-ratio step) → lowest pixel ratio.
 */

export interface QualityLevel {
  name: 'minimum' | 'lower' | 'low' | 'medium' | 'high';
  shadows: boolean;
  antialias: boolean;
  /** Cap on devicePixelRatio. */
  maxPixelRatio: number;
  /**
   * Floor texture anisotropy (capped by the GPU). NB: on software GL, 16× anisotropic filtering
   * of the floor seen at a grazing angle halved the frame rate of the 3D views.
   */
  anisotropy: number;
}

/** Index 0 is the lowest. */
export const QUALITY_LEVELS: readonly QualityLevel[] = [
  { name: 'minimum', shadows: false, antialias: false, maxPixelRatio: 0.6, anisotropy: 1 },
  { name: 'lower', shadows: false, antialias: false, maxPixelRatio: 1, anisotropy: 1 },
  { name: 'low', shadows: false, antialias: true, maxPixelRatio: 1, anisotropy: 1 },
  { name: 'medium', shadows: false, antialias: true, maxPixelRatio: 1.5, anisotropy: 1 },
  { name: 'high', shadows: true, antialias: true, maxPixelRatio: 2, anisotropy: 4 },
];

export const HIGHEST_QUALITY = QUALITY_LEVELS.length - 1;

export interface QualityOptions {
  /** Starting level index (default: highest). */
  start?: number;
  /** Below this mean fps a window counts as late (default 45). */
  slowFps?: number;
  /** A window counts as headroom when 90 % of its frames come at this fps or faster (default 55). */
  goodFps?: number;
  /** A measuring window ends after this many frames (default 60)… */
  windowFrames?: number;
  /** …or after this much time, if it holds at least 4 frames (default 1500 ms): slow
   * machines get judged within seconds, not after 60 slow frames. */
  windowMs?: number;
  /** Time of steady headroom before trying a level up (default 8 s; ×3 if it recreates the context). */
  upAfterMs?: number;
  /**
   * The device's pixel ratio (default 1): levels that differ only by a pixel-ratio cap above
   * it look and cost the same, so the controller steps over them.
   */
  devicePixelRatio?: number;
  /**
   * Frames in this time after a change (or the start) are not measured (default 1000 ms):
   * a change recompiles shaders, and a software renderer stalls for a while doing it.
   */
  settleMs?: number;
  /** First wait before retrying a level that proved too slow (default 20 s, doubles, ≤ 5 min). */
  retryAfterMs?: number;
}

export type QualityDecision = { level: number; reason: 'slow' | 'headroom' | 'no-gain' } | null;

const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;

/** The 90th percentile. */
const p90 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))];
};

/**
 * Feed it every frame interval with {@link QualityController.sample}; it answers with a new
 * level when one is due. Windows do not overlap, and after each change it waits a full window.
 * If stepping down did not make frames faster (a 30 Hz panel, or the CPU busy elsewhere), it
 * steps back up and stops stepping down for a while: lower quality would only look worse.
 */
export class QualityController {
  level: number;
  private readonly slowMs: number;
  private readonly goodMs: number;
  private readonly windowFrames: number;
  private readonly windowMs: number;
  private windowSum = 0;
  private readonly upAfterMs: number;
  private readonly retryAfterMs: number;
  private readonly dpr: number;
  private readonly settleMs: number;
  private window: number[] = [];
  private goodSince: number | null = null;
  private lastChangeAt = 0;
  /** Level → time before which we do not try it again, and the current backoff. */
  private blocked = new Map<number, { until: number; backoff: number }>();
  private noDownUntil = 0;
  /** Mean interval before the last step down, to judge whether it helped. */
  private beforeDown: { level: number; meanMs: number; misses: number } | null = null;
  /** Mean frame interval of the last window (ms). */
  meanMs = 0;

  constructor(opts: QualityOptions = {}) {
    this.level = Math.min(HIGHEST_QUALITY, Math.max(0, opts.start ?? HIGHEST_QUALITY));
    this.slowMs = 1000 / (opts.slowFps ?? 45);
    this.goodMs = 1000 / (opts.goodFps ?? 55);
    this.windowFrames = opts.windowFrames ?? 60;
    this.windowMs = opts.windowMs ?? 1500;
    this.upAfterMs = opts.upAfterMs ?? 8000;
    this.retryAfterMs = opts.retryAfterMs ?? 20000;
    this.dpr = opts.devicePixelRatio ?? 1;
    this.settleMs = opts.settleMs ?? 1000;
  }

  /** What a level really does on this device. */
  private effect(level: number): string {
    const l = QUALITY_LEVELS[level];
    return `${l.shadows}|${l.antialias}|${Math.min(this.dpr, l.maxPixelRatio)}|${l.anisotropy}`;
  }

  /** The next level in direction `dir` that changes something, or null. */
  private next(dir: -1 | 1): number | null {
    const here = this.effect(this.level);
    for (let l = this.level + dir; l >= 0 && l <= HIGHEST_QUALITY; l += dir) {
      if (this.effect(l) !== here) return l;
    }
    return null;
  }

  get current(): QualityLevel {
    return QUALITY_LEVELS[this.level];
  }

  /** One frame interval (ms) at wall time `nowMs`. Returns a decision when the level changes. */
  sample(intervalMs: number, nowMs: number): QualityDecision {
    // A hidden tab or a long stall says nothing about rendering cost.
    if (!(intervalMs > 0) || intervalMs > 1000) return null;
    if (nowMs - this.lastChangeAt < this.settleMs) return null;
    this.window.push(intervalMs);
    this.windowSum += intervalMs;
    const full =
      this.window.length >= this.windowFrames ||
      (this.window.length >= 4 && this.windowSum >= this.windowMs);
    if (!full) return null;
    // NB: the mean, not the median: with vsync, intervals cluster at 16.7 ms and its multiples,
    // so half the frames on time can hide a frame rate of 30. Stalls over 1 s are dropped above.
    const avg = mean(this.window);
    const slowTail = p90(this.window);
    this.meanMs = avg;
    this.window = [];
    this.windowSum = 0;

    if (this.beforeDown) {
      const b = this.beforeDown;
      if (avg <= b.meanMs * 0.9) {
        this.beforeDown = null;
      } else if (++b.misses >= 2) {
        // Two windows in a row say the step down bought nothing (one could be noise): go back
        // and hold for a while.
        this.beforeDown = null;
        this.noDownUntil = nowMs + this.retryAfterMs;
        return this.change(b.level, nowMs, 'no-gain');
      } else {
        return null;
      }
    }

    if (avg > this.slowMs) {
      this.goodSince = null;
      const down = this.next(-1);
      if (down === null || nowMs < this.noDownUntil) return null;
      this.block(this.level, nowMs);
      this.beforeDown = { level: this.level, meanMs: avg, misses: 0 };
      return this.change(down, nowMs, 'slow');
    }

    if (slowTail <= this.goodMs) {
      this.goodSince ??= nowMs;
      const up = this.next(1);
      if (up === null) return null;
      const recreates = QUALITY_LEVELS[up].antialias !== this.current.antialias;
      const wait = this.upAfterMs * (recreates ? 3 : 1);
      const blocked = this.blocked.get(up);
      if (blocked && nowMs < blocked.until) return null;
      if (nowMs - this.goodSince >= wait && nowMs - this.lastChangeAt >= wait) {
        return this.change(up, nowMs, 'headroom');
      }
      return null;
    }

    this.goodSince = null;
    return null;
  }

  private block(level: number, nowMs: number): void {
    const prev = this.blocked.get(level);
    const backoff = prev ? Math.min(300_000, prev.backoff * 2) : this.retryAfterMs;
    this.blocked.set(level, { until: nowMs + backoff, backoff });
  }

  private change(
    level: number,
    nowMs: number,
    reason: 'slow' | 'headroom' | 'no-gain',
  ): QualityDecision {
    this.level = level;
    this.lastChangeAt = nowMs;
    this.window = [];
    this.windowSum = 0;
    this.goodSince = null;
    return { level, reason };
  }
}
