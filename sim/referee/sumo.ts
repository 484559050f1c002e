/**
 * The sumo referee: a pure reducer over world snapshots (DESIGN.md I-6).
 *
 * A match is rounds of up to 3 minutes in total (the match clock is the sum of the round
 * times; a practice round may set a shorter clock); the first robot to 2 points wins. Each round starts with a 5 s start delay: a robot
 * that moves before it has made a false start (the first restarts the round with a warning,
 * the second loses the round). A robot is out when any corner of its footprint is past the
 * ring's outer edge; both out in the same step is a drawn round. Drawn rounds do not end the
 * match: it goes on until someone has 2 points or the clock runs out.
 */
import { RING_CENTRE, type SumoRing } from '../arena/sumo.ts';
import type { Decision, MatchResult, ProgramStatus, Referee, RoundResult } from '../tasks/types.ts';
import type { Ms, Reason, RobotSnapshot, Vec2, WorldSnapshot } from '../types.ts';
import { anyPointOutsideCircle, distanceSq } from './geometry.ts';

type Slot = 'A' | 'B';
const SLOTS: readonly Slot[] = ['A', 'B'];

/** Rule constants (ms, mm, mm/s). */
export const SUMO_RULES = {
  startDelayMs: 5000,
  matchMs: 180_000,
  pointsToWin: 2,
  /**
   * Planar speed above which a robot counts as moving during the start delay. NB: robots
   * settling onto the floor in the first steps show ~15–20 mm/s; a robot really starting
   * passes 50 mm/s within a few steps, and the 5 mm displacement catches slow creepers.
   */
  falseStartSpeed: 50,
  /** Displacement from the start pose that counts as moving during the start delay. */
  falseStartDisplacement: 5,
  /** No robot moved more than this for `noProgressMs`: the round ends. */
  noProgressDisplacement: 10,
  noProgressMs: 5000,
  /** Both programs ended: let the robots roll this long, then settle the round. */
  endedSettleMs: 1000,
  /** The floor is flat; a robot this far below it has fallen off something. */
  fallenZ: -20,
} as const;

interface RoundState {
  /** Poses at the first snapshot of the round: the false-start reference. */
  startPos: Record<Slot, Vec2>;
  /** No-progress watch: positions when something last moved, and when. */
  anchorPos: Record<Slot, Vec2> | null;
  anchorT: Ms;
  /** Time at which both programs had ended (null while one still runs). */
  bothEndedT: Ms | null;
}

/** The referee's state between steps (plain data, never mutated). */
export interface SumoState {
  /** Length of the match clock (ms): the rules' 3 minutes unless a practice round sets one. */
  matchMs: Ms;
  points: Record<Slot, number>;
  rounds: RoundResult[];
  /** Sum of the finished counted rounds' times (ms). */
  clockMs: Ms;
  /** False starts in the current round. */
  falseStarts: Record<Slot, number>;
  /** Null until the first snapshot of a round arrives. */
  round: RoundState | null;
  /** Set once the match is over; later calls return it again. */
  final: Decision | null;
}

type Judgement = { state: SumoState; decision: Decision | null };

const other = (slot: Slot): Slot => (slot === 'A' ? 'B' : 'A');

function robotOf(snap: WorldSnapshot, slot: Slot): RobotSnapshot {
  const robot = snap.robots.find((r) => r.id === slot);
  if (!robot) throw new Error(`sumo referee: robot ${slot} missing from the snapshot`);
  return robot;
}

function positions(snap: WorldSnapshot): Record<Slot, Vec2> {
  const a = robotOf(snap, 'A').pose;
  const b = robotOf(snap, 'B').pose;
  return { A: { x: a.x, y: a.y }, B: { x: b.x, y: b.y } };
}

function isOut(robot: RobotSnapshot, ring: SumoRing): boolean {
  return (
    anyPointOutsideCircle(robot.footprint, RING_CENTRE, ring.radius) ||
    robot.lowestZ < SUMO_RULES.fallenZ
  );
}

/**
 * The ring's tie rule at this snapshot: the robot whose centre is nearer the ring centre
 * (school), or nobody (international rules, or equal distances within 1 mm).
 */
function tieWinner(snap: WorldSnapshot, ring: SumoRing): Slot | null {
  if (ring.tieRule === 'draw') return null;
  const dA = Math.sqrt(distanceSq(robotOf(snap, 'A').pose, RING_CENTRE));
  const dB = Math.sqrt(distanceSq(robotOf(snap, 'B').pose, RING_CENTRE));
  if (Math.abs(dA - dB) < 1) return null;
  return dA < dB ? 'A' : 'B';
}

function programReason(slot: Slot, status: ProgramStatus): Reason {
  const params: Record<string, string | number> = { ...(status.reason?.params ?? {}) };
  if (status.reason) params.error = status.reason.code;
  return { code: 'sumo.program_error', robot: slot, params };
}

function finalDecision(
  state: SumoState,
  winner: Slot | null,
  reasons: Reason[],
  totalMs: Ms,
): Judgement {
  const match: MatchResult = { winner, points: { ...state.points }, rounds: state.rounds, reasons };
  const decision: Decision = {
    kind: 'final',
    // The verdict speaks for robot A (the student's program); the match result has the truth.
    verdict: {
      outcome: winner === 'A' ? 'success' : 'fail',
      reasons,
      score: null,
      simTimeMs: totalMs,
    },
    match,
  };
  return { state: { ...state, round: null, final: decision }, decision };
}

/** The clock ran out: the leader on points, else the ring's tie rule at this snapshot. */
function timeUpResult(
  state: SumoState,
  snap: WorldSnapshot,
  ring: SumoRing,
): { winner: Slot | null; reason: Reason } {
  const { A, B } = state.points;
  if (A !== B) {
    const leader: Slot = A > B ? 'A' : 'B';
    return { winner: leader, reason: { code: 'sumo.time_up_leader', robot: leader } };
  }
  const nearer = tieWinner(snap, ring);
  return nearer
    ? { winner: nearer, reason: { code: 'sumo.time_up_nearer_centre', robot: nearer } }
    : { winner: null, reason: { code: 'sumo.time_up_draw' } };
}

function timeUp(state: SumoState, snap: WorldSnapshot, ring: SumoRing, totalMs: Ms): Judgement {
  const { winner, reason } = timeUpResult(state, snap, ring);
  return finalDecision(state, winner, [reason], totalMs);
}

/** A counted round is over: score it, then restart or end the match. */
function endRound(
  state: SumoState,
  snap: WorldSnapshot,
  ring: SumoRing,
  winner: Slot | null,
  reason: Reason,
): Judgement {
  const round: RoundResult = { winner, reason, simTimeMs: snap.t, counted: true };
  const points = { ...state.points };
  if (winner) points[winner] += 1;
  const next: SumoState = {
    ...state,
    points,
    rounds: [...state.rounds, round],
    clockMs: state.clockMs + snap.t,
    falseStarts: { A: 0, B: 0 },
    round: null,
  };
  if (winner && points[winner] >= SUMO_RULES.pointsToWin) {
    const reasons: Reason[] = [
      { code: 'sumo.points_won', robot: winner, params: { a: points.A, b: points.B } },
    ];
    return finalDecision(next, winner, reasons, next.clockMs);
  }
  if (next.clockMs >= next.matchMs) return timeUp(next, snap, ring, next.clockMs);
  return { state: next, decision: { kind: 'restart', round } };
}

/** During the start delay: who has moved? Returns the movers (possibly none). */
function falseStarters(snap: WorldSnapshot, round: RoundState): Slot[] {
  return SLOTS.filter((slot) => {
    const robot = robotOf(snap, slot);
    const limit = SUMO_RULES.falseStartDisplacement;
    return (
      robot.speed > SUMO_RULES.falseStartSpeed ||
      distanceSq(robot.pose, round.startPos[slot]) > limit * limit
    );
  });
}

function judgeFalseStart(
  state: SumoState,
  snap: WorldSnapshot,
  ring: SumoRing,
  movers: Slot[],
): Judgement {
  const counts = { ...state.falseStarts };
  for (const slot of movers) counts[slot] += 1;
  const losers = movers.filter((slot) => counts[slot] >= 2);
  const withCounts = { ...state, falseStarts: counts };
  if (losers.length === 2) {
    return endRound(withCounts, snap, ring, null, {
      code: 'sumo.false_start_second',
      robot: 'A,B',
    });
  }
  if (losers.length === 1) {
    const loser = losers[0];
    return endRound(withCounts, snap, ring, other(loser), {
      code: 'sumo.false_start_second',
      robot: loser,
    });
  }
  // A warning: the round restarts and does not count; the match clock stops meanwhile, as a
  // referee's would.
  const round: RoundResult = {
    winner: null,
    reason: { code: 'sumo.false_start', robot: movers.join(',') },
    simTimeMs: snap.t,
    counted: false,
  };
  return {
    state: { ...withCounts, rounds: [...state.rounds, round], round: null },
    decision: { kind: 'restart', round },
  };
}

/** No robot has moved more than a few mm for 5 s (counted after the start delay). */
function watchProgress(round: RoundState, snap: WorldSnapshot): RoundState {
  if (snap.t < SUMO_RULES.startDelayMs) return round;
  const now = positions(snap);
  const limit = SUMO_RULES.noProgressDisplacement;
  const moved =
    round.anchorPos === null ||
    SLOTS.some((slot) => distanceSq(now[slot], round.anchorPos![slot]) > limit * limit);
  return moved ? { ...round, anchorPos: now, anchorT: snap.t } : round;
}

/**
 * Both programs failed in the same round. Restarting would fail again at once, round after
 * round (a syntax error fails every time), so the match ends: leader on points, else a draw.
 */
function bothProgramsFailed(
  state: SumoState,
  snap: WorldSnapshot,
  programs: readonly ProgramStatus[],
): Judgement {
  const reasons = SLOTS.map((slot) =>
    programReason(
      slot,
      programs.find((p) => p.id === slot)!,
    ),
  );
  const drawn: RoundResult = {
    winner: null,
    reason: { code: 'sumo.draw', params: { cause: 'both_program_error' } },
    simTimeMs: snap.t,
    counted: true,
  };
  const ended = { ...state, rounds: [...state.rounds, drawn], clockMs: state.clockMs + snap.t };
  const { A, B } = state.points;
  const leader: Slot | null = A === B ? null : A > B ? 'A' : 'B';
  return finalDecision(ended, leader, reasons, ended.clockMs);
}

/** One step of the sumo rules; see the module comment. */
function judgeStep(
  ring: SumoRing,
  state: SumoState,
  snap: WorldSnapshot,
  programs: readonly ProgramStatus[],
): Judgement {
  if (state.final) return { state, decision: state.final };
  const t = snap.t;
  let round: RoundState = state.round ?? {
    startPos: positions(snap),
    anchorPos: null,
    anchorT: 0,
    bothEndedT: null,
  };
  const status = (slot: Slot) => programs.find((p) => p.id === slot);

  // A program error loses the round for that robot.
  const errors = SLOTS.filter((slot) => status(slot)?.state === 'error');
  if (errors.length === 2) return bothProgramsFailed(state, snap, programs);
  if (errors.length === 1) {
    const loser = errors[0];
    return endRound(state, snap, ring, other(loser), programReason(loser, status(loser)!));
  }

  if (t < SUMO_RULES.startDelayMs) {
    const movers = falseStarters(snap, round);
    if (movers.length > 0) return judgeFalseStart(state, snap, ring, movers);
  }

  const outA = isOut(robotOf(snap, 'A'), ring);
  const outB = isOut(robotOf(snap, 'B'), ring);
  if (outA && outB) return endRound(state, snap, ring, null, { code: 'sumo.both_out' });
  if (outA || outB) {
    const loser: Slot = outA ? 'A' : 'B';
    return endRound(state, snap, ring, other(loser), { code: 'sumo.out_of_ring', robot: loser });
  }

  if (state.clockMs + t >= state.matchMs) {
    // The round in progress is cut short; it is recorded with the match's reason and no
    // point (the time-up rule decides the match, not the round).
    const { winner, reason } = timeUpResult(state, snap, ring);
    const cut: RoundResult = { winner: null, reason, simTimeMs: t, counted: true };
    const ended = { ...state, rounds: [...state.rounds, cut], clockMs: state.clockMs + t };
    return finalDecision(ended, winner, [reason], ended.clockMs);
  }

  // Both idle → the ring profile's rule: a draw on the international rings; on the school
  // ring the robot nearer the centre wins the round (as at time-up).
  round = watchProgress(round, snap);
  if (round.anchorPos !== null && t - round.anchorT >= SUMO_RULES.noProgressMs) {
    const winner = tieWinner(snap, ring);
    const reason: Reason = winner
      ? { code: 'sumo.no_progress', robot: winner, params: { rule: 'nearer_centre' } }
      : { code: 'sumo.no_progress' };
    return endRound(state, snap, ring, winner, reason);
  }

  // Both programs over: nothing more will happen once the robots have rolled to a stop, so
  // settle the round as a no-progress round instead of waiting out 5 idle seconds.
  const bothEnded = SLOTS.every((slot) => status(slot)?.state === 'ended');
  if (bothEnded && round.bothEndedT === null) round = { ...round, bothEndedT: t };
  if (
    round.bothEndedT !== null &&
    t >= SUMO_RULES.startDelayMs &&
    t - round.bothEndedT >= SUMO_RULES.endedSettleMs
  ) {
    const winner = tieWinner(snap, ring);
    const reason: Reason = {
      code: 'sumo.no_progress',
      ...(winner ? { robot: winner } : {}),
      params: { rule: winner ? 'nearer_centre' : 'draw', cause: 'programs_ended' },
    };
    return endRound(state, snap, ring, winner, reason);
  }

  return { state: { ...state, round }, decision: null };
}

/** A fresh sumo referee for one match on `ring`, with a match clock of `matchMs`. */
export function sumoReferee(ring: SumoRing, matchMs: Ms = SUMO_RULES.matchMs): Referee<SumoState> {
  return {
    initial: {
      matchMs,
      points: { A: 0, B: 0 },
      rounds: [],
      clockMs: 0,
      falseStarts: { A: 0, B: 0 },
      round: null,
      final: null,
    },
    judge: (state, snap, programs) => judgeStep(ring, state, snap, programs),
  };
}
