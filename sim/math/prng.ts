/**
 * Seeded pseudo-random numbers (DESIGN.md I-2): sfc32, 32-bit integer arithmetic only, so the
 * sequence is the same in every JS engine. Seeds are expanded with splitmix32.
 */

/** A deterministic random source. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /**
   * Approximately normal (mean 0, standard deviation 1): Irwin–Hall sum of 12 uniforms − 6.
   * Chosen over Box–Muller because it needs no log/cos (bit-identical across engines); it is
   * bounded to ±6σ, which is fine for sensor noise.
   */
  gaussian(): number;
  /** The four state words, for the world hash. */
  state(): [number, number, number, number];
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Create a seeded generator. Any finite number is a valid seed (it is folded to 32 bits). */
export function createRng(seed: number): Rng {
  const mix = splitmix32(Number.isFinite(seed) ? Math.trunc(seed) | 0 : 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: sfc32 recommends discarding the first outputs.
  for (let i = 0; i < 12; i++) u32();
  const next = (): number => u32() / 4294967296;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    gaussian: () => {
      let s = 0;
      for (let i = 0; i < 12; i++) s += next();
      return s - 6;
    },
    state: () => [a, b, c, d],
  };
}
