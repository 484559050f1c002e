/**
 * Task parameters: strings from the command line (`--param size=8`) or numbers from a lesson
 * file, checked against the task's ParamSpec list. Every problem is a TaskParamError with a
 * one-line message naming the key and what it accepts.
 */
import { TaskParamError, type ParamSpec, type TaskParams } from './types.ts';

/** What a spec accepts, for messages: "one of school, mini" or "an integer 0..32". */
export function describeAllowed(spec: ParamSpec): string {
  if (spec.type === 'enum') return `one of ${(spec.choices ?? []).join(', ')}`;
  const kind = spec.type === 'int' ? 'an integer' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined) return `${kind} ${spec.min}..${spec.max}`;
  if (spec.min !== undefined) return `${kind} ≥ ${spec.min}`;
  if (spec.max !== undefined) return `${kind} ≤ ${spec.max}`;
  return kind;
}

function bad(taskId: string, spec: ParamSpec, value: unknown): TaskParamError {
  return new TaskParamError(
    `${taskId}: bad value "${String(value)}" for ${spec.key}: expected ${describeAllowed(spec)}`,
  );
}

function parseOne(taskId: string, spec: ParamSpec, raw: string | number): string | number {
  if (spec.type === 'enum') {
    const value = String(raw).trim();
    if (!(spec.choices ?? []).includes(value)) throw bad(taskId, spec, raw);
    return value;
  }
  let n: number;
  if (typeof raw === 'number') n = raw;
  else {
    const text = raw.trim();
    // Number('') is 0 and Number('0x10') is 16: accept plain decimal notation only.
    const pattern = spec.type === 'int' ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    if (!pattern.test(text)) throw bad(taskId, spec, raw);
    n = Number(text);
  }
  if (!Number.isFinite(n) || (spec.type === 'int' && !Number.isInteger(n))) {
    throw bad(taskId, spec, raw);
  }
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    throw bad(taskId, spec, raw);
  }
  return n;
}

/**
 * Checks `params` against `specs` and fills in the defaults. Unknown keys and bad values throw
 * TaskParamError. Numbers come back as numbers, enums as strings.
 */
export function parseParams(
  taskId: string,
  specs: readonly ParamSpec[],
  params: TaskParams,
): TaskParams {
  for (const key of Object.keys(params)) {
    if (!specs.some((s) => s.key === key)) {
      const known = specs.map((s) => s.key).join(', ');
      throw new TaskParamError(`${taskId}: unknown parameter "${key}" (allowed: ${known})`);
    }
  }
  const out: TaskParams = {};
  for (const spec of specs) {
    const raw = Object.prototype.hasOwnProperty.call(params, spec.key)
      ? params[spec.key]
      : spec.default;
    out[spec.key] = parseOne(taskId, spec, raw);
  }
  return out;
}

/** The `time` parameter of single-robot tasks: the attempt's limit in seconds. */
export function timeLimitParam(defaultSeconds: number): ParamSpec {
  return {
    key: 'time',
    type: 'int',
    default: defaultSeconds,
    min: 10,
    max: 3600,
    description: 'time limit in seconds',
  };
}
