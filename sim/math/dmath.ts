/**
 * Deterministic trigonometry for the simulation (DESIGN.md I-2).
 *
 * Why: Chromium and Node compute `Math.sin`, `Math.cos`, `Math.atan2`, … with different
 * algorithms, so a run recorded in the browser would not replay bit-identically in the Node
 * judge. These routines use only +, −, ×, ÷, `Math.sqrt`, `Math.round`, `Math.abs` and
 * comparisons, which IEEE 754 defines exactly, so every engine gets the same bits.
 *
 * The polynomials are the fdlibm kernels (Sun Microsystems, freely redistributable), with
 * Cody–Waite argument reduction by π/2 in three parts: accurate to ~1 ulp for |x| < 1e6 rad,
 * far beyond any angle a robot reaches.
 */
import type { Deg, Rad } from '../types.ts';

/** π/2 split in three parts of 33 bits each: n·PIO2_k is exact for |n| < 2^20. */
const PIO2_1 = 1.5707963267341256; // first 33 bits of π/2
const PIO2_2 = 6.077100506303966e-11; // next 33 bits
const PIO2_3 = 2.0222662487111665e-21; // the rest
const INV_PIO2 = 6.366197723675814e-1; // 2/π

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

/** sin on [-π/4, π/4]. */
function kSin(x: number): number {
  const z = x * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + z * x * (S1 + z * r);
}

/** cos on [-π/4, π/4]. */
function kCos(x: number): number {
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  return 1 - (0.5 * z - z * r);
}

/** Reduce x to r in [-π/4, π/4] with x = r + n·π/2; returns [r, n mod 4]. */
function reduce(x: number): [number, number] {
  const n = Math.round(x * INV_PIO2);
  const r = x - n * PIO2_1 - n * PIO2_2 - n * PIO2_3;
  return [r, ((n % 4) + 4) % 4];
}

/** Deterministic sine (radians). */
export function sin(x: Rad): number {
  if (!Number.isFinite(x)) return NaN;
  const [r, q] = reduce(x);
  switch (q) {
    case 0:
      return kSin(r);
    case 1:
      return kCos(r);
    case 2:
      return -kSin(r);
    default:
      return -kCos(r);
  }
}

/** Deterministic cosine (radians). */
export function cos(x: Rad): number {
  if (!Number.isFinite(x)) return NaN;
  const [r, q] = reduce(x);
  switch (q) {
    case 0:
      return kCos(r);
    case 1:
      return -kSin(r);
    case 2:
      return -kCos(r);
    default:
      return kSin(r);
  }
}

const ATAN_HI = [
  4.63647609000806093515e-1, 7.85398163397448278999e-1, 9.82793723247329054082e-1,
  1.570796326794896558,
];
const ATAN_LO = [
  2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
  6.12323399573676603587e-17,
];
const AT = [
  3.33333333333329318027e-1, -1.99999999998764832476e-1, 1.42857142725034663711e-1,
  -1.1111110405462355788e-1, 9.09088713343650656196e-2, -7.69187620504482999495e-2,
  6.66107313738753120669e-2, -5.83357013379057348645e-2, 4.97687799461593236017e-2,
  -3.6531572744216915527e-2, 1.62858201153657823623e-2,
];

/** Deterministic arctangent (fdlibm s_atan.c). */
export function atan(x0: number): number {
  if (Number.isNaN(x0)) return NaN;
  const sign = x0 < 0 ? -1 : 1;
  let x = x0 < 0 ? -x0 : x0;
  if (x > 1e17) return sign * (ATAN_HI[3] + ATAN_LO[3]);
  let id = -1;
  if (x >= 0.4375) {
    if (x < 1.1875) {
      if (x < 0.6875) {
        id = 0;
        x = (2 * x - 1) / (2 + x);
      } else {
        id = 1;
        x = (x - 1) / (x + 1);
      }
    } else if (x < 2.4375) {
      id = 2;
      x = (x - 1.5) / (1 + 1.5 * x);
    } else {
      id = 3;
      x = -1 / x;
    }
  }
  const z = x * x;
  const w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) return sign * (x - x * (s1 + s2));
  return sign * (ATAN_HI[id] - (x * (s1 + s2) - ATAN_LO[id] - x));
}

/** Deterministic atan2(y, x) in (-π, π]. */
export function atan2(y: number, x: number): Rad {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (y === 0) return x < 0 || Object.is(x, -0) ? (Object.is(y, -0) ? -PI : PI) : y;
  if (x === 0) return y > 0 ? PI / 2 : -PI / 2;
  const ax = x < 0 ? -x : x;
  const ay = y < 0 ? -y : y;
  // a = atan(|y| / |x|) in [0, π/2]; fold it into the quadrant of (x, y).
  const a = atan(ay / ax);
  const q = x > 0 ? a : PI - a;
  return y < 0 ? -q : q;
}

export const PI = 3.141592653589793;

export function degToRad(d: Deg): Rad {
  return (d * PI) / 180;
}

export function radToDeg(r: Rad): Deg {
  return (r * 180) / PI;
}

/** Normalise degrees to (-180, 180]. */
export function normalizeDeg(d: Deg): Deg {
  let r = d % 360;
  if (r > 180) r -= 360;
  else if (r <= -180) r += 360;
  return r;
}

/**
 * Heading (degrees, clockwise from north = +y) of a body whose local +y is its forward,
 * given its quaternion (x, y, z, w) in the Z-up physics frame.
 */
export function quatHeadingDeg(qx: number, qy: number, qz: number, qw: number): Deg {
  const fx = 2 * (qx * qy - qw * qz);
  const fy = 1 - 2 * (qx * qx + qz * qz);
  return radToDeg(atan2(fx, fy));
}

/** Quaternion [x, y, z, w] for a heading (deg, clockwise from north) about the Z axis. */
export function headingQuat(heading: Deg): [number, number, number, number] {
  const half = -degToRad(heading) / 2;
  return [0, 0, sin(half), cos(half)];
}
