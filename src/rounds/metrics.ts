/**
 * What one attempt of a single-robot task is worth to a scoring rule, read from its verdict:
 * finished or not, the time (or micromouse score), and the progress of an unfinished attempt
 * (line: mm along the line; kegelring: cans out). Pure: the app and the judge share it.
 */
import type { Reason, Verdict } from '../../sim/types.ts';

/** The parts of a verdict scoring reads (a replay file or a judge record carries them too). */
export type AttemptVerdict = Pick<Verdict, 'outcome' | 'score' | 'reasons'>;

export interface AttemptMetrics {
  finished: boolean;
  /** Seconds to the finish (micromouse: the score); null when unfinished. */
  time: number | null;
  /** Progress of the attempt (finished or not) where the task measures one; else null. */
  progress: number | null;
}

/** The unit of a task's progress, or null when it has none (the maze). */
export function progressUnit(taskId: string): 'mm' | 'cans' | null {
  if (taskId === 'line') return 'mm';
  if (taskId === 'kegelring') return 'cans';
  return null;
}

function numberParam(reason: Reason, key: string): number | null {
  const value = reason.params?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function lineProgress(reasons: readonly Reason[]): number | null {
  let best: number | null = null;
  for (const r of reasons) {
    if (!r.code.startsWith('line.')) continue;
    const d = numberParam(r, 'distance');
    if (d !== null && (best === null || d > best)) best = d;
  }
  return best;
}

function cansOut(reasons: readonly Reason[]): number | null {
  // A void attempt (the robot stayed outside the ring too long) counts no cans.
  if (reasons.some((r) => r.code === 'kegelring.robot_outside')) return 0;
  const cleared = reasons.find((r) => r.code === 'kegelring.cleared');
  return cleared ? numberParam(cleared, 'out') : null;
}

/** The metrics of one attempt of `taskId`. */
export function attemptMetrics(taskId: string, verdict: AttemptVerdict): AttemptMetrics {
  const finished = verdict.outcome === 'success' && verdict.score !== null;
  let progress: number | null = null;
  if (taskId === 'line') progress = lineProgress(verdict.reasons);
  else if (taskId === 'kegelring') progress = cansOut(verdict.reasons);
  return { finished, time: finished ? verdict.score : null, progress };
}
