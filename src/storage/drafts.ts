/**
 * Lesson drafts: the student's own program for each lesson, kept in IndexedDB so that going to
 * another lesson and back loses nothing (I-9). Only validated projects are stored.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { parseProject, serializeProject, type Project } from './project.ts';

export interface Drafts {
  save(key: string, project: Project): Promise<boolean>;
  load(key: string): Promise<Project | null>;
}

export function createDrafts(store: UseStore = createStore('qadam-drafts', 'drafts')): Drafts {
  return {
    async save(key, project) {
      try {
        await set(key, serializeProject(project), store);
        return true;
      } catch {
        return false;
      }
    },
    async load(key) {
      try {
        const text = await get<string>(key, store);
        return typeof text === 'string' ? parseProject(text) : null;
      } catch {
        return null;
      }
    },
  };
}
