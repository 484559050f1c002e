/** Command-line parsing for `qadam`: turns argv into a typed command or a UsageError. */
import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../i18n/types.ts';

/** Unusable input (missing file, unknown task, bad option): exit status 2, one line on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommonOptions {
  json: boolean;
  lang: Lang;
}

export interface RunOptions extends CommonOptions {
  task: string;
  programs: string[];
  seed: number;
  /** True when --seed was given (a lesson then runs only that field variant). */
  seedGiven: boolean;
  params: Record<string, string>;
  robot: string | undefined;
  record: string | undefined;
}

export interface JudgeOptions {
  lang: Lang;
  round: string;
  dir: string;
  format: 'text' | 'json' | 'csv';
  /** Sessions run at once (each a worker per robot). */
  jobs: number;
  recordDir: string | undefined;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'tasks'; opts: CommonOptions }
  | { kind: 'run'; opts: RunOptions }
  | { kind: 'match'; opts: RunOptions }
  | { kind: 'replay'; file: string; opts: CommonOptions }
  | { kind: 'judge'; opts: JudgeOptions };

export const USAGE = `Usage:
  qadam tasks [--json]
  qadam run lesson/<id> <program.py|.qadam> [--seed N] [--json]   (checks a lesson's goal on its field variants)
  qadam run <task> <program.py> [--seed N] [--param key=value]… [--robot PROFILE] [--json] [--record FILE]
  qadam match <task> <programA.py> <programB.py> [--seed N] [--param key=value]… [--json] [--record FILE]
  qadam replay <FILE> [--json]
  qadam judge <round.json> <submissions-dir> [--json | --csv] [--jobs N] [--record-dir DIR]
A program is a .py file, a .qadam project or a built-in sumo bot: bot:0 (weakest) … bot:4.
Options: --lang kk|ru|en (language of the summary, default en)`;

const OPTIONS = {
  json: { type: 'boolean' },
  seed: { type: 'string' },
  param: { type: 'string', multiple: true },
  robot: { type: 'string' },
  record: { type: 'string' },
  csv: { type: 'boolean' },
  jobs: { type: 'string' },
  'record-dir': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseSeed(text: string | undefined): number {
  if (text === undefined) return 1;
  if (!/^\d{1,10}$/.test(text) || Number(text) > 0xffffffff) {
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not "${text}"`);
  }
  return Number(text);
}

function parseParams(list: string[] | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param takes key=value, not "${item}"`);
    params[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return params;
}

/** Parallel sessions for the judge: default 2 (a 2-core school laptop). */
function parseJobs(text: string | undefined): number {
  if (text === undefined) return 2;
  if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 32) {
    throw new UsageError(`--jobs must be a whole number from 1 to 32, not "${text}"`);
  }
  return Number(text);
}

/** Parses argv (without node and script). Throws UsageError for anything unusable. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined || verb === 'help') return { kind: 'help' };
  const lang = values.lang ?? 'en';
  if (!isLang(lang)) throw new UsageError(`--lang must be kk, ru or en, not "${lang}"`);
  const common: CommonOptions = { json: values.json ?? false, lang };
  if (verb !== 'judge') {
    for (const key of ['csv', 'jobs', 'record-dir'] as const) {
      if (values[key] !== undefined) throw new UsageError(`--${key} is an option of qadam judge`);
    }
  }
  const expectArgs = (count: number, what: string) => {
    if (rest.length !== count) throw new UsageError(`${verb} takes ${what}`);
  };
  switch (verb) {
    case 'tasks':
      expectArgs(0, 'no arguments');
      return { kind: 'tasks', opts: common };
    case 'run':
    case 'match': {
      const programCount = verb === 'run' ? 1 : 2;
      expectArgs(
        1 + programCount,
        verb === 'run' ? '<task> <program.py>' : '<task> <programA.py> <programB.py>',
      );
      if (verb === 'match' && values.robot !== undefined) {
        throw new UsageError('match takes no --robot: each task sets its robots');
      }
      const opts: RunOptions = {
        ...common,
        task: rest[0],
        programs: rest.slice(1),
        seed: parseSeed(values.seed),
        seedGiven: values.seed !== undefined,
        params: parseParams(values.param),
        robot: values.robot,
        record: values.record,
      };
      return { kind: verb, opts };
    }
    case 'replay':
      expectArgs(1, '<FILE>');
      return { kind: 'replay', file: rest[0], opts: common };
    case 'judge': {
      expectArgs(2, '<round.json> <submissions-dir>');
      if (values.json && values.csv) throw new UsageError('judge takes --json or --csv, not both');
      for (const key of ['seed', 'param', 'robot', 'record'] as const) {
        if (values[key] !== undefined) {
          throw new UsageError(`judge takes no --${key}: the round file sets it`);
        }
      }
      return {
        kind: 'judge',
        opts: {
          lang,
          round: rest[0],
          dir: rest[1],
          format: values.json ? 'json' : values.csv ? 'csv' : 'text',
          jobs: parseJobs(values.jobs),
          recordDir: values['record-dir'],
        },
      };
    }
    default:
      throw new UsageError(`unknown command "${verb}" (try: tasks, run, match, replay, judge)`);
  }
}
