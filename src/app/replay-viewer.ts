/**
 * Watching a replay file in the app: a judge (or a student) opens a `.replay.json` — from an
 * app round attempt or `qadam judge --record-dir` — and sees the run again on the 3D view. The
 * file is validated like any file (never executed as page code); its programs run in the
 * robots' Python workers as always; the open project is not touched. At the end the app says
 * whether the result is the recorded one (same verdict and same final state hash), as
 * `qadam replay` does in Node.
 */
import { t, type Lang } from '../i18n/index.ts';
import {
  compareResults,
  MAX_RECORDING_CHARS,
  parseRecording,
  recordedResult,
  RecordingError,
  type Recording,
} from '../storage/recording.ts';
import type { RunOutcome } from '../runtime/browser/host-protocol.ts';
import { resolveTask } from '../lessons/catalog-tasks.ts';
import { recordingErrorText } from './input-errors.ts';
import { pickFile } from './project-io.ts';
import type { RunController } from './run-controller.ts';

export interface PickedReplay {
  name: string;
  recording: Recording;
}

/** Lets the user pick a replay file; resolves null when nothing was chosen. Throws RecordingError. */
export async function pickReplayFile(): Promise<PickedReplay | null> {
  const file = await pickFile('.json,application/json');
  if (!file) return null;
  // Bytes ≥ characters: a file a little over the limit in bytes may still be fine.
  if (file.size > 4 * MAX_RECORDING_CHARS)
    throw new RecordingError(`${file.size} bytes`, 'too_large');
  return { name: file.name, recording: parseRecording(await file.text()) };
}

/** What the app says when a replay has run: verified, or what differs. */
export function replayReport(
  lang: Lang,
  name: string,
  recording: Recording,
  outcome: RunOutcome,
): { verified: boolean; text: string } {
  const again = recordedResult(outcome);
  const { sameVerdict, sameHash, verified } = compareResults(recording.result, again);
  if (verified) return { verified, text: t(lang, 'replay.verified', { name, hash: again.hash }) };
  const what = [
    sameVerdict ? '' : `${recording.result.outcome} → ${again.outcome}`,
    sameHash ? '' : `${recording.result.hash} → ${again.hash}`,
  ]
    .filter(Boolean)
    .join(', ');
  return { verified, text: t(lang, 'replay.differs', { name, what }) };
}

export interface ReplayHooks {
  lang(): Lang;
  speed(): number;
  /** A message that stays until dismissed. */
  notice(text: string): void;
  /** data-* attributes on the app for tests. */
  mark(key: string, value: string): void;
}

/** Picks a replay file and runs it on screen; the open project stays as it is. */
export async function watchReplay(runs: RunController, hooks: ReplayHooks): Promise<void> {
  const lang = hooks.lang();
  let picked: PickedReplay | null;
  try {
    picked = await pickReplayFile();
  } catch (error) {
    hooks.notice(recordingErrorText(lang, error));
    return;
  }
  if (!picked || runs.running) return;
  const { name, recording } = picked;
  const task = resolveTask(recording.task);
  if (!task || task.robots !== recording.programs.length) {
    hooks.notice(t(lang, 'replay.error.invalid'));
    return;
  }
  const [a, b] = recording.programs;
  runs.clearLines();
  hooks.notice(t(lang, 'replay.started', { name }));
  const outcome = await runs.run({
    task: task.id,
    seed: recording.seed,
    params: recording.params,
    program: { code: a.code, editor: 'python' },
    profile: a.profile,
    opponent: b?.code,
    opponentProfile: b?.profile,
    foreign: true,
    lockstep: recording.lockstep ?? 'strict',
    speed: hooks.speed(),
  });
  if (!outcome || outcome.aborted) return;
  const report = replayReport(lang, name, recording, outcome);
  hooks.mark('replayVerified', String(report.verified));
  hooks.notice(report.text);
}
