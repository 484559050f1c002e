/**
 * `qadam judge <round.json> <submissions-dir>`: runs every submission of a round in parallel
 * worker lanes and prints the ranked table (or --json, or --csv). Exit 0 when judged (broken
 * submissions are judged too, with their reasons); 2 when the round file or the directory is
 * unusable. With --record-dir, every attempt (sumo: every game) is written as a replay file
 * that `qadam replay` verifies.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRound, RoundError, type Round } from '../../rounds/schema.ts';
import { UsageError, type JudgeOptions } from '../args.ts';
import type { Io } from '../main.ts';
import { createJudgeRunner } from '../judge/play.ts';
import { judgeSolo, type Judged } from '../judge/judge-solo.ts';
import { judgeSumo } from '../judge/judge-sumo.ts';
import { formatJudgeText } from '../judge/format-text.ts';
import { formatJudgeCsv } from '../judge/format-csv.ts';
import { readSubmissions } from '../judge/submissions.ts';
import { toRecording } from './run.ts';

async function readRound(file: string): Promise<Round> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
    throw new UsageError(`${file}: ${why ?? 'cannot be read'}`);
  }
  try {
    return parseRound(text);
  } catch (error) {
    if (error instanceof RoundError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

async function writeRecordings(dir: string, judged: Judged): Promise<void> {
  const { report, sessions } = judged;
  const withFiles = report.kind === 'solo' ? report.attempts : report.games;
  await Promise.all(
    sessions.map(async (s, i) => {
      const recording = toRecording(s.played.sim, s.played.programs);
      await writeFile(join(dir, s.file), `${JSON.stringify(recording, null, 1)}\n`);
      withFiles[i].recording = s.file;
    }),
  );
}

export async function judgeCommand(opts: JudgeOptions, io: Io): Promise<number> {
  const round = await readRound(opts.round);
  const { entrants, ignored } = await readSubmissions(opts.dir);
  if (opts.recordDir) {
    try {
      await mkdir(opts.recordDir, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create ${opts.recordDir}: ${(error as Error).message}`);
    }
  }
  const runner = createJudgeRunner(round, opts.jobs);
  let judged: Judged;
  try {
    judged =
      round.task.robots === 1
        ? await judgeSolo(round, entrants, ignored, runner, opts.lang)
        : await judgeSumo(round, entrants, ignored, runner, opts.lang);
  } finally {
    await runner.close();
  }
  if (opts.recordDir) {
    try {
      await writeRecordings(opts.recordDir, judged);
    } catch (error) {
      throw new UsageError(`cannot write to ${opts.recordDir}: ${(error as Error).message}`);
    }
  }
  const { report } = judged;
  if (opts.format === 'json') io.out(JSON.stringify(report));
  else if (opts.format === 'csv') io.out(formatJudgeCsv(report));
  else io.out(formatJudgeText(report));
  return 0;
}
