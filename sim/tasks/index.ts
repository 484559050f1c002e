/** The shipped tasks, in the order `qadam tasks` lists them. */
import { kegelringTask } from './kegelring.ts';
import { lineTask } from './line.ts';
import { mazeTask } from './maze.ts';
import { sumoTask } from './sumo.ts';
import type { TaskDef } from './types.ts';

export const TASKS: readonly TaskDef[] = [mazeTask, sumoTask, lineTask, kegelringTask];

/** The task with this id, or undefined. */
export function getTask(id: string): TaskDef | undefined {
  return TASKS.find((task) => task.id === id);
}
