/**
 * How a single-robot attempt can end besides its own goal, shared by the line and kegelring
 * referees: the program stopped with an error, the program ended (after the robot has had
 * SETTLE_MS to roll), or the time limit was reached.
 */
import type { ProgramStatus } from '../tasks/types.ts';
import type { Ms, Reason } from '../types.ts';

/** After the program ends, the robot may roll this long before the attempt is judged. */
export const SETTLE_MS = 1000;

/** ms → seconds, kept to the millisecond (for reasons and scores). */
export const seconds = (ms: number): number => Math.round(ms) / 1000;

export type Ending =
  { kind: 'error'; reasons: Reason[] } | { kind: 'ended' } | { kind: 'time' } | null;

/**
 * The ending at time `t`, if any, and the updated moment the program ended (referee state).
 * Checked in this order: an error ends at once, a finished program after SETTLE_MS, then time.
 */
export function attemptEnding(
  program: ProgramStatus | undefined,
  endedMs: Ms | null,
  t: Ms,
  timeLimitMs: Ms,
): { endedMs: Ms | null; ending: Ending } {
  if (program?.state === 'error') {
    return { endedMs, ending: { kind: 'error', reasons: program.reason ? [program.reason] : [] } };
  }
  const ended = program && program.state !== 'running' && endedMs === null ? t : endedMs;
  if (ended !== null && t - ended >= SETTLE_MS)
    return { endedMs: ended, ending: { kind: 'ended' } };
  if (t >= timeLimitMs) return { endedMs: ended, ending: { kind: 'time' } };
  return { endedMs: ended, ending: null };
}
