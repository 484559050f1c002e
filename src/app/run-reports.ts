/**
 * Console lines for what went wrong around a run rather than in the program: the simulation
 * host died (it is restarted; the project is untouched), or the host refused messages from a
 * program's worker (I-7: reported, never acted on).
 */
import { t, type Lang } from '../i18n/index.ts';
import { HostFailedError } from '../runtime/browser/host-client.ts';
import type { RunOutcome } from '../runtime/browser/host-protocol.ts';
import type { ConsoleLine } from '../ui/internal/types.ts';

/** The console text for a run that failed outside the program. */
export function runFailureText(lang: Lang, error: unknown): string {
  if (error instanceof HostFailedError) return t(lang, 'run.hostFailed');
  return String((error as Error)?.message ?? error);
}

/** One line per message the host rejected during the run (at most five, then a count). */
export function rejectedLines(outcome: RunOutcome, lang: Lang): ConsoleLine[] {
  const shown = outcome.rejectedMessages.slice(0, 5);
  const lines: ConsoleLine[] = shown.map((r) => ({
    robot: r.robot,
    t: outcome.simTimeMs,
    text: t(lang, 'run.rejected', { robot: r.robot, detail: r.detail }),
    kind: 'error',
  }));
  const more = outcome.rejectedMessages.length - shown.length;
  if (more > 0) lines.push({ robot: 'A', t: outcome.simTimeMs, text: `… +${more}`, kind: 'error' });
  return lines;
}
