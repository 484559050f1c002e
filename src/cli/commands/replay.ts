/**
 * `qadam replay <FILE>`: re-simulates a recording. Exit 0 only when the verdict and the final
 * state hash are identical to the recorded ones; 3 when they differ (the file is readable but
 * does not verify); 2 when the file is unusable.
 */
import { readFile } from 'node:fs/promises';
import {
  compareResults,
  parseRecording,
  RecordingError,
  type Recording,
} from '../../storage/recording.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { UsageError, type CommonOptions } from '../args.ts';
import type { Io } from '../main.ts';
import { simulate } from '../simulate.ts';
import { toRecording } from './run.ts';
import { resolveAnyTask } from '../tasks-resolve.ts';

async function readRecording(file: string, lang: Lang): Promise<Recording> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'cannot be read')}`,
    );
  }
  try {
    return parseRecording(text);
  } catch (error) {
    if (error instanceof RecordingError)
      throw new UsageError(`${file}: ${t(lang, `replay.error.${error.code}`)} (${error.message})`);
    throw error;
  }
}

export async function replayCommand(file: string, opts: CommonOptions, io: Io): Promise<number> {
  const recording = await readRecording(file, opts.lang);
  const task = await resolveAnyTask(recording.task);
  if (!task) throw new UsageError(`${file}: unknown task "${recording.task}"`);
  const sim = await simulate({
    task,
    seed: recording.seed,
    params: recording.params,
    programs: recording.programs.map((p) => ({ code: p.code, profile: p.profile })),
    lockstep: recording.lockstep ?? 'strict',
  });
  const again = toRecording(
    sim,
    recording.programs.map((p) => ({ name: p.name, code: p.code })),
  ).result;
  const want = recording.result;
  const { sameVerdict, sameHash, verified } = compareResults(want, again);
  if (opts.json) {
    io.out(JSON.stringify({ verified, sameVerdict, sameHash, recorded: want, replayed: again }));
  } else {
    io.out(
      verified
        ? `verified: same verdict (${again.outcome}) and same final state (${again.hash})`
        : `NOT verified: ${sameVerdict ? 'same verdict' : `verdict ${want.outcome} → ${again.outcome}`}, ${
            sameHash ? 'same hash' : `hash ${want.hash} → ${again.hash}`
          }`,
    );
  }
  return verified ? 0 : 3;
}
