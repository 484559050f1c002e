/**
 * Random choices for the fuzzer, all from one seeded generator (sim/math/prng.ts), so a case
 * is reproduced from its seed alone.
 */
import { createRng, type Rng } from '../../sim/math/prng.ts';

export class Picker {
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = createRng(seed);
  }

  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + this.rng.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.rng.next() < p;
  }

  one<T>(items: readonly T[]): T {
    return items[this.rng.int(items.length)];
  }
}

/**
 * Python literals a student (or a hostile program) may pass where a number is expected:
 * ordinary values, limits of float64, non-finite values, huge integers and wrong types.
 */
export const EXTREME_PY = [
  '0',
  '1',
  '-1',
  '90',
  '-360',
  '500',
  '0.001',
  '1e12',
  '-1e12',
  '1e308',
  '-1e308',
  '5e-324',
  'float("nan")',
  'float("inf")',
  '-float("inf")',
  '10**30',
  '-(10**30)',
  '2**63',
  '"abc"',
  'None',
  'True',
  '[1, 2]',
  '1j',
  '{}',
] as const;

/** Ordinary values (most calls should do something, so that the world moves). */
export const ORDINARY_PY = ['0', '50', '-50', '100', '200', '-200', '360', '90', '-90', '1000'];

/** A Python literal for a numeric argument: mostly ordinary, often extreme. */
export function pyNumber(p: Picker): string {
  return p.chance(0.45) ? p.one(EXTREME_PY) : p.one(ORDINARY_PY);
}

/** Numbers for Blockly's number fields (a number field holds a JS number, not a literal). */
export const EXTREME_JS = [
  0,
  1,
  -1,
  45,
  -90,
  360,
  500,
  0.001,
  1e12,
  -1e12,
  1e308,
  -1e308,
  5e-324,
  Infinity,
  -Infinity,
  1e30,
  2 ** 53 + 1,
];

/** Text for text blocks and prints: quotes, markup and scripts are data, never code. */
export const TEXTS = [
  'Qadam',
  '',
  'қадам',
  'шаг',
  '"quoted"',
  "it's",
  'back\\slash',
  'line\nbreak',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '{__proto__: 1}',
  '%s %d {0}',
  '😀',
];
