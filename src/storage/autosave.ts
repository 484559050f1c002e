/**
 * Autosave (DESIGN.md I-9): the current project is written to IndexedDB on every change.
 * Only a project that passed validation is ever written, and the previous good copy is kept
 * as a backup, so a malformed file or a crash mid-write never destroys good work.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { parseProject, serializeProject, type Project } from './project.ts';

const CURRENT = 'current';
const BACKUP = 'backup';

export type SaveResult =
  { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'invalid'; detail: string };

export interface Autosave {
  /** Writes the project; resolves with why it could not (storage full, IndexedDB missing). */
  save(project: Project): Promise<SaveResult>;
  /** The last saved project (or its backup if the current copy is damaged), or null. */
  load(): Promise<Project | null>;
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function tryParse(text: unknown): Project | null {
  if (typeof text !== 'string') return null;
  try {
    return parseProject(text);
  } catch {
    return null;
  }
}

/** Autosave into the browser's IndexedDB (database `qadam`, store `projects`). */
export function createAutosave(store: UseStore = createStore('qadam', 'projects')): Autosave {
  let lastText: string | null = null;
  return {
    async save(project) {
      const text = serializeProject(project);
      if (text === lastText) return { ok: true };
      // Only what would load again is written (e.g. not a program over the size limit: it
      // would be refused on reload and the work would seem lost).
      try {
        parseProject(text);
      } catch (error) {
        return { ok: false, reason: 'invalid', detail: (error as Error).message };
      }
      try {
        const previous = await get<string>(CURRENT, store);
        if (previous !== undefined && tryParse(previous)) await set(BACKUP, previous, store);
        await set(CURRENT, text, store);
        lastText = text;
        return { ok: true };
      } catch (error) {
        const detail = (error as Error)?.message ?? String(error);
        return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', detail };
      }
    },
    async load() {
      try {
        const current = tryParse(await get<string>(CURRENT, store));
        if (current) return current;
        return tryParse(await get<string>(BACKUP, store));
      } catch {
        return null;
      }
    },
  };
}
