/**
 * Validation of API arguments from untrusted programs (DESIGN.md I-7): every value is checked
 * before it reaches a controller, NaN/±Infinity are rejected, magnitudes are clamped.
 */
import type { ApiErrorCode, ApiOutcome } from './api.ts';
import { DEVICE_KINDS, PORT_NAMES, STOP } from './api.ts';
import type { DeviceKind, PortName } from '../types.ts';

/** Thrown inside an operation; `request()` turns it into an error outcome. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The outcome for a caught error. */
export function errorOutcome(e: unknown): ApiOutcome {
  if (e instanceof ApiError) return { kind: 'error', code: e.code, message: e.message };
  throw e;
}

/** A finite number at args[i] (or an EINVAL error naming the argument). */
export function num(args: readonly number[], i: number, name: string): number {
  const v = args[i];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new ApiError('EINVAL', `${name} must be a finite number`);
  }
  return v;
}

/** Like `num` but NaN means "keep the current value" (db_settings); Infinity is still an error. */
export function numOrKeep(args: readonly number[], i: number, name: string): number | null {
  const v = args[i];
  if (typeof v === 'number' && Number.isNaN(v)) return null;
  return num(args, i, name);
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** A finite number clamped to ±limit. */
export function clamped(args: readonly number[], i: number, name: string, limit: number): number {
  return clamp(num(args, i, name), -limit, limit);
}

/** An integer index in [0, n). */
export function index(args: readonly number[], i: number, name: string, n: number): number {
  const v = num(args, i, name);
  if (!Number.isInteger(v) || v < 0 || v >= n) {
    throw new ApiError('EINVAL', `${name} out of range`);
  }
  return v;
}

export function port(args: readonly number[], i = 0): PortName {
  return PORT_NAMES[index(args, i, 'port', PORT_NAMES.length)];
}

export function kind(args: readonly number[], i: number): DeviceKind {
  return DEVICE_KINDS[index(args, i, 'kind', DEVICE_KINDS.length)];
}

/** A `then=` Stop value. */
export function stop(args: readonly number[], i: number): number {
  return index(args, i, 'then', Object.keys(STOP).length);
}

/** A 0/1 flag (any non-zero finite number is true). */
export function flag(args: readonly number[], i: number, name: string): boolean {
  return num(args, i, name) !== 0;
}

/** Largest angle (deg) or distance (mm) a single manoeuvre may ask for. */
export const MAX_TRAVEL = 1e7;
/** Longest time (ms) a timed call may ask for (~28 h). */
export const MAX_TIME_MS = 1e8;
