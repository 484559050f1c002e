/**
 * Tasks and referees as data and pure functions (DESIGN.md I-6).
 *
 * A task turns (seed, params) into a setup: the arena, where each robot starts, the time limit
 * and a referee. A referee is a pure reducer over world snapshots: the same snapshots give the
 * same decisions in the CLI, the app and the tests.
 */
import type {
  ArenaSpec,
  Ms,
  Pose2,
  Reason,
  RobotProfile,
  Verdict,
  WorldSnapshot,
} from '../types.ts';

/** One parameter a task accepts (`--param key=value` on the command line). */
export interface ParamSpec {
  key: string;
  type: 'int' | 'number' | 'enum';
  default: string | number;
  choices?: readonly string[];
  min?: number;
  max?: number;
  /** English one-liner for `qadam tasks`; the UI translates by key. */
  description: string;
}

export type TaskParams = Record<string, string | number>;

/** Thrown for an unknown parameter or a bad value: the CLI exits 2 with this message. */
export class TaskParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskParamError';
  }
}

/** What the runtime tells the referee about the programs at each step. */
export interface ProgramStatus {
  /** Robot slot id ('A', 'B'). */
  id: string;
  state: 'running' | 'ended' | 'error';
  /** For 'error': the reason the runtime gives (exception type, message, line; or a runaway). */
  reason?: Reason;
}

/** Result of one sumo round (or one run of a single-robot task). */
export interface RoundResult {
  winner: 'A' | 'B' | null;
  reason: Reason;
  simTimeMs: Ms;
  /** A false start restart does not count as a round. */
  counted: boolean;
}

/** Result of a two-robot match. */
export interface MatchResult {
  winner: 'A' | 'B' | null;
  points: { A: number; B: number };
  rounds: RoundResult[];
  reasons: Reason[];
}

export type Decision =
  /** The run (or match) is over. */
  | { kind: 'final'; verdict: Verdict; match?: MatchResult }
  /**
   * Sumo: the round is over (or a false start was called). The runner rebuilds the world with
   * robots on their start poses, restarts both programs and keeps feeding the same referee
   * state; snapshot time `t` starts again from 0 in the new round.
   */
  | { kind: 'restart'; round: RoundResult };

export interface Referee<S = unknown> {
  initial: S;
  /** Called after every physics step. Pure: no mutation of `state`, no clock, no randomness. */
  judge(
    state: S,
    snap: WorldSnapshot,
    programs: readonly ProgramStatus[],
  ): {
    state: S;
    decision: Decision | null;
  };
}

export interface TaskSetup {
  arena: ArenaSpec;
  /** Start pose of each robot slot, in robot order. */
  starts: Pose2[];
  /** Overall limit of the run (maze) or the match clock (sumo). */
  timeLimitMs: Ms;
  referee: Referee;
  /** Profile used when the caller does not choose one. */
  defaultProfile: RobotProfile['id'];
  /** Params after defaults and validation (what `--json` reports). */
  params: TaskParams;
}

export interface TaskDef {
  id: string;
  /** How many programs the task takes: 1 for `qadam run`, 2 for `qadam match`. */
  robots: 1 | 2;
  params: readonly ParamSpec[];
  /** English one-liner for `qadam tasks`. */
  description: string;
  /** Validates `params` (unknown key or bad value → TaskParamError) and builds the setup. */
  create(seed: number, params: TaskParams): TaskSetup;
}
