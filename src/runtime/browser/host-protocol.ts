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
}

export type MainToHost =
  | { type: 'warm' }
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
  | { type: 'failed'; runId: number; message: string };

const SPEED_MIN = 0.1;
const SPEED_MAX = 10;

/** Clamps a requested speed into the supported range (0.1×–10×). */
export function clampSpeed(speed: unknown): number {
  const value = typeof speed === 'number' && Number.isFinite(speed) ? speed : 1;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, value));
}

export function isMainToHost(data: unknown): data is MainToHost {
  if (data === null || typeof data !== 'object') return false;
  const m = data as { type?: unknown; runId?: unknown };
  switch (m.type) {
    case 'warm':
      return true;
    case 'speed':
      return true;
    case 'stop':
      return typeof m.runId === 'number';
    case 'run':
      return (
        typeof m.runId === 'number' && typeof (m as { request?: unknown }).request === 'object'
      );
    default:
      return false;
  }
}
