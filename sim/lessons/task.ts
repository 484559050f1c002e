/**
 * A lesson as a task: `lesson/<id>` runs like any other task (CLI, app, judge, replays). An
 * open-field lesson builds its field from the seed and judges its own goal; a lesson on an
 * olympiad task builds that task with the lesson's parameters and time limit, and succeeds
 * when the task does (for sumo: when robot A wins the match).
 */
import type { TaskDef, TaskSetup } from '../tasks/types.ts';
import { TaskParamError } from '../tasks/types.ts';
import { buildField } from './field.ts';
import { fieldGoalReferee } from './goal-referee.ts';
import type { LessonSpec } from './types.ts';

export const LESSON_PREFIX = 'lesson/';

/** A 32-bit FNV-1a hash of the lesson id: salts the field draws of each lesson. */
export function idSalt(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The task of a lesson. `baseTask` resolves the olympiad tasks (sim/tasks); lessons take no
 * parameters of their own (their task.json fixes them).
 */
export function lessonTask(
  spec: LessonSpec,
  baseTask: (id: string) => TaskDef | undefined,
): TaskDef {
  const id = `${LESSON_PREFIX}${spec.id}`;
  const timeLimitMs = spec.timeLimitS * 1000;
  const noParams = (raw: Record<string, unknown>) => {
    const keys = Object.keys(raw);
    if (keys.length > 0) {
      throw new TaskParamError(`${id}: a lesson takes no parameters (got "${keys[0]}")`);
    }
  };
  if (spec.task === 'field') {
    return {
      id,
      robots: 1,
      params: [],
      description: `Lesson ${spec.id}.`,
      create(seed, raw): TaskSetup {
        noParams(raw);
        const field = buildField(spec.field, seed, idSalt(spec.id));
        return {
          arena: field.arena,
          starts: [field.start],
          timeLimitMs,
          referee: fieldGoalReferee(spec.goal, field, timeLimitMs),
          defaultProfile: spec.profile,
          params: {},
        };
      },
    };
  }
  const base = baseTask(spec.task);
  if (!base) throw new TaskParamError(`${id}: unknown task "${spec.task}"`);
  const params = { ...spec.params };
  if (base.params.some((p) => p.key === 'time')) params.time = spec.timeLimitS;
  return {
    id,
    robots: base.robots,
    params: [],
    description: `Lesson ${spec.id} (${base.id}).`,
    create(seed, raw): TaskSetup {
      noParams(raw);
      const setup = base.create(seed, params);
      return { ...setup, defaultProfile: spec.profile, params: {} };
    },
  };
}
