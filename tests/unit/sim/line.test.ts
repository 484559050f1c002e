import { describe, expect, it } from 'vitest';
import {
  LINE_TRACK_IDS,
  MIN_RADIUS,
  lineTrackFromSeed,
  nearestAlong,
} from '../../../sim/arena/line-track.ts';
import { lineReferee, LEAVE_DISTANCE } from '../../../sim/referee/line.ts';
import { getTask } from '../../../sim/tasks/index.ts';
import type { ProgramStatus } from '../../../sim/tasks/types.ts';
import type { Vec2 } from '../../../sim/types.ts';
import { robot, snapshot } from '../../helpers/snapshots.ts';

const RUNNING: ProgramStatus[] = [{ id: 'A', state: 'running' }];

/** Radius of the circle through three points (Infinity when they are in a line). */
function circumradius(a: Vec2, b: Vec2, c: Vec2): number {
  const ab = Math.hypot(b.x - a.x, b.y - a.y);
  const bc = Math.hypot(c.x - b.x, c.y - b.y);
  const ca = Math.hypot(a.x - c.x, a.y - c.y);
  const cross = Math.abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  return cross < 1e-9 ? Infinity : (ab * bc * ca) / (2 * cross);
}

function segmentsCross(a: Vec2, b: Vec2, c: Vec2, d: Vec2): boolean {
  const o = (p: Vec2, q: Vec2, r: Vec2) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

describe('line tracks', () => {
  it('are continuous lines starting under the robot, with no curve under 150 mm radius', () => {
    for (const id of LINE_TRACK_IDS) {
      for (let seed = 1; seed <= 30; seed++) {
        const track = lineTrackFromSeed(id, seed);
        expect(nearestAlong(track, track.start).distance).toBeLessThan(1);
        for (let i = 1; i < track.points.length; i++) {
          const gap = Math.hypot(
            track.points[i].x - track.points[i - 1].x,
            track.points[i].y - track.points[i - 1].y,
          );
          expect(gap).toBeLessThan(200);
          // Curves are drawn in short pieces: three close points on a curve give its radius.
          if (id !== 'corners' && i >= 2 && gap < 40) {
            const r = circumradius(track.points[i - 2], track.points[i - 1], track.points[i]);
            expect(r, `${id} seed ${seed} point ${i}`).toBeGreaterThan(MIN_RADIUS - 1);
          }
        }
      }
    }
  });

  it('vary with the seed, and the figure-eight crosses itself', () => {
    const a = lineTrackFromSeed('oval', 1);
    const b = lineTrackFromSeed('oval', 2);
    expect(a.length).not.toBe(b.length);
    expect(lineTrackFromSeed('oval', 1)).toEqual(a);
    const eight = lineTrackFromSeed('eight', 4).points;
    let crossings = 0;
    for (let i = 1; i < eight.length; i++) {
      for (let j = i + 2; j < eight.length; j++) {
        if (segmentsCross(eight[i - 1], eight[i], eight[j - 1], eight[j])) crossings++;
      }
    }
    expect(crossings).toBe(1);
  });

  it('the line task lays the track as a 20 mm black path', () => {
    const setup = getTask('line')!.create(3, { track: 'curves' });
    const path = setup.arena.floor.find((s) => s.kind === 'path');
    expect(path).toMatchObject({ kind: 'path', width: 20, rgb: [20, 20, 20] });
    expect(setup.starts[0]).toEqual({ x: 0, y: 0, heading: 0 });
  });
});

describe('line referee', () => {
  const track = lineTrackFromSeed('oval', 1);
  const referee = lineReferee({ track, timeLimitMs: 60_000 });

  function play(points: { t: number; p: Vec2; programs?: ProgramStatus[] }[]) {
    let state = referee.initial;
    for (const step of points) {
      const judged = referee.judge(
        state,
        snapshot(step.t, [robot({ x: step.p.x, y: step.p.y })]),
        step.programs ?? RUNNING,
      );
      state = judged.state;
      if (judged.decision) return { state, decision: judged.decision };
    }
    return { state, decision: null };
  }

  it('a robot that keeps to the line finishes, scored by time, passing every checkpoint', () => {
    const path = track.points.map((p, i) => ({ t: (i + 1) * 100, p }));
    const { decision } = play(path);
    expect(decision?.kind).toBe('final');
    if (decision?.kind !== 'final') return;
    expect(decision.verdict.outcome).toBe('success');
    expect(decision.verdict.reasons[0].code).toBe('line.finished');
    // Finished at the last point, or at the one before when it lies within 15 mm of the end.
    expect(decision.verdict.score).toBeGreaterThanOrEqual((track.points.length - 1) / 10);
    expect(decision.verdict.score).toBeLessThanOrEqual(track.points.length / 10);
    const total = Math.floor(track.length / 500);
    expect(decision.verdict.reasons).toContainEqual({
      code: 'line.checkpoints',
      params: { passed: total, total },
    });
  });

  it('leaving the line ends the attempt, with the distance covered', () => {
    const along = track.points.slice(0, 40).map((p, i) => ({ t: (i + 1) * 100, p }));
    const last = along[along.length - 1];
    // Step sideways, across the line's direction, a little farther than allowed.
    const prev = track.points[38];
    const len = Math.hypot(last.p.x - prev.x, last.p.y - prev.y);
    const side = { x: (last.p.y - prev.y) / len, y: -(last.p.x - prev.x) / len };
    const off = LEAVE_DISTANCE + 30;
    const away = { t: last.t + 100, p: { x: last.p.x + side.x * off, y: last.p.y + side.y * off } };
    const { decision, state } = play([...along, away]);
    expect(decision?.kind === 'final' && decision.verdict.outcome).toBe('fail');
    if (decision?.kind !== 'final') return;
    expect(decision.verdict.reasons[0]).toEqual({
      code: 'line.left_line',
      params: { distance: Math.round(state.along) },
    });
    expect(state.along).toBeGreaterThan(400);
  });

  it('time up and program end are failures that report the distance', () => {
    const timeUp = play([
      { t: 5, p: track.points[0] },
      { t: 60_000, p: track.points[3] },
    ]);
    expect(timeUp.decision?.kind === 'final' && timeUp.decision.verdict.reasons[0].code).toBe(
      'line.time_up',
    );
    const ended: ProgramStatus[] = [{ id: 'A', state: 'ended' }];
    const stop = play([
      { t: 5, p: track.points[2], programs: ended },
      { t: 1005, p: track.points[2], programs: ended },
    ]);
    expect(stop.decision?.kind === 'final' && stop.decision.verdict.reasons[0].code).toBe(
      'line.program_ended',
    );
  });
});
