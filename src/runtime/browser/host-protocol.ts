/**
 * Messages between the app's main thread and its simulation host (a dedicated worker that
 * runs runSession with one Pyodide worker per robot). The host → program-worker messages are
 * in ../protocol.ts; these are the app-facing half of the same protocol.
 */
import type { MatchResult, ProgramStatus, TaskParams } from '../../../sim/tasks/types.ts';
import type { ArenaSpec, RobotProfile, Verdict, WorldSnapshot } from '../../../sim/types.ts';

export interface RunRequest {
  task: string;
  seed: number;
  params: TaskParams;
  programs: { code: string; profile: RobotProfile['id'] }[];
  /** The first program carries block trace calls: report the executing block. */
  traceBlocks?: boolean;
  /** Simulated ms per wall ms: 0.25 … 10. */
  speed: number;
  /** Default: the current mode; a replay file's own when one is watched. */
  lockstep?: 'pipelined' | 'strict';
}

export type MainToHost =
  | { type: 'warm' }
  /** A sign of life is asked for during runs: the host answers `pong` with the same n. */
  | { type: 'ping'; n: number }
  | { type: 'run'; runId: number; request: RunRequest }
  | { type: 'stop'; runId: number }
  | { type: 'speed'; speed: number };

export interface PythonStatus {
  state: 'loading' | 'ready' | 'failed';
  /** 0..100 */
  percent: number;
  detail?: string;
}

export interface RunOutcome {
  verdict: Verdict;
  match?: MatchResult;
  simTimeMs: number;
  hash: string;
  programStatuses: ProgramStatus[];
  /** Worker messages the host rejected during the run (I-7; they changed nothing). */
  rejectedMessages: { robot: string; detail: string }[];
  aborted: boolean;
}

export type HostToMain =
  | { type: 'python'; status: PythonStatus }
  | {
      type: 'started';
      runId: number;
      arena: ArenaSpec;
      robots: { id: string; profile: RobotProfile['id'] }[];
    }
  | { type: 'frame'; runId: number; snapshot: WorldSnapshot; round: number }
  | { type: 'print'; runId: number; robot: string; t: number; text: string }
  | { type: 'block'; runId: number; robot: string; blockId: string }
  | { type: 'done'; runId: number; outcome: RunOutcome }
  | { type: 'failed'; runId: number; message: string }
  /** A message from the main thread the host would not act on (I-7: rejected and reported). */
  | { type: 'rejected'; detail: string }
  | { type: 'pong'; n: number };

const SPEED_MIN = 0.1;
const SPEED_MAX = 10;

/** Clamps a requested speed into the supported range (0.1×–10×). */
export function clampSpeed(speed: unknown): number {
  const value = typeof speed === 'number' && Number.isFinite(speed) ? speed : 1;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, value));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Longest program the host accepts (as the project format: 200 000 characters). */
const MAX_CODE_CHARS = 200_000;

/** Why a run request is unusable, or null. */
function runRequestProblem(r: unknown): string | null {
  if (!isRecord(r)) return 'run request is not an object';
  if (typeof r.task !== 'string' || r.task.length > 100) return 'bad task';
  if (!Number.isInteger(r.seed) || (r.seed as number) < 0 || (r.seed as number) > 0xffffffff)
    return 'bad seed';
  if (!isRecord(r.params)) return 'bad params';
  for (const v of Object.values(r.params)) {
    if (typeof v === 'string' ? v.length > 100 : !(typeof v === 'number' && Number.isFinite(v)))
      return 'bad params';
  }
  if (!Array.isArray(r.programs) || r.programs.length < 1 || r.programs.length > 2)
    return 'bad programs';
  for (const p of r.programs) {
    if (!isRecord(p) || typeof p.code !== 'string' || p.code.length > MAX_CODE_CHARS)
      return 'bad program';
    if (typeof p.profile !== 'string') return 'bad profile';
  }
  if (r.traceBlocks !== undefined && typeof r.traceBlocks !== 'boolean') return 'bad traceBlocks';
  if (typeof r.speed !== 'number') return 'bad speed';
  if (r.lockstep !== undefined && r.lockstep !== 'pipelined' && r.lockstep !== 'strict')
    return 'bad lockstep';
  return null;
}

/** Why a message from the main thread is malformed, or null when it is a MainToHost. */
export function mainToHostProblem(data: unknown): string | null {
  if (!isRecord(data)) return 'message is not an object';
  const runIdOk = Number.isSafeInteger(data.runId);
  switch (data.type) {
    case 'warm':
      return null;
    case 'ping':
      return Number.isSafeInteger(data.n) ? null : 'ping without a number';
    case 'speed':
      return typeof data.speed === 'number' ? null : 'bad speed';
    case 'stop':
      return runIdOk ? null : 'stop without a run id';
    case 'run':
      return runIdOk ? runRequestProblem(data.request) : 'run without a run id';
    default:
      return `unknown message type ${JSON.stringify(String(data.type).slice(0, 40))}`;
  }
}

export function isMainToHost(data: unknown): data is MainToHost {
  return mainToHostProblem(data) === null;
}
