/**
 * The project file (`.qadam`): JSON with a format version, validated on load. A project holds
 * the task and its parameters, the robot profile, the blocks workspace and/or the Python code.
 * Text from a file is data: it is never executed or inserted as HTML.
 */
import { z } from 'zod';

export const PROJECT_FORMAT = 'qadam-project';
export const PROJECT_VERSION = 1;
/** A project larger than this is refused before parsing (a student's project is a few KB). */
export const MAX_PROJECT_BYTES = 1_000_000;

const paramValue = z.union([z.string().max(100), z.number().finite()]);

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  name: z.string().max(200),
  task: z.object({
    id: z.string().min(1).max(100),
    params: z.record(z.string().max(50), paramValue),
    seed: z.number().int().min(0).max(0xffffffff),
  }),
  robot: z.enum(['spike', 'ev3', 'minisumo']),
  /** Which editor holds the program: blocks generate the Python; python is edited directly. */
  editor: z.enum(['blocks', 'python']),
  /** Blockly's JSON serialization (opaque here; Blockly validates it on load). */
  blocks: z.record(z.string(), z.unknown()).nullable(),
  python: z.string().max(200_000),
  /** Sumo opponent, e.g. "bot:3". */
  opponent: z.string().max(50).optional(),
});

export type Project = z.infer<typeof projectSchema>;

/** Why a project file could not be opened: a code the UI translates, plus a detail. */
export class ProjectError extends Error {
  constructor(
    readonly code: 'too_large' | 'not_json' | 'not_project' | 'newer_version' | 'invalid',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ProjectError';
  }
}

/** Upgrades the data of a project of one version to the next. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Each entry upgrades a project of version N (the key) to N + 1. Version 1 is the first
 * format Qadam released, so there is no older file to read yet. When the format changes: bump
 * PROJECT_VERSION, add the upgrade from the old version here, and keep a file of the old
 * version in tests/fixtures/projects/ (tests/unit/storage/migration.test.ts shows how).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * Brings project data of an older version up to `latest`, one version at a time (each step
 * stamps its version). Newer data is refused; data no migration reaches is left for the
 * schema to reject.
 */
export function migrateProject(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  latest: number = PROJECT_VERSION,
): Record<string, unknown> {
  let current = data;
  let version = typeof current.version === 'number' ? current.version : NaN;
  if (version > latest) {
    throw new ProjectError('newer_version', `version ${version}; this app reads up to ${latest}`);
  }
  while (version < latest && Object.prototype.hasOwnProperty.call(migrations, version)) {
    current = { ...migrations[version](current), version: version + 1 };
    version += 1;
  }
  return current;
}

/** Guards against absurd nesting in the opaque blocks tree (a hostile file could nest deeply). */
function depthOf(value: unknown, limit: number): number {
  let depth = 0;
  let level: unknown[] = [value];
  while (level.length > 0) {
    depth += 1;
    if (depth > limit) return depth;
    const next: unknown[] = [];
    for (const item of level) {
      if (item !== null && typeof item === 'object')
        for (const v of Object.values(item)) next.push(v);
    }
    level = next;
  }
  return depth;
}

/**
 * JSON.parse that also reports whether any object had a `__proto__` key. JSON.parse itself
 * keeps such a key as plain data, but code that copies keys with `obj[key] = value` (a schema
 * library, Blockly's loader) would set a prototype instead: such files are refused. The walk is
 * iterative (a reviver recurses, and a hostile file can nest thousands deep) and stops below
 * `depthLimit` levels.
 */
export function parseJsonNoProto(
  text: string,
  depthLimit = 250,
): { data: unknown; protoKey: boolean } {
  const data: unknown = JSON.parse(text);
  let level: unknown[] = [data];
  for (let depth = 0; level.length > 0 && depth <= depthLimit; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      if (item === null || typeof item !== 'object') continue;
      if (Object.prototype.hasOwnProperty.call(item, '__proto__')) return { data, protoKey: true };
      for (const v of Object.values(item)) next.push(v);
    }
    level = next;
  }
  return { data, protoKey: false };
}

/** Parses a project file's text. Throws ProjectError; never returns a partly valid project. */
export function parseProject(text: string): Project {
  if (text.length > MAX_PROJECT_BYTES) {
    throw new ProjectError('too_large', `${text.length} bytes; the limit is ${MAX_PROJECT_BYTES}`);
  }
  let data: unknown;
  try {
    const parsed = parseJsonNoProto(text);
    data = parsed.data;
    if (parsed.protoKey) throw new ProjectError('invalid', 'a "__proto__" key');
  } catch (error) {
    if (error instanceof ProjectError) throw error;
    throw new ProjectError('not_json', (error as Error).message);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ProjectError('not_project', 'the file does not hold a JSON object');
  }
  const record = data as Record<string, unknown>;
  if (record.format !== PROJECT_FORMAT) {
    throw new ProjectError('not_project', 'the "format" field is not "qadam-project"');
  }
  const migrated = migrateProject(record);
  if (depthOf(migrated.blocks, 200) > 200) {
    throw new ProjectError('invalid', 'blocks are nested too deeply');
  }
  const parsed = projectSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProjectError(
      'invalid',
      `${issue?.path.join('.') || 'project'}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/** A new, empty project for a task. */
export function newProject(taskId = 'maze', robot: Project['robot'] = 'spike'): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: '',
    task: { id: taskId, params: {}, seed: 1 },
    robot,
    editor: 'blocks',
    blocks: null,
    python: '',
  };
}

export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 1)}\n`;
}
