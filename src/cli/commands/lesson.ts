/**
 * `qadam run lesson/<id> <program>`: checks a program against a lesson's goal on every field
 * variant of the lesson (or only `--seed N`), exactly as the app's Check button does.
 */
import { writeFile } from 'node:fs/promises';
import { checkLessonProgram, type CheckResult } from '../../lessons/check.ts';
import { opponentProgram } from '../../lessons/opponents.ts';
import { createNodePool } from '../../runtime/node/pool.ts';
import { runSession } from '../../runtime/session.ts';
import { CURRENT_LOCKSTEP } from '../../runtime/runner.ts';
import { formatReason } from '../../i18n/reasons.ts';
import { UsageError, type RunOptions } from '../args.ts';
import type { Io } from '../main.ts';
import { loadProgram } from '../programs.ts';
import { resolveLesson } from '../tasks-resolve.ts';
import { taskOfLesson } from '../../lessons/lesson.ts';
import { toRecording } from './run.ts';

const PASSED = { en: 'PASSED', ru: 'ЗАЧТЕНО', kk: 'ӨТТІ' } as const;
const NOT_PASSED = { en: 'NOT PASSED', ru: 'НЕ ЗАЧТЕНО', kk: 'ӨТПЕДІ' } as const;
const VARIANTS = {
  en: 'field variants passed',
  ru: 'вариантов поля пройдено',
  kk: 'алаң нұсқасы өтілді',
} as const;

export async function lessonCommand(opts: RunOptions, io: Io): Promise<number> {
  if (Object.keys(opts.params).length > 0) throw new UsageError('a lesson takes no --param');
  if (opts.robot !== undefined) throw new UsageError('a lesson sets its own robot');
  if (opts.record && !opts.seedGiven) {
    throw new UsageError('--record needs --seed N: a recording holds one field variant');
  }
  const lesson = await resolveLesson(opts.task);
  const { file } = lesson;
  const program = await loadProgram(opts.programs[0]);
  const opponentName = file.task === 'sumo' ? (file.opponent ?? '') : '';
  const opponentCode = opponentName ? opponentProgram(opponentName) : undefined;
  const seeds = opts.seedGiven ? [opts.seed] : file.seeds;
  const pool = createNodePool();
  try {
    let check: CheckResult | null = null;
    if (opts.record) {
      const task = taskOfLesson(file);
      const programs = [{ code: program.code, profile: file.profile }];
      if (opponentCode !== undefined) programs.push({ code: opponentCode, profile: file.profile });
      const result = await runSession({ task, seed: opts.seed, params: {}, programs, pool });
      const names = [
        program,
        ...(opponentCode ? [{ name: opponentName, code: opponentCode }] : []),
      ];
      const sim = {
        task: task.id,
        seed: opts.seed,
        params: {},
        profiles: programs.map((p) => p.profile),
        lockstep: CURRENT_LOCKSTEP,
        result,
      };
      try {
        await writeFile(opts.record, `${JSON.stringify(toRecording(sim, names), null, 1)}\n`);
      } catch (error) {
        throw new UsageError(`cannot write ${opts.record}: ${(error as Error).message}`);
      }
      // The recorded run is the check of its one field: no need to simulate it again.
      const passed = result.verdict.outcome === 'success';
      const one = { seed: opts.seed, passed, verdict: result.verdict, hash: result.hash };
      check = { passed, results: [one] };
    }
    check ??= await checkLessonProgram({ file, code: program.code, pool, seeds, opponentCode });
    const passedCount = check.results.filter((r) => r.passed).length;
    if (opts.json) {
      io.out(
        JSON.stringify({
          task: opts.task,
          passed: check.passed,
          variants: check.results.map((r) => ({
            seed: r.seed,
            outcome: r.verdict.outcome,
            reason: r.verdict.reasons[0] ? formatReason(r.verdict.reasons[0], opts.lang) : '',
            reasons: r.verdict.reasons,
            simTimeMs: r.verdict.simTimeMs,
            score: r.verdict.score,
            hash: r.hash,
          })),
        }),
      );
    } else {
      const head = check.passed ? PASSED[opts.lang] : NOT_PASSED[opts.lang];
      const lines = [
        `${opts.task} — ${file.title[opts.lang]}: ${head} (${passedCount}/${check.results.length} ${VARIANTS[opts.lang]})`,
        ...check.results.map(
          (r) =>
            `  seed ${r.seed}: ${r.passed ? '✓' : '✗'} ${r.verdict.reasons.map((x) => formatReason(x, opts.lang)).join(' ')}`,
        ),
      ];
      io.out(lines.join('\n'));
    }
    return 0;
  } finally {
    await pool.close();
  }
}
