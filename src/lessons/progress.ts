/**
 * Lesson progress, kept locally (localStorage): which lessons passed, and the best time. A
 * damaged or foreign value is ignored, never trusted.
 */
import { z } from 'zod';

const KEY = 'qadam.progress';

const entry = z.object({
  passed: z.boolean(),
  best: z.number().nullable(),
  at: z.string().max(40),
});
const schema = z.record(z.string().max(80), entry);

export type Progress = z.infer<typeof schema>;

export interface ProgressStore {
  read(): Progress;
  /** Records a check: passed stays true once earned; best keeps the lowest score. */
  record(id: string, passed: boolean, score: number | null): Progress;
}

export function createProgressStore(storage: Pick<Storage, 'getItem' | 'setItem'>): ProgressStore {
  const read = (): Progress => {
    try {
      const parsed = schema.safeParse(JSON.parse(storage.getItem(KEY) ?? '{}'));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  return {
    read,
    record(id, passed, score) {
      const all = read();
      const old = all[id];
      const best =
        passed && score !== null ? Math.min(score, old?.best ?? Infinity) : (old?.best ?? null);
      all[id] = { passed: passed || (old?.passed ?? false), best, at: new Date().toISOString() };
      try {
        storage.setItem(KEY, JSON.stringify(all));
      } catch {
        // Storage full or blocked: progress is a convenience; the lesson still works.
      }
      return all;
    },
  };
}
