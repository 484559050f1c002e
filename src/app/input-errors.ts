/**
 * What the student reads when a project file, a share link or a replay cannot be used, or a
 * save fails: one sentence in their language (every sentence says whether their work changed).
 * The text of a bad file is never shown: it is data and may be hostile.
 */
import { t, type Lang } from '../i18n/index.ts';
import type { SaveResult } from '../storage/autosave.ts';
import { ProjectError } from '../storage/project.ts';
import { RecordingError } from '../storage/recording.ts';

/** Where a project came from: a file the student picked or a link they opened. */
export type ProjectSource = 'file' | 'link';

/** The message for a project that could not be opened. */
export function projectErrorText(lang: Lang, error: unknown, source: ProjectSource): string {
  const code = error instanceof ProjectError ? error.code : 'invalid';
  return t(lang, source === 'link' ? `link.error.${code}` : `project.error.${code}`);
}

/** The message for a replay file that could not be used. */
export function recordingErrorText(lang: Lang, error: unknown): string {
  const code = error instanceof RecordingError ? error.code : 'invalid';
  return t(lang, `replay.error.${code}`);
}

/** The warning for a save that failed (storage full, unavailable, or a project too large). */
export function saveFailureText(lang: Lang, result: Extract<SaveResult, { ok: false }>): string {
  return t(lang, `save.${result.reason}`);
}
