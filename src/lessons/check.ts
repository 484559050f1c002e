/**
 * Checking a program against a lesson: run it on each of the lesson's field variants (seeds)
 * and collect the verdicts. The same function serves `qadam run lesson/…`, the tests and the
 * app's Check button (each passes its own pool).
 */
import { projectBlocksToPython } from '../../blocks/index.ts';
import type { Verdict } from '../../sim/types.ts';
import type { ProgramPool } from '../runtime/pool.ts';
import { runSession } from '../runtime/session.ts';
import { taskOfLesson, type LessonProgram } from './lesson.ts';
import type { LessonFile } from './schema.ts';

export interface SeedResult {
  seed: number;
  passed: boolean;
  verdict: Verdict;
  hash: string;
}

export interface CheckResult {
  passed: boolean;
  results: SeedResult[];
}

export interface CheckOptions {
  file: LessonFile;
  /** The student's program as Python (blocks already turned into Python). */
  code: string;
  pool: ProgramPool;
  /** Default: the lesson's seeds. */
  seeds?: readonly number[];
  /** Sumo lessons: the opponent's Python (the lesson names it, `bot:N`). */
  opponentCode?: string;
  signal?: AbortSignal;
  /** Called as each variant is judged (progress in the app). */
  onResult?: (result: SeedResult) => void;
}

/** The Python a lesson program runs. */
export function lessonProgramToPython(program: LessonProgram): string {
  return program.editor === 'python' ? program.code : projectBlocksToPython(program.blocks);
}

export async function checkLessonProgram(opts: CheckOptions): Promise<CheckResult> {
  const task = taskOfLesson(opts.file);
  const programs = [{ code: opts.code, profile: opts.file.profile }];
  if (task.robots === 2) {
    if (opts.opponentCode === undefined) throw new Error(`${task.id}: no opponent program`);
    programs.push({ code: opts.opponentCode, profile: opts.file.profile });
  }
  const results: SeedResult[] = [];
  for (const seed of opts.seeds ?? opts.file.seeds) {
    if (opts.signal?.aborted) break;
    const session = await runSession({
      task,
      seed,
      params: {},
      programs,
      pool: opts.pool,
      signal: opts.signal,
    });
    const result = {
      seed,
      passed: session.verdict.outcome === 'success',
      verdict: session.verdict,
      hash: session.hash,
    };
    results.push(result);
    opts.onResult?.(result);
  }
  return { passed: results.length > 0 && results.every((r) => r.passed), results };
}
