import { describe, expect, it } from 'vitest';
import { mazeReferee, micromouseScore, type MazeState } from '../../../sim/referee/maze.ts';
import type { Decision, ProgramStatus, Referee } from '../../../sim/tasks/types.ts';
import type { WorldSnapshot } from '../../../sim/types.ts';
import { robot, running, snapshot } from '../../helpers/snapshots.ts';

// A 2×1 corridor-like layout in plain rects: start cell west, goal cell east (300 mm cells).
const START = { minX: 0, maxX: 300, minY: 0, maxY: 300 };
const GOAL = { minX: 900, maxX: 1200, minY: 0, maxY: 300 };

function school(timeLimitMs = 300_000) {
  return mazeReferee({ start: START, goal: GOAL, timeLimitMs, scoring: 'first-arrival' });
}
function micromouse(timeLimitMs = 600_000) {
  return mazeReferee({ start: START, goal: GOAL, timeLimitMs, scoring: 'micromouse' });
}

/** Feeds (t, x, touching?, program) steps; returns the first decision and the state. */
function play(
  referee: Referee<MazeState>,
  steps: { t: number; x: number; touching?: boolean; program?: ProgramStatus['state'] }[],
): { decision: Decision | null; state: MazeState } {
  let state = referee.initial;
  for (const step of steps) {
    const snap: WorldSnapshot = snapshot(step.t, [
      robot({ x: step.x, y: 150, heading: 90, touchingWall: step.touching }),
    ]);
    const programs: ProgramStatus[] = step.program
      ? [{ id: 'A', state: step.program }]
      : running('A');
    const out = referee.judge(state, snap, programs);
    state = out.state;
    if (out.decision) return { decision: out.decision, state };
  }
  return { decision: null, state };
}

function verdictOf(decision: Decision | null) {
  if (!decision || decision.kind !== 'final') throw new Error('expected a final decision');
  return decision.verdict;
}

describe('maze referee (school: first arrival)', () => {
  it('a robot wholly inside the finish cell succeeds, score = time in seconds', () => {
    const { decision } = play(school(), [
      { t: 5, x: 150 },
      { t: 4000, x: 900 }, // straddling the boundary: not yet
      { t: 4500, x: 1000 },
    ]);
    const v = verdictOf(decision);
    expect(v.outcome).toBe('success');
    expect(v.score).toBe(4.5);
    expect(v.reasons[0]).toEqual({ code: 'maze.finished', params: { time: 4.5 } });
  });

  it('part of the robot still outside the cell is not a finish', () => {
    const { decision } = play(school(), [{ t: 5, x: 920 }]);
    expect(decision).toBeNull();
  });

  it('fails at the time limit', () => {
    const { decision } = play(school(10_000), [
      { t: 5, x: 150 },
      { t: 9995, x: 500 },
      { t: 10_000, x: 500 },
    ]);
    const v = verdictOf(decision);
    expect(v.outcome).toBe('fail');
    expect(v.reasons[0]).toEqual({ code: 'maze.time_up', params: { limit: 10 } });
    expect(v.simTimeMs).toBe(10_000);
  });

  it('counts wall touches; contact that flickers within 300 ms is one touch', () => {
    const { decision, state } = play(school(), [
      { t: 5, x: 150, touching: true },
      { t: 10, x: 150, touching: true },
      { t: 15, x: 150 },
      { t: 20, x: 150, touching: true },
      { t: 25, x: 150 },
      { t: 400, x: 150, touching: true },
      { t: 405, x: 150 },
      { t: 900, x: 150, touching: true },
      { t: 905, x: 1050 },
    ]);
    expect(state.wallTouches).toBe(3);
    const v = verdictOf(decision);
    expect(v.wallTouches).toBe(3);
    expect(v.reasons).toContainEqual({ code: 'maze.wall_touches', params: { count: 3 } });
  });

  it('program ended without reaching the finish → fail 1 s later; rolling in still counts', () => {
    const ended = play(school(), [
      { t: 5, x: 150 },
      { t: 100, x: 300, program: 'ended' },
      { t: 1095, x: 300, program: 'ended' },
      { t: 1100, x: 300, program: 'ended' },
    ]);
    expect(verdictOf(ended.decision).outcome).toBe('fail');
    expect(verdictOf(ended.decision).reasons[0]).toEqual({ code: 'maze.program_ended' });
    expect(verdictOf(ended.decision).simTimeMs).toBe(1100);

    const rolled = play(school(), [
      { t: 100, x: 880, program: 'ended' },
      { t: 600, x: 1000, program: 'ended' },
    ]);
    expect(verdictOf(rolled.decision).outcome).toBe('success');
  });

  it('program error → fail with the program’s reason', () => {
    const referee = school();
    const reason = {
      code: 'program.exception',
      params: { type: 'NameError', line: 3, message: 'x' },
    };
    const out = referee.judge(referee.initial, snapshot(50, [robot({ x: 150, y: 150 })]), [
      { id: 'A', state: 'error', reason },
    ]);
    const v = verdictOf(out.decision);
    expect(v.outcome).toBe('fail');
    expect(v.reasons[0]).toEqual(reason);
  });
});

describe('maze referee (micromouse)', () => {
  it('score = best run time + search time / 30', () => {
    expect(micromouseScore(10_000, 60_000)).toBe(12);
    // Run 1: leaves the start at 2 s, in the goal at 22 s (20 s). Back at the start at 40 s.
    // Run 2: leaves at 45 s, goal at 51 s (6 s) — the best; search time 45 s.
    const { decision } = play(micromouse(), [
      { t: 5, x: 150 },
      { t: 2000, x: 350 },
      { t: 22_000, x: 1050 },
      { t: 30_000, x: 700 },
      { t: 40_000, x: 150 },
      { t: 45_000, x: 320 },
      { t: 51_000, x: 1050, program: 'ended' },
      { t: 52_000, x: 1050, program: 'ended' },
    ]);
    const v = verdictOf(decision);
    expect(v.outcome).toBe('success');
    expect(v.score).toBe(7.5);
    expect(v.reasons[0]).toEqual({
      code: 'maze.micromouse_score',
      params: { run: 6, search: 45, score: 7.5, runs: 2 },
    });
  });

  it('the attempt goes on after the first arrival, until the time limit', () => {
    const { decision } = play(micromouse(60_000), [
      { t: 5, x: 150 },
      { t: 1000, x: 350 },
      { t: 11_000, x: 1050 },
      { t: 30_000, x: 1050 },
      { t: 60_000, x: 1050 },
    ]);
    const v = verdictOf(decision);
    expect(v.outcome).toBe('success');
    expect(v.simTimeMs).toBe(60_000);
    expect(v.score).toBeCloseTo(10 + 1 / 30, 3);
  });

  it('no run reaching the goal → fail (time up or program ended)', () => {
    const late = play(micromouse(20_000), [
      { t: 5, x: 150 },
      { t: 1000, x: 500 },
      { t: 20_000, x: 500 },
    ]);
    expect(verdictOf(late.decision).outcome).toBe('fail');
    expect(verdictOf(late.decision).reasons[0].code).toBe('maze.time_up');
    const ended = play(micromouse(), [
      { t: 5, x: 150, program: 'ended' },
      { t: 1005, x: 150, program: 'ended' },
    ]);
    expect(verdictOf(ended.decision).reasons[0].code).toBe('maze.program_ended');
  });

  it('entering the goal without leaving the start cell first is not a run', () => {
    // Starting already outside the start cell (no departure seen): no run is timed.
    const referee = micromouse(10_000);
    let state = { ...referee.initial, inStart: false };
    for (const [t, x] of [
      [5, 500],
      [1000, 1050],
      [10_000, 1050],
    ]) {
      const out = referee.judge(
        state,
        snapshot(t, [robot({ x, y: 150, heading: 90 })]),
        running('A'),
      );
      state = out.state;
      if (out.decision) expect(verdictOf(out.decision).outcome).toBe('fail');
    }
    expect(state.runs).toBe(0);
  });
});
