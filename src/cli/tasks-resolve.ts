/** Task ids on the command line: the olympiad tasks (`maze`, …) and lessons (`lesson/<id>`). */
import { getTask } from '../../sim/tasks/index.ts';
import type { TaskDef } from '../../sim/tasks/types.ts';
import { LESSON_PREFIX, taskOfLesson } from '../lessons/lesson.ts';
import { loadLesson, lessonIds, type NodeLesson } from '../lessons/node/catalog.ts';
import { UsageError } from './args.ts';

export function isLessonTask(id: string): boolean {
  return id.startsWith(LESSON_PREFIX);
}

/** The lesson named by `lesson/<id>`; a UsageError names the known lessons otherwise. */
export async function resolveLesson(taskId: string): Promise<NodeLesson> {
  const id = taskId.slice(LESSON_PREFIX.length);
  const ids = await lessonIds();
  if (!ids.includes(id)) {
    throw new UsageError(`unknown lesson "${id}" (lessons: ${ids.join(', ') || 'none'})`);
  }
  try {
    return await loadLesson(id);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Any task by id, lessons included; undefined when unknown. */
export async function resolveAnyTask(id: string): Promise<TaskDef | undefined> {
  if (!isLessonTask(id)) return getTask(id);
  return taskOfLesson((await resolveLesson(id)).file);
}
