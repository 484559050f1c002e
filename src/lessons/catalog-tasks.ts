/**
 * The lessons' task files, bundled by Vite (browser and sim-host worker). Small: only
 * task.json; texts and starters are in catalog.ts. Resolves `lesson/<id>` task ids.
 */
import { getTask } from '../../sim/tasks/index.ts';
import type { TaskDef } from '../../sim/tasks/types.ts';
import { LESSON_PREFIX, taskOfLesson } from './lesson.ts';
import { lessonFileSchema, type LessonFile } from './schema.ts';

const raw = import.meta.glob<unknown>('../../lessons/*/task.json', {
  eager: true,
  import: 'default',
});

/** Every bundled lesson file, validated, in path order. A bad file is a build-time bug: tests catch it. */
export const LESSON_FILES: readonly LessonFile[] = Object.values(raw)
  .map((data) => lessonFileSchema.parse(data))
  .sort((a, b) => a.order - b.order);

export function lessonFile(id: string): LessonFile | undefined {
  return LESSON_FILES.find((f) => f.id === id);
}

/** An olympiad task or a lesson (`lesson/<id>`) by id; undefined when unknown. */
export function resolveTask(id: string): TaskDef | undefined {
  if (!id.startsWith(LESSON_PREFIX)) return getTask(id);
  const file = lessonFile(id.slice(LESSON_PREFIX.length));
  return file ? taskOfLesson(file) : undefined;
}
