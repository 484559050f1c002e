/**
 * The round file (`round.json`): an olympiad practice round as data (DESIGN.md I-6) — the
 * task and its parameters, the robot, the seeds (field variants), the attempts allowed, the
 * time limit, the scoring rule and, for sumo, the tournament. Validated on load with zod and
 * then against the task itself (`task.create` checks the parameters for every seed).
 * Platform-neutral: the app and the judge read rounds with the same code.
 */
import { z } from 'zod';
import { getTask } from '../../sim/tasks/index.ts';
import { TaskParamError, type TaskDef, type TaskParams } from '../../sim/tasks/types.ts';
import type { RobotProfile } from '../../sim/types.ts';

export const ROUND_FORMAT = 'qadam-round';
export const ROUND_VERSION = 1;
/** A round file is a few hundred bytes; anything this large is not one. */
export const MAX_ROUND_BYTES = 100_000;

/** Scoring rules, and the tasks each one applies to. */
export const SCORING_RULES = {
  /** The best attempt: finished ones by time; unfinished by progress (line mm, cans out). */
  'best-time': ['maze', 'line', 'kegelring'],
  /** Every seed counts: most finished attempts, then the sum of times (unfinished = limit). */
  'sum-time': ['maze', 'line', 'kegelring'],
  /** Micromouse: the best score (best run + search / 30), micromouse preset only. */
  micromouse: ['maze'],
  /** Line: the farthest along the line (finishing = the whole line); time does not count. */
  distance: ['line'],
  /** Sumo: match points (win 3, draw 1, loss 0), then rounds won minus rounds lost. */
  'match-points': ['sumo'],
} as const satisfies Record<string, readonly string[]>;

export type ScoringRule = keyof typeof SCORING_RULES;
const RULE_IDS = Object.keys(SCORING_RULES) as [ScoringRule, ...ScoringRule[]];

export const TOURNAMENTS = ['round-robin', 'bracket'] as const;
export type Tournament = (typeof TOURNAMENTS)[number];

const text = z.string().trim().min(1).max(200);
const paramValue = z.union([z.string().max(100), z.number().finite()]);
const seed = z.number().int().min(0).max(0xffffffff);

export const roundFileSchema = z.strictObject({
  format: z.literal(ROUND_FORMAT),
  version: z.literal(ROUND_VERSION),
  /** Stable identifier (file names, links): lower-case letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use a-z, 0-9 and dashes, up to 64'),
  title: z.strictObject({ kk: text, ru: text, en: text }),
  task: z.strictObject({
    id: z.string().min(1).max(100),
    params: z.record(z.string().max(50), paramValue).default({}),
  }),
  /** Robot profile for every entrant; default: the task's (e.g. minisumo on the mini ring). */
  robot: z.enum(['spike', 'ev3', 'minisumo']).optional(),
  /** Field variants. The judge makes one attempt per seed (sumo: match i uses seed i mod n). */
  seeds: z
    .array(seed)
    .min(1)
    .max(50)
    .refine((list) => new Set(list).size === list.length, 'seeds must not repeat'),
  /**
   * Attempts an entrant may start in a live round (the app). At least the number of seeds for
   * single-robot tasks: the judge runs a submission once on each seed. Sumo: unused (1).
   */
  attempts: z.number().int().min(1).max(50).optional(),
  /** Seconds per attempt (sumo: the match clock); overrides the task's `time` parameter. */
  timeLimit: z.number().int().min(10).max(3600).optional(),
  scoring: z.enum(RULE_IDS),
  /** Sumo only: every pair plays once, or single elimination seeded by the entrants' order. */
  tournament: z.enum(TOURNAMENTS).optional(),
  /** Minutes a live round lasts in the app (its countdown); the judge ignores it. Default 30. */
  durationMin: z.number().int().min(1).max(600).optional(),
});

export type RoundFile = z.infer<typeof roundFileSchema>;

/** A validated round with everything resolved (robot, time limit, the task's full params). */
export interface Round {
  id: string;
  title: { kk: string; ru: string; en: string };
  task: TaskDef;
  /** The task's params after defaults and validation, the time limit applied. */
  params: TaskParams;
  robot: RobotProfile['id'];
  seeds: number[];
  attempts: number;
  /** Seconds per attempt (sumo: the match clock). */
  timeLimit: number;
  scoring: ScoringRule;
  /** Set for two-robot tasks, undefined otherwise. */
  tournament?: Tournament;
  /** Minutes a live round lasts in the app. */
  durationMin: number;
}

/** Why a round file is unusable: a code the app translates (`round.error.*`) and a detail. */
export class RoundError extends Error {
  constructor(
    readonly code: 'too_large' | 'not_json' | 'not_round' | 'newer_version' | 'invalid',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'RoundError';
  }
}

const invalid = (detail: string) => new RoundError('invalid', detail);

/** Checks what the shape cannot: the task, its params for every seed, rule and tournament. */
function resolve(file: RoundFile): Round {
  const task = getTask(file.task.id);
  if (!task) throw invalid(`task.id: unknown task "${file.task.id}"`);
  const allowed: readonly string[] = SCORING_RULES[file.scoring];
  if (!allowed.includes(task.id)) {
    const fits = RULE_IDS.filter((r) => (SCORING_RULES[r] as readonly string[]).includes(task.id));
    throw invalid(
      `scoring: "${file.scoring}" does not apply to ${task.id} (use ${fits.join(' or ')})`,
    );
  }
  if (task.robots === 2 && !file.tournament) {
    throw invalid(`tournament: a ${task.id} round needs "round-robin" or "bracket"`);
  }
  if (task.robots === 1 && file.tournament) {
    throw invalid(`tournament: only two-robot tasks have one (${task.id} has one robot)`);
  }
  const attempts = file.attempts ?? (task.robots === 1 ? file.seeds.length : 1);
  if (task.robots === 1 && attempts < file.seeds.length) {
    throw invalid(
      `attempts: ${attempts} is fewer than the ${file.seeds.length} seeds (one attempt per seed)`,
    );
  }
  const raw: TaskParams = { ...file.task.params };
  if (file.timeLimit !== undefined) {
    if (!task.params.some((p) => p.key === 'time')) {
      throw invalid(`timeLimit: task ${task.id} has no time limit to set`);
    }
    raw.time = file.timeLimit;
  }
  let setup;
  try {
    for (const s of file.seeds) setup = task.create(s, raw);
  } catch (error) {
    if (error instanceof TaskParamError) throw invalid(`task.params: ${error.message}`);
    throw error;
  }
  if (!setup) throw invalid('seeds: none');
  const micromouse = setup.params.preset === 'micromouse';
  if (task.id === 'maze' && micromouse !== (file.scoring === 'micromouse')) {
    throw invalid(
      micromouse
        ? 'scoring: a micromouse maze is scored by "micromouse"'
        : 'scoring: "micromouse" needs task.params.preset "micromouse"',
    );
  }
  return {
    id: file.id,
    title: { ...file.title },
    task,
    params: setup.params,
    robot: file.robot ?? setup.defaultProfile,
    seeds: [...file.seeds],
    attempts,
    timeLimit: setup.timeLimitMs / 1000,
    scoring: file.scoring,
    durationMin: file.durationMin ?? 30,
    ...(task.robots === 2 ? { tournament: file.tournament } : {}),
  };
}

/** Parses a round file's text. Throws RoundError with a one-line detail naming the field. */
export function parseRound(textIn: string): Round {
  if (textIn.length > MAX_ROUND_BYTES) {
    throw new RoundError('too_large', `${textIn.length} bytes; the limit is ${MAX_ROUND_BYTES}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(textIn);
  } catch (error) {
    throw new RoundError('not_json', (error as Error).message);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new RoundError('not_round', 'the file does not hold a JSON object');
  }
  const record = data as Record<string, unknown>;
  if (record.format !== ROUND_FORMAT) {
    throw new RoundError('not_round', `the "format" field is not "${ROUND_FORMAT}"`);
  }
  if (typeof record.version === 'number' && record.version > ROUND_VERSION) {
    throw new RoundError(
      'newer_version',
      `version ${record.version}; this version of Qadam reads up to ${ROUND_VERSION}`,
    );
  }
  const parsed = roundFileSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`${issue?.path.join('.') || 'round'}: ${issue?.message ?? 'invalid'}`);
  }
  return resolve(parsed.data);
}
