/**
 * `lessons/<id>/task.json`, validated. A lesson file is content, not code: this schema is the
 * whole of what it may say (sim/lessons/types.ts is the engine's view of the same data).
 */
import { z } from 'zod';
import type { LessonSpec } from '../../sim/lessons/types.ts';

export const LESSON_FORMAT = 'qadam-lesson';
export const LESSON_VERSION = 1;
/** The units of the path, in order. */
export const LESSON_UNITS = [
  'first-moves',
  'sensors',
  'loops',
  'python',
  'line',
  'maze',
  'sumo',
  'kegelring',
  'olympiad',
] as const;

const mm = z.number().finite().min(-10_000).max(10_000);
const range = z.union([
  mm,
  z.tuple([mm, mm]).refine(([a, b]) => a <= b, 'range [min, max]'),
  z.object({ oneOf: z.array(mm).min(1).max(20) }).strict(),
]);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/, 'lowercase letters, digits and dashes');
const size = z.number().finite().positive().max(10_000);
const texts = z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });
const paint = z.enum(['black', 'green', 'red', 'blue', 'yellow']);
const zoneCheck = z.enum(['centre', 'whole', 'front']);

const field = z.object({
  size: z.tuple([size, size]),
  border: z.boolean().optional(),
  start: z.object({ x: range, y: range, heading: range }),
  walls: z
    .array(z.object({ id, x: range, y: range, sx: size, sy: size, height: size.optional() }))
    .optional(),
  zones: z
    .array(z.object({ id, x: range, y: range, sx: size, sy: size, color: paint.optional() }))
    .optional(),
  lines: z
    .array(z.object({ points: z.array(z.tuple([range, range])).min(2), width: size.optional() }))
    .optional(),
});

const routeStep = z.union([
  z.object({ zone: id, at: zoneCheck.optional() }).strict(),
  z.object({ touch: z.literal(true) }).strict(),
]);

const goal = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reach'),
    zone: id,
    at: zoneCheck.optional(),
    noWallTouch: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('stopBefore'), wall: id, gap: z.tuple([mm, mm]) }),
  z.object({
    kind: z.literal('route'),
    steps: z.array(routeStep).min(1),
    end: z.object({ zone: id, at: zoneCheck.optional() }).optional(),
  }),
]);

const common = {
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  id,
  /** Position in the path (1, 2, …). */
  order: z.number().int().min(1),
  grade: z.number().int().min(1).max(11),
  /** The unit the lesson belongs to (the app names each in kk/ru/en: `unit.<id>`). */
  unit: z.enum(LESSON_UNITS),
  title: texts,
  editor: z.enum(['blocks', 'python']),
  profile: z.enum(['spike', 'ev3', 'minisumo']),
  timeLimitS: z.number().positive().max(600),
  seeds: z.array(z.number().int().min(0).max(0xffffffff)).min(1).max(20),
  hints: z.object({
    kk: z.array(z.string().min(1)),
    ru: z.array(z.string().min(1)),
    en: z.array(z.string().min(1)),
  }),
};

export const lessonFileSchema = z.discriminatedUnion('task', [
  z.object({ ...common, task: z.literal('field'), field, goal }),
  z.object({
    ...common,
    task: z.enum(['maze', 'line', 'kegelring', 'sumo']),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    opponent: z
      .string()
      .regex(/^bot:\d$/)
      .optional(),
  }),
]);

export type LessonFile = z.infer<typeof lessonFileSchema>;

/** Reads a task.json; throws an Error naming the first problem (for authors and tests). */
export function parseLessonFile(text: string, where: string): LessonFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  const parsed = lessonFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return checkReferences(parsed.data, where);
}

/** Zones and walls a goal names must exist in the field; a sumo lesson needs an opponent. */
function checkReferences(file: LessonFile, where: string): LessonFile {
  if (file.task === 'sumo' && !file.opponent) throw new Error(`${where}: sumo needs an opponent`);
  if (file.task !== 'field') return file;
  const zones = new Set((file.field.zones ?? []).map((z) => z.id));
  const walls = new Set((file.field.walls ?? []).map((w) => w.id));
  const need = (set: Set<string>, name: string, kind: string) => {
    if (!set.has(name)) throw new Error(`${where}: the goal names ${kind} "${name}" not in field`);
  };
  const { goal } = file;
  if (goal.kind === 'reach') need(zones, goal.zone, 'zone');
  if (goal.kind === 'stopBefore') need(walls, goal.wall, 'wall');
  if (goal.kind === 'route') {
    for (const step of goal.steps) if ('zone' in step) need(zones, step.zone, 'zone');
    if (goal.end) need(zones, goal.end.zone, 'zone');
  }
  return file;
}

/** The engine's view of a lesson file. */
export function lessonSpec(file: LessonFile): LessonSpec {
  return file;
}
