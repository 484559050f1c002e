/**
 * The referee of a lesson's open-field goal (pure reducer over snapshots, I-6). The attempt is
 * judged when the program has ended and the robot has had a moment to settle, or at the time
 * limit if the robot has stopped by then (a sensor loop that holds the robot still is fine).
 * Leaving the table, or touching a wall when the goal forbids it, fails at once.
 */
import { cos, degToRad, sin } from '../math/dmath.ts';
import { allPointsInRect, pointInRect, type Rect } from '../referee/geometry.ts';
import { attemptEnding, seconds } from '../referee/endings.ts';
import type { Decision, ProgramStatus, Referee } from '../tasks/types.ts';
import type { Ms, Reason, RobotSnapshot, Vec2, Verdict, WorldSnapshot } from '../types.ts';
import type { Field } from './field.ts';
import type { FieldGoal, RouteStep, ZoneCheck } from './types.ts';

/** Below this planar speed (mm/s) the robot counts as stopped at the time limit. */
const STOPPED_SPEED = 10;

export interface GoalState {
  /** Route steps done so far. */
  step: number;
  endedMs: Ms | null;
  final: Decision | null;
}

/** The midpoint of the robot's front edge (mm). */
export function frontPoint(robot: RobotSnapshot): Vec2 {
  const h = degToRad(robot.pose.heading);
  const fx = sin(h);
  const fy = cos(h);
  let reach = 0;
  for (const p of robot.footprint) {
    reach = Math.max(reach, (p.x - robot.pose.x) * fx + (p.y - robot.pose.y) * fy);
  }
  return { x: robot.pose.x + fx * reach, y: robot.pose.y + fy * reach };
}

export function inZone(robot: RobotSnapshot, zone: Rect, at: ZoneCheck = 'centre'): boolean {
  if (at === 'whole') return allPointsInRect(robot.footprint, zone);
  return pointInRect(at === 'front' ? frontPoint(robot) : robot.pose, zone);
}

/** Distance (mm) from a point to a rectangle; 0 inside it. */
function pointRectDistance(p: Vec2, r: Rect): number {
  const dx = Math.max(r.minX - p.x, 0, p.x - r.maxX);
  const dy = Math.max(r.minY - p.y, 0, p.y - r.maxY);
  return Math.sqrt(dx * dx + dy * dy);
}

/** The gap (mm) between the robot's footprint and a wall, rounded to the millimetre. */
export function gapToWall(robot: RobotSnapshot, wall: Rect): number {
  let gap = Infinity;
  for (const p of robot.footprint) gap = Math.min(gap, pointRectDistance(p, wall));
  gap = Math.min(gap, pointRectDistance(frontPoint(robot), wall));
  return Math.round(gap);
}

function stepDone(step: RouteStep, robot: RobotSnapshot, field: Field): boolean {
  if ('touch' in step) return robot.touchingWall || robot.sensors.pressed;
  return inZone(robot, field.zones[step.zone], step.at);
}

function forbidsWallTouch(goal: FieldGoal): boolean {
  return goal.kind === 'stopBefore' || (goal.kind === 'reach' && goal.noWallTouch === true);
}

/** Is the goal met now (the attempt is being judged)? Reasons say why or why not. */
function evaluate(
  goal: FieldGoal,
  field: Field,
  state: GoalState,
  robot: RobotSnapshot,
  t: Ms,
): { ok: boolean; reasons: Reason[] } {
  const time = { time: seconds(t) };
  switch (goal.kind) {
    case 'reach':
      return inZone(robot, field.zones[goal.zone], goal.at)
        ? { ok: true, reasons: [{ code: 'goal.reached', params: time }] }
        : { ok: false, reasons: [{ code: 'goal.not_in_zone' }] };
    case 'stopBefore': {
      const gap = gapToWall(robot, field.walls[goal.wall]);
      const [min, max] = goal.gap;
      if (gap < min)
        return { ok: false, reasons: [{ code: 'goal.too_close', params: { gap, min } }] };
      if (gap > max)
        return { ok: false, reasons: [{ code: 'goal.too_far', params: { gap, max } }] };
      return { ok: true, reasons: [{ code: 'goal.stopped_before', params: { gap, ...time } }] };
    }
    case 'route': {
      const total = goal.steps.length;
      if (state.step < total) {
        return {
          ok: false,
          reasons: [{ code: 'goal.route_incomplete', params: { done: state.step, total } }],
        };
      }
      if (goal.end && !inZone(robot, field.zones[goal.end.zone], goal.end.at)) {
        return { ok: false, reasons: [{ code: 'goal.not_in_zone' }] };
      }
      return { ok: true, reasons: [{ code: 'goal.route_done', params: time }] };
    }
  }
}

function finish(state: GoalState, outcome: Verdict['outcome'], reasons: Reason[], t: Ms) {
  const verdict: Verdict = {
    outcome,
    reasons,
    score: outcome === 'success' ? seconds(t) : null,
    simTimeMs: t,
  };
  const decision: Decision = { kind: 'final', verdict };
  return { state: { ...state, final: decision }, decision };
}

function judge(
  goal: FieldGoal,
  field: Field,
  timeLimitMs: Ms,
  state: GoalState,
  snap: WorldSnapshot,
  programs: readonly ProgramStatus[],
): { state: GoalState; decision: Decision | null } {
  if (state.final) return { state, decision: state.final };
  const robot = snap.robots[0];
  const t = snap.t;
  if (!pointInRect(robot.pose, field.table)) {
    return finish(state, 'fail', [{ code: 'goal.off_table' }], t);
  }
  if (forbidsWallTouch(goal) && robot.touchingWall) {
    return finish(state, 'fail', [{ code: 'goal.touched_wall' }], t);
  }
  let s = state;
  if (goal.kind === 'route') {
    while (s.step < goal.steps.length && stepDone(goal.steps[s.step], robot, field)) {
      s = { ...s, step: s.step + 1 };
    }
  }
  const end = attemptEnding(programs[0], s.endedMs, t, timeLimitMs);
  s = { ...s, endedMs: end.endedMs };
  if (!end.ending) return { state: s, decision: null };
  if (end.ending.kind === 'error') return finish(s, 'fail', end.ending.reasons, t);
  const result = evaluate(goal, field, s, robot, t);
  if (end.ending.kind === 'time') {
    if (result.ok && robot.speed < STOPPED_SPEED) return finish(s, 'success', result.reasons, t);
    const why = result.ok ? [{ code: 'goal.still_moving' }] : result.reasons;
    return finish(
      s,
      'fail',
      [{ code: 'goal.time_up', params: { limit: seconds(timeLimitMs) } }, ...why],
      t,
    );
  }
  return finish(s, result.ok ? 'success' : 'fail', result.reasons, t);
}

export function fieldGoalReferee(
  goal: FieldGoal,
  field: Field,
  timeLimitMs: Ms,
): Referee<GoalState> {
  return {
    initial: { step: 0, endedMs: null, final: null },
    judge: (state, snap, programs) => judge(goal, field, timeLimitMs, state, snap, programs),
  };
}
