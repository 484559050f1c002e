import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../sim/types.ts';
import {
  attemptMetrics,
  bracketLineup,
  playBracket,
  rankBracket,
  rankRoundRobin,
  rankSolo,
  seedOrder,
  stageName,
  type AttemptVerdict,
  type MatchOutcome,
  type SoloRoundRules,
} from '../../../src/rounds/index.ts';

const finished = (time: number): AttemptVerdict => ({
  outcome: 'success',
  score: time,
  reasons: [{ code: 'maze.finished', params: { time } }],
});
const failed = (...reasons: Reason[]): AttemptVerdict => ({
  outcome: 'fail',
  score: null,
  reasons,
});
const lineLeft = (distance: number) => failed({ code: 'line.left_line', params: { distance } });
const cans = (out: number): AttemptVerdict => ({
  outcome: 'fail',
  score: out,
  reasons: [
    { code: 'kegelring.time_up', params: { limit: 120 } },
    { code: 'kegelring.cleared', params: { out, total: 8 } },
  ],
});
const broken: Reason = { code: 'judge.bad_submission', params: { detail: 'not_json' } };

const rules = (taskId: string, scoring: SoloRoundRules['scoring']): SoloRoundRules => ({
  taskId,
  scoring,
  timeLimit: 60,
  attempts: 3,
});

describe('attempt metrics', () => {
  it('read time, line distance and cans from verdicts; a void kegelring attempt counts none', () => {
    expect(attemptMetrics('maze', finished(12.5))).toEqual({
      finished: true,
      time: 12.5,
      progress: null,
    });
    expect(attemptMetrics('line', lineLeft(830)).progress).toBe(830);
    expect(attemptMetrics('kegelring', cans(5))).toEqual({
      finished: false,
      time: null,
      progress: 5,
    });
    const voided = failed(
      { code: 'kegelring.robot_outside', params: { seconds: 5 } },
      { code: 'kegelring.cleared', params: { out: 3, total: 8 } },
    );
    expect(attemptMetrics('kegelring', voided).progress).toBe(0);
  });
});

describe('single-robot rankings', () => {
  it('best-time: the best attempt counts; unfinished tie; a broken submission is last', () => {
    const table = rankSolo(rules('maze', 'best-time'), [
      { name: 'slow', attempts: [finished(40), failed()] },
      { name: 'broken', attempts: [], error: broken },
      { name: 'never', attempts: [failed(), failed()] },
      { name: 'fast', attempts: [failed(), finished(21.5)] },
      { name: 'never2', attempts: [failed()] },
    ]);
    expect(table.map((s) => [s.rank, s.name])).toEqual([
      [1, 'fast'],
      [2, 'slow'],
      [3, 'never'],
      [3, 'never2'],
      [5, 'broken'],
    ]);
    expect(table[0]).toMatchObject({ bestTime: 21.5, best: 1, finished: 1, counted: 2 });
    expect(table[4].error).toEqual(broken);
  });

  it('best-time on the line: finishers by time, then the rest by distance', () => {
    const table = rankSolo(rules('line', 'best-time'), [
      { name: 'short', attempts: [lineLeft(300)] },
      { name: 'far', attempts: [lineLeft(1500), lineLeft(200)] },
      { name: 'done', attempts: [lineLeft(100), finished(50)] },
    ]);
    expect(table.map((s) => s.name)).toEqual(['done', 'far', 'short']);
    expect(table[1]).toMatchObject({ progress: 1500, unit: 'mm', bestTime: null });
  });

  it('kegelring best-time: time to clear, else cans out', () => {
    const table = rankSolo(rules('kegelring', 'best-time'), [
      { name: 'five', attempts: [cans(5)] },
      { name: 'all', attempts: [finished(70)] },
      { name: 'seven', attempts: [cans(2), cans(7)] },
    ]);
    expect(table.map((s) => [s.name, s.progress])).toEqual([
      ['all', null],
      ['seven', 7],
      ['five', 5],
    ]);
  });

  it('sum-time: more finished first; unfinished attempts cost the time limit', () => {
    const table = rankSolo(rules('maze', 'sum-time'), [
      { name: 'one-fast', attempts: [finished(10), failed()] },
      { name: 'two-slow', attempts: [finished(50), finished(55)] },
      { name: 'one-slow', attempts: [failed(), finished(30)] },
    ]);
    expect(table.map((s) => [s.name, s.totalTime])).toEqual([
      ['two-slow', 105],
      ['one-fast', 70],
      ['one-slow', 90],
    ]);
  });

  it('distance: finishers tie whatever their time; only the first `attempts` count', () => {
    const table = rankSolo({ ...rules('line', 'distance'), attempts: 1 }, [
      { name: 'b', attempts: [finished(90)] },
      { name: 'a', attempts: [finished(30)] },
      { name: 'late', attempts: [lineLeft(10), finished(5)] },
    ]);
    expect(table.map((s) => [s.rank, s.name])).toEqual([
      [1, 'b'],
      [1, 'a'],
      [3, 'late'],
    ]);
  });

  it('micromouse: the lowest score among finished attempts', () => {
    const table = rankSolo(rules('maze', 'micromouse'), [
      { name: 'x', attempts: [finished(30.2)] },
      { name: 'y', attempts: [finished(25.9), finished(40)] },
      { name: 'z', attempts: [failed()] },
    ]);
    expect(table.map((s) => s.name)).toEqual(['y', 'x', 'z']);
  });
});

describe('sumo round robin', () => {
  it('3 points a win, 1 a draw; ties broken by rounds won minus lost; walkovers count', () => {
    const played = (a: number, b: number, A: number, B: number): MatchOutcome => ({
      a,
      b,
      winner: A > B ? 'A' : B > A ? 'B' : null,
      points: { A, B },
      kind: 'played',
    });
    const entrants = [{ name: 'p' }, { name: 'q' }, { name: 'r' }, { name: 'x', error: broken }];
    const table = rankRoundRobin(entrants, [
      played(0, 1, 2, 1),
      played(0, 2, 0, 2),
      played(1, 2, 2, 0),
      { a: 0, b: 3, winner: 'A', points: { A: 0, B: 0 }, kind: 'walkover' },
      { a: 1, b: 3, winner: 'A', points: { A: 0, B: 0 }, kind: 'walkover' },
      { a: 2, b: 3, winner: 'A', points: { A: 0, B: 0 }, kind: 'walkover' },
    ]);
    // p, q and r all have 6 points; rounds: p 2:3, q 3:2, r 2:2.
    expect(table.map((s) => [s.rank, s.name, s.matchPoints])).toEqual([
      [1, 'q', 6],
      [2, 'r', 6],
      [3, 'p', 6],
      [4, 'x', 0],
    ]);
    expect(table[3]).toMatchObject({ played: 3, lost: 3, won: 0 });
    const draw = rankRoundRobin([{ name: 'a' }, { name: 'b' }], [played(0, 1, 1, 1)]);
    expect(draw.map((s) => [s.rank, s.matchPoints, s.drawn])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
    ]);
  });
});

describe('sumo bracket', () => {
  it('seeds meet in the standard order; top seeds get the byes', () => {
    expect(seedOrder(8)).toEqual([1, 8, 4, 5, 2, 7, 3, 6]);
    expect(bracketLineup(5)).toEqual([0, null, 3, 4, 1, null, 2, null]);
    expect(stageName(8, 0)).toBe('quarter-final');
    expect(stageName(16, 0)).toBe('round of 16');
    expect(stageName(8, 2)).toBe('final');
  });

  it('plays stage by stage; the better entrant (lower index here) always wins', async () => {
    const games: string[] = [];
    const ties = await playBracket(
      6,
      [11, 12],
      [false, false, false, false, false, false],
      async (g) => {
        games.push(`${g.stage}:${g.a}-${g.b}@${g.seed}`);
        return { side: g.a < g.b ? 'A' : 'B', record: null };
      },
    );
    expect(games).toEqual(['0:3-4@11', '0:2-5@12', '1:0-3@11', '1:1-2@12', '2:0-1@11']);
    const ranks = rankBracket(6, ties).map((s) => [s.entrant, s.rank]);
    expect(ranks).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 5],
      [5, 5],
    ]);
  });

  it('a draw is replayed with sides swapped on the next seed; still drawn, the higher seed goes', async () => {
    const seen: string[] = [];
    const ties = await playBracket(2, [1, 2, 3], [false, false], async (g) => {
      seen.push(`${g.a}-${g.b}@${g.seed}`);
      return { side: null, record: null };
    });
    expect(seen).toEqual(['0-1@1', '1-0@2', '0-1@3']);
    expect(ties[0]).toMatchObject({ winner: 0, decidedBy: 'higher-seed' });
    const swapped = await playBracket(2, [1], [false, false], async (g) => ({
      side: g.a === 1 ? 'A' : null,
      record: null,
    }));
    expect(swapped[0]).toMatchObject({ winner: 1, decidedBy: 'game' });
    expect(swapped[0].games.map((g) => g.winner)).toEqual([null, 'y']);
  });

  it('a broken entrant loses by walkover without a game', async () => {
    let calls = 0;
    const ties = await playBracket(2, [1], [true, false], async () => {
      calls++;
      return { side: 'A', record: null };
    });
    expect(calls).toBe(0);
    expect(ties[0]).toMatchObject({ x: 0, y: 1, winner: 1, decidedBy: 'walkover' });
  });
});
