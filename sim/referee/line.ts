/**
 * Line-following referee (pure reducer over snapshots, I-6). The robot must keep to the line:
 * once its centre is farther from the line than LEAVE_DISTANCE (no part of a school robot
 * would then be over it), the attempt ends. Checkpoints are passed in order along the line;
 * the finish is the line's end. Score: time when finished; otherwise the distance covered
 * along the line is reported, for ranking unfinished attempts.
 */
import type { LineTrack } from '../arena/line-track.ts';
import { nearestAlong } from '../arena/line-track.ts';
import type { Decision, ProgramStatus, Referee } from '../tasks/types.ts';
import { attemptEnding, seconds } from './endings.ts';
import type { Ms, Reason, Verdict, WorldSnapshot } from '../types.ts';

/** The robot's centre this far from the line (mm) means it has left it. */
export const LEAVE_DISTANCE = 120;
/** Checkpoints every this many mm along the line. */
export const CHECKPOINT_SPACING = 500;
/** How far along the line (mm) progress may jump in one step: crossings do not teleport. */
const SEARCH_WINDOW = 150;

export interface LineRefereeOptions {
  track: LineTrack;
  timeLimitMs: Ms;
}

export interface LineState {
  /** Distance covered along the line (mm); never decreases. */
  along: number;
  checkpoints: number;
  endedMs: Ms | null;
  final: Decision | null;
}

function finish(
  opts: LineRefereeOptions,
  state: LineState,
  outcome: Verdict['outcome'],
  reasons: Reason[],
  t: Ms,
  score: number | null,
) {
  const total = Math.floor(opts.track.length / CHECKPOINT_SPACING);
  const verdict: Verdict = {
    outcome,
    reasons: [
      ...reasons,
      {
        code: 'line.checkpoints',
        params: { passed: state.checkpoints, total: Math.max(total, state.checkpoints) },
      },
    ],
    score,
    simTimeMs: t,
  };
  const decision: Decision = { kind: 'final', verdict };
  return { state: { ...state, final: decision }, decision };
}

/** Index range of polyline pieces around `along` (the search window). */
function windowOf(track: LineTrack, along: number): [number, number] {
  let from = 1;
  while (from < track.points.length - 1 && track.along[from] < along - SEARCH_WINDOW) from++;
  let to = from;
  while (to < track.points.length - 1 && track.along[to] < along + SEARCH_WINDOW) to++;
  return [from, to];
}

function judge(
  opts: LineRefereeOptions,
  state: LineState,
  snap: WorldSnapshot,
  programs: readonly ProgramStatus[],
): { state: LineState; decision: Decision | null } {
  if (state.final) return { state, decision: state.final };
  const robot = snap.robots[0];
  const t = snap.t;
  const { track } = opts;
  const [from, to] = windowOf(track, state.along);
  const near = nearestAlong(track, robot.pose, from, to);
  const along = Math.max(state.along, near.along);
  let s: LineState = { ...state, along, checkpoints: Math.floor(along / CHECKPOINT_SPACING) };
  const covered = { distance: Math.round(along) };

  if (along >= track.length - 15) {
    return finish(
      opts,
      s,
      'success',
      [{ code: 'line.finished', params: { time: seconds(t) } }],
      t,
      seconds(t),
    );
  }
  if (near.distance > LEAVE_DISTANCE) {
    return finish(opts, s, 'fail', [{ code: 'line.left_line', params: covered }], t, null);
  }
  const end = attemptEnding(programs[0], s.endedMs, t, opts.timeLimitMs);
  s = { ...s, endedMs: end.endedMs };
  if (end.ending?.kind === 'error') {
    return finish(
      opts,
      s,
      'fail',
      [...end.ending.reasons, { code: 'line.progress', params: covered }],
      t,
      null,
    );
  }
  if (end.ending?.kind === 'ended') {
    return finish(opts, s, 'fail', [{ code: 'line.program_ended', params: covered }], t, null);
  }
  if (end.ending?.kind === 'time') {
    const limit = seconds(opts.timeLimitMs);
    return finish(
      opts,
      s,
      'fail',
      [{ code: 'line.time_up', params: { limit, ...covered } }],
      t,
      null,
    );
  }
  return { state: s, decision: null };
}

export function lineReferee(opts: LineRefereeOptions): Referee<LineState> {
  return {
    initial: { along: 0, checkpoints: 0, endedMs: null, final: null },
    judge: (state, snap, programs) => judge(opts, state, snap, programs),
  };
}
