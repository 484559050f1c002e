/**
 * The replay file: everything needed to re-simulate a run or a match and check its result.
 * A replay carries no trajectory: the engine is deterministic (I-2), so the programs, task,
 * seed and params ARE the recording; the final state hash proves the re-run matched.
 */
import { z } from 'zod';
import type { MatchResult } from '../../sim/tasks/types.ts';
import type { Verdict } from '../../sim/types.ts';
import { parseJsonNoProto } from './project.ts';

export const RECORDING_FORMAT = 'qadam-replay';
export const RECORDING_VERSION = 1;

/** Limits that keep a hostile file from exhausting memory. */
const MAX_CODE_CHARS = 200_000;

export const reasonSchema = z.object({
  code: z.string().max(100),
  robot: z.string().max(8).optional(),
  params: z.record(z.string(), z.union([z.string().max(2000), z.number()])).optional(),
});

/** One program as run: what a replay re-runs. */
export const programSchema = z.object({
  name: z.string().max(200),
  code: z.string().max(MAX_CODE_CHARS),
  profile: z.enum(['spike', 'ev3', 'minisumo']),
});

export const recordingSchema = z.object({
  format: z.literal(RECORDING_FORMAT),
  version: z.literal(RECORDING_VERSION),
  task: z.string().max(100),
  seed: z.number().int().min(0).max(0xffffffff),
  params: z.record(z.string().max(50), z.union([z.string().max(100), z.number()])),
  programs: z.array(programSchema).min(1).max(2),
  result: z.object({
    outcome: z.enum(['success', 'fail']),
    winner: z.enum(['A', 'B']).nullable().optional(),
    reasons: z.array(reasonSchema).max(100),
    simTimeMs: z.number(),
    hash: z.string().max(64),
  }),
  /** Which engine made it ('node' or 'browser'), for the record only. */
  engine: z.string().max(40).optional(),
  /**
   * How programs and physics took turns (src/runtime/runner.ts): absent in files made before
   * pipelined lockstep, which re-run as 'strict' so that they still verify.
   */
  lockstep: z.enum(['pipelined', 'strict']).optional(),
});

export type Recording = z.infer<typeof recordingSchema>;
export type RecordedResult = Recording['result'];

/** What a replay file records of a run's result (the same in Node and in the browser). */
export function recordedResult(run: {
  verdict: Verdict;
  match?: MatchResult | null;
  simTimeMs: number;
  hash: string;
}): RecordedResult {
  return {
    outcome: run.verdict.outcome,
    winner: run.match ? run.match.winner : undefined,
    reasons: run.match ? run.match.reasons : run.verdict.reasons,
    simTimeMs: run.simTimeMs,
    hash: run.hash,
  };
}

/** A replayed result against the recorded one: verified only when verdict and hash agree. */
export function compareResults(want: RecordedResult, again: RecordedResult) {
  const sameVerdict =
    again.outcome === want.outcome &&
    (again.winner ?? null) === (want.winner ?? null) &&
    JSON.stringify(again.reasons) === JSON.stringify(want.reasons);
  const sameHash = again.hash === want.hash;
  return { sameVerdict, sameHash, verified: sameVerdict && sameHash };
}

/** Why a replay file is unusable: a code the CLI and the app translate (replay.error.*). */
export type RecordingErrorCode =
  'too_large' | 'not_json' | 'not_replay' | 'newer_version' | 'invalid';

export class RecordingError extends Error {
  constructor(
    message: string,
    readonly code: RecordingErrorCode = 'invalid',
  ) {
    super(message);
    this.name = 'RecordingError';
  }
}

/** Largest replay file read (two programs at their limit, with room for the rest). */
export const MAX_RECORDING_CHARS = 4 * MAX_CODE_CHARS;

/** Parses and validates a replay file's text; throws RecordingError with a one-line reason. */
export function parseRecording(text: string): Recording {
  if (text.length > MAX_RECORDING_CHARS)
    throw new RecordingError('the file is too large', 'too_large');
  let data: unknown;
  try {
    const parsed = parseJsonNoProto(text);
    if (parsed.protoKey) throw new RecordingError('a "__proto__" key', 'invalid');
    data = parsed.data;
  } catch (error) {
    if (error instanceof RecordingError) throw error;
    throw new RecordingError('the file is not valid JSON', 'not_json');
  }
  const record = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || record.format !== RECORDING_FORMAT)
    throw new RecordingError('not a Qadam replay (format)', 'not_replay');
  if (typeof record.version === 'number' && record.version > RECORDING_VERSION)
    throw new RecordingError(`version ${record.version} is newer than this app's`, 'newer_version');
  const parsed = recordingSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    throw new RecordingError(`not a Qadam replay (${where}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}
