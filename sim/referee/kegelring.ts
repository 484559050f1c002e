/**
 * Kegelring referee (pure reducer over snapshots, I-6). A can is out when no part of it is
 * inside the ring. The attempt ends when every can is out (success, scored by time), at the
 * time limit (scored by cans cleared), or is void when the robot has been wholly outside the
 * ring for more than 5 s.
 */
import type { Decision, ProgramStatus, Referee } from '../tasks/types.ts';
import { attemptEnding, seconds } from './endings.ts';
import type { Ms, Reason, Verdict, WorldSnapshot } from '../types.ts';

export const OUTSIDE_LIMIT_MS = 5000;

export interface KegelringOptions {
  radius: number;
  cans: number;
  timeLimitMs: Ms;
}

export interface KegelringState {
  out: number;
  /** When the robot was last seen with some part inside the ring. */
  lastInsideMs: Ms;
  endedMs: Ms | null;
  final: Decision | null;
}

function done(state: KegelringState, verdict: Verdict) {
  const decision: Decision = { kind: 'final', verdict };
  return { state: { ...state, final: decision }, decision };
}

function judge(
  opts: KegelringOptions,
  state: KegelringState,
  snap: WorldSnapshot,
  programs: readonly ProgramStatus[],
): { state: KegelringState; decision: Decision | null } {
  if (state.final) return { state, decision: state.final };
  const t = snap.t;
  const out = snap.cans.filter(
    (c) => Math.sqrt(c.x * c.x + c.y * c.y) - c.radius > opts.radius,
  ).length;
  const robot = snap.robots[0];
  const inside = robot.footprint.some((p) => p.x * p.x + p.y * p.y <= opts.radius * opts.radius);
  let s: KegelringState = { ...state, out, lastInsideMs: inside ? t : state.lastInsideMs };
  const cleared: Reason = { code: 'kegelring.cleared', params: { out, total: opts.cans } };
  const verdict = (
    outcome: Verdict['outcome'],
    reasons: Reason[],
    score: number | null,
  ): Verdict => ({
    outcome,
    reasons: [...reasons, cleared],
    score,
    simTimeMs: t,
  });

  if (out === opts.cans) {
    return done(
      s,
      verdict('success', [{ code: 'kegelring.all_out', params: { time: seconds(t) } }], seconds(t)),
    );
  }
  if (t - s.lastInsideMs > OUTSIDE_LIMIT_MS) {
    return done(
      s,
      verdict(
        'fail',
        [{ code: 'kegelring.robot_outside', params: { seconds: OUTSIDE_LIMIT_MS / 1000 } }],
        null,
      ),
    );
  }
  const end = attemptEnding(programs[0], s.endedMs, t, opts.timeLimitMs);
  s = { ...s, endedMs: end.endedMs };
  if (end.ending?.kind === 'error') return done(s, verdict('fail', end.ending.reasons, out));
  if (end.ending?.kind === 'ended') {
    return done(s, verdict('fail', [{ code: 'kegelring.program_ended' }], out));
  }
  if (end.ending?.kind === 'time') {
    const limit = seconds(opts.timeLimitMs);
    return done(s, verdict('fail', [{ code: 'kegelring.time_up', params: { limit } }], out));
  }
  return { state: s, decision: null };
}

export function kegelringReferee(opts: KegelringOptions): Referee<KegelringState> {
  return {
    initial: { out: 0, lastInsideMs: 0, endedMs: null, final: null },
    judge: (state, snap, programs) => judge(opts, state, snap, programs),
  };
}
