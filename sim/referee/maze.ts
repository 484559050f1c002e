/**
 * The maze referee: a pure reducer over world snapshots (DESIGN.md I-6).
 *
 * Two scorings:
 * - 'first-arrival' (school): the run ends when the whole robot is inside the finish cell;
 *   score = that time in seconds.
 * - 'micromouse': the attempt goes on until the program ends or the time runs out, so the
 *   mouse can search, return to the start and make fast runs. A run starts when the robot's
 *   centre leaves the start cell and ends when the whole robot is inside the goal; the best
 *   run is the fastest, its search time the time from the start of the attempt to the start
 *   of that run; score = run time + search time / 30 (seconds).
 *
 * Both count wall touches (rising edges of `touchingWall`) and fail at the time limit, or
 * 1 s after the program ends without reaching the finish (the robot may still roll in).
 */
import type { Decision, ProgramStatus, Referee } from '../tasks/types.ts';
import type { Ms, Reason, RobotSnapshot, WorldSnapshot } from '../types.ts';
import { allPointsInRect, pointInRect, type Rect } from './geometry.ts';

export interface MazeRefereeOptions {
  /** The start cell (its centre leaving it starts a micromouse run). */
  start: Rect;
  /** The finish cell, or the goal block: the whole footprint must be inside. */
  goal: Rect;
  timeLimitMs: Ms;
  scoring: 'first-arrival' | 'micromouse';
}

/** Sim time the robot may still roll after its program ends before the run is judged (ms). */
export const MAZE_SETTLE_MS = 1000;

/** Best micromouse run so far (ms). */
interface BestRun {
  runMs: Ms;
  searchMs: Ms;
}

/** The referee's state between steps (plain data, never mutated). */
export interface MazeState {
  wallTouches: number;
  /** Last step with wall contact (null: none yet). */
  lastContactMs: Ms | null;
  /** Was the robot's centre in the start cell at the previous step? */
  inStart: boolean;
  /** When the current micromouse run left the start cell (null: no run under way). */
  runStartMs: Ms | null;
  best: BestRun | null;
  runs: number;
  /** When the program ended (null while it runs). */
  endedMs: Ms | null;
  final: Decision | null;
}

/**
 * Contact that resumes within this time is the same touch: a robot scraping along a wall
 * makes and breaks contact every few steps, and that is one touch, not hundreds.
 */
export const TOUCH_GAP_MS = 300;

function isNewTouch(state: MazeState, touching: boolean, t: Ms): boolean {
  return touching && (state.lastContactMs === null || t - state.lastContactMs > TOUCH_GAP_MS);
}

type Judgement = { state: MazeState; decision: Decision | null };

/** ms → seconds, kept to the millisecond. */
const seconds = (ms: number): number => Math.round(ms) / 1000;

function finish(state: MazeState, decision: Decision): Judgement {
  return { state: { ...state, final: decision }, decision };
}

function verdict(
  state: MazeState,
  outcome: 'success' | 'fail',
  reasons: Reason[],
  score: number | null,
  t: Ms,
): Decision {
  const touches: Reason[] =
    state.wallTouches > 0
      ? [{ code: 'maze.wall_touches', params: { count: state.wallTouches } }]
      : [];
  return {
    kind: 'final',
    verdict: {
      outcome,
      reasons: [...reasons, ...touches],
      score,
      simTimeMs: t,
      wallTouches: state.wallTouches,
    },
  };
}

/** Micromouse score of a best run (seconds). */
export function micromouseScore(runMs: Ms, searchMs: Ms): number {
  return seconds(runMs + searchMs / 30);
}

/** The micromouse attempt is over: its best run, if any, is the result. */
function micromouseEnd(state: MazeState, t: Ms, failure: Reason): Decision {
  if (!state.best) return verdict(state, 'fail', [failure], null, t);
  const { runMs, searchMs } = state.best;
  const score = micromouseScore(runMs, searchMs);
  const reasons: Reason[] = [
    {
      code: 'maze.micromouse_score',
      params: { run: seconds(runMs), search: seconds(searchMs), score, runs: state.runs },
    },
  ];
  // A program error after a good run is still reported, but the run stands (as on a real
  // field, where a mouse that crashes later keeps its best time).
  if (failure.code !== 'maze.time_up' && failure.code !== 'maze.program_ended') {
    reasons.push(failure);
  }
  return verdict(state, 'success', reasons, score, t);
}

function judgeStep(
  opts: MazeRefereeOptions,
  state: MazeState,
  snap: WorldSnapshot,
  programs: readonly ProgramStatus[],
): Judgement {
  if (state.final) return { state, decision: state.final };
  const robot: RobotSnapshot | undefined = snap.robots[0];
  if (!robot) throw new Error('maze referee: no robot in the snapshot');
  const t = snap.t;
  const program = programs.find((p) => p.id === robot.id) ?? programs[0];
  const micromouse = opts.scoring === 'micromouse';

  let s: MazeState = {
    ...state,
    wallTouches: state.wallTouches + (isNewTouch(state, robot.touchingWall, t) ? 1 : 0),
    lastContactMs: robot.touchingWall ? t : state.lastContactMs,
  };

  const inGoal = allPointsInRect(robot.footprint, opts.goal);
  if (!micromouse && inGoal) {
    const reason: Reason = { code: 'maze.finished', params: { time: seconds(t) } };
    return finish(s, verdict(s, 'success', [reason], seconds(t), t));
  }
  if (micromouse) {
    const inStart = pointInRect(robot.pose, opts.start);
    if (s.inStart && !inStart) s = { ...s, runStartMs: t };
    s = { ...s, inStart };
    if (inGoal && s.runStartMs !== null) {
      const run: BestRun = { runMs: t - s.runStartMs, searchMs: s.runStartMs };
      const better = !s.best || run.runMs < s.best.runMs;
      s = { ...s, runStartMs: null, runs: s.runs + 1, best: better ? run : s.best };
    }
  }

  if (program?.state === 'error') {
    const reason: Reason = program.reason ?? { code: 'program.crashed', params: { detail: '?' } };
    return finish(
      s,
      micromouse ? micromouseEnd(s, t, reason) : verdict(s, 'fail', [reason], null, t),
    );
  }
  if (program?.state === 'ended' && s.endedMs === null) s = { ...s, endedMs: t };
  if (s.endedMs !== null && t - s.endedMs >= MAZE_SETTLE_MS) {
    const reason: Reason = { code: 'maze.program_ended' };
    return finish(
      s,
      micromouse ? micromouseEnd(s, t, reason) : verdict(s, 'fail', [reason], null, t),
    );
  }
  if (t >= opts.timeLimitMs) {
    const reason: Reason = { code: 'maze.time_up', params: { limit: seconds(opts.timeLimitMs) } };
    return finish(
      s,
      micromouse ? micromouseEnd(s, t, reason) : verdict(s, 'fail', [reason], null, t),
    );
  }
  return { state: s, decision: null };
}

/** A fresh maze referee. */
export function mazeReferee(opts: MazeRefereeOptions): Referee<MazeState> {
  return {
    initial: {
      wallTouches: 0,
      lastContactMs: null,
      inStart: true,
      runStartMs: null,
      best: null,
      runs: 0,
      endedMs: null,
      final: null,
    },
    judge: (state, snap, programs) => judgeStep(opts, state, snap, programs),
  };
}
