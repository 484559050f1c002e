import { describe, expect, it } from 'vitest';
import { SUMO_RINGS, sumoStarts, type SumoRingId } from '../../../sim/arena/sumo.ts';
import { sumoReferee, type SumoState } from '../../../sim/referee/sumo.ts';
import type { Decision, ProgramStatus } from '../../../sim/tasks/types.ts';
import { robot, running, snapshot, type RobotSpec } from '../../helpers/snapshots.ts';

type Pos = Partial<RobotSpec>;

/** Drives one referee through hand-made steps; positions default to the start poses. */
class Bout {
  readonly referee;
  state: SumoState;
  readonly starts;
  constructor(ring: SumoRingId, matchMs?: number) {
    this.referee = sumoReferee(SUMO_RINGS[ring], matchMs);
    this.state = this.referee.initial;
    this.starts = sumoStarts(SUMO_RINGS[ring]);
  }
  step(t: number, a: Pos = {}, b: Pos = {}, programs: ProgramStatus[] = running('A', 'B')) {
    const [sa, sb] = this.starts;
    const snap = snapshot(t, [
      robot({ id: 'A', x: sa.x, y: sa.y, heading: sa.heading, ...a }),
      robot({ id: 'B', x: sb.x, y: sb.y, heading: sb.heading, ...b }),
    ]);
    const out = this.referee.judge(this.state, snap, programs);
    this.state = out.state;
    return out.decision;
  }
  /** Steps every 5 ms from `from` to `to` with positions from `at(t)`; stops at a decision. */
  run(
    from: number,
    to: number,
    at: (t: number) => [Pos, Pos] = () => [{}, {}],
    programs?: ProgramStatus[],
  ) {
    for (let t = from; t <= to; t += 5) {
      const [a, b] = at(t);
      const d = this.step(t, a, b, programs);
      if (d) return { t, decision: d };
    }
    return { t: to, decision: null as Decision | null };
  }
  /** A round in which `loser` drives out of the ring at 500 mm/s after the start delay. */
  loseRound(loser: 'A' | 'B') {
    const y0 = loser === 'A' ? this.starts[0].y : this.starts[1].y;
    const dir = loser === 'A' ? -1 : 1;
    return this.run(5, 20_000, (t) => {
      const moved = t <= 5000 ? {} : { y: y0 + (dir * 500 * (t - 5000)) / 1000, speed: 500 };
      return loser === 'A' ? [moved, {}] : [{}, moved];
    });
  }
}

const restartOf = (d: Decision | null) => {
  if (d?.kind !== 'restart') throw new Error(`expected a restart, got ${JSON.stringify(d)}`);
  return d.round;
};
const finalOf = (d: Decision | null) => {
  if (d?.kind !== 'final') throw new Error(`expected a final decision, got ${JSON.stringify(d)}`);
  return { verdict: d.verdict, match: d.match! };
};

describe('sumo referee', () => {
  it('a robot driving straight out of the Ø77 cm ring at 500 mm/s loses the round', () => {
    const bout = new Bout('mini');
    const { t, decision } = bout.loseRound('A');
    const round = restartOf(decision);
    expect(round).toMatchObject({ winner: 'B', counted: true });
    expect(round.reason).toEqual({ code: 'sumo.out_of_ring', robot: 'A' });
    // Out in the first step in which a back corner (±50 mm, 50 mm behind) is past r = 385 mm.
    const cornerR = (time: number) =>
      Math.sqrt(50 ** 2 + (bout.starts[0].y - (500 * (time - 5000)) / 1000 - 50) ** 2);
    expect(cornerR(t)).toBeGreaterThan(385);
    expect(cornerR(t - 5)).toBeLessThanOrEqual(385);
    expect(bout.state.points).toEqual({ A: 0, B: 1 });
  });

  it('both out in the same step → a drawn round, no points', () => {
    const bout = new Bout('mini');
    bout.run(5, 5000);
    const d = bout.step(5005, { y: -400, x: 0 }, { y: 400, x: 0 });
    expect(restartOf(d)).toMatchObject({
      winner: null,
      counted: true,
      reason: { code: 'sumo.both_out' },
    });
    expect(bout.state.points).toEqual({ A: 0, B: 0 });
  });

  it('a robot fallen below the floor is out', () => {
    const bout = new Bout('school');
    bout.run(5, 5000);
    expect(restartOf(bout.step(5005, {}, { lowestZ: -50 })).reason).toEqual({
      code: 'sumo.out_of_ring',
      robot: 'B',
    });
  });

  it('false start: the first restarts the round with a warning, the second loses it', () => {
    const bout = new Bout('mini');
    bout.run(5, 1000);
    const warn = restartOf(bout.step(1005, {}, { speed: 100 }));
    expect(warn).toMatchObject({
      winner: null,
      counted: false,
      reason: { code: 'sumo.false_start', robot: 'B' },
    });
    // Creeping 6 mm without speed also counts.
    const second = restartOf(
      bout.run(5, 5000, (t) => [{}, { y: bout.starts[1].y - (t > 3000 ? 6 : 0) }]).decision,
    );
    expect(second).toMatchObject({
      winner: 'A',
      counted: true,
      reason: { code: 'sumo.false_start_second', robot: 'B' },
    });
    expect(bout.state.points).toEqual({ A: 1, B: 0 });
    // A new round forgets the old false starts.
    expect(restartOf(bout.step(5, {}, { speed: 100 })).counted).toBe(false);
  });

  it('settling on the floor (brief 30 mm/s, 3 mm shift) is no false start', () => {
    const bout = new Bout('mini');
    const { decision } = bout.run(5, 4995, (t) => [
      { speed: t < 30 ? 30 : 0, y: bout.starts[0].y - (t < 30 ? 0 : 3) },
      {},
    ]);
    expect(decision).toBeNull();
  });

  it('moving after the 5 s start delay is no false start', () => {
    const bout = new Bout('mini');
    const { decision } = bout.run(5, 5500, (t) => [t >= 5000 ? { speed: 300, y: -105 } : {}, {}]);
    expect(decision).toBeNull();
  });

  it('first to 2 points wins the match; the verdict speaks for A', () => {
    const bout = new Bout('mini');
    restartOf(bout.loseRound('B').decision);
    restartOf(bout.loseRound('A').decision);
    const { verdict, match } = finalOf(bout.loseRound('B').decision);
    expect(match.winner).toBe('A');
    expect(match.points).toEqual({ A: 2, B: 1 });
    expect(match.rounds.map((r) => r.winner)).toEqual(['A', 'B', 'A']);
    expect(match.reasons[0]).toEqual({
      code: 'sumo.points_won',
      robot: 'A',
      params: { a: 2, b: 1 },
    });
    expect(verdict.outcome).toBe('success');
    // Later calls repeat the final decision.
    expect(bout.step(10)).toEqual({ kind: 'final', verdict, match });
  });

  it('B winning the match → verdict fail', () => {
    const bout = new Bout('standard');
    bout.loseRound('A');
    expect(finalOf(bout.loseRound('A').decision).verdict.outcome).toBe('fail');
  });

  it('both idle for 5 s after the start delay: a draw on the mini ring', () => {
    const bout = new Bout('mini');
    const { t, decision } = bout.run(5, 20_000);
    expect(t).toBe(10_000);
    expect(restartOf(decision)).toMatchObject({
      winner: null,
      counted: true,
      reason: { code: 'sumo.no_progress' },
    });
  });

  it('both idle on the school ring: the robot nearer the centre wins the round', () => {
    const bout = new Bout('school');
    const { decision } = bout.run(5, 20_000, (t) => [t > 5000 ? { y: -150 } : {}, {}]);
    const round = restartOf(decision);
    expect(round).toMatchObject({
      winner: 'A',
      counted: true,
      reason: { code: 'sumo.no_progress', robot: 'A' },
    });
    expect(bout.state.points).toEqual({ A: 1, B: 0 });
  });

  it('robots pushing without moving count as no progress; moving resets the watch', () => {
    const bout = new Bout('mini');
    // A moves 20 mm at 8 s: the 5 s watch restarts then.
    const { t } = bout.run(5, 20_000, (t) => [t >= 8000 ? { y: -90, speed: 0 } : {}, {}]);
    expect(t).toBe(13_000);
  });

  it('time-up after 3 minutes of rounds: leader on points wins', () => {
    const bout = new Bout('mini');
    restartOf(bout.loseRound('B').decision);
    // Drawn rounds (no progress) until the clock runs out.
    let d: Decision | null = null;
    for (let i = 0; i < 100 && d?.kind !== 'final'; i++) d = bout.run(5, 20_000).decision;
    const { match } = finalOf(d);
    expect(match.winner).toBe('A');
    expect(match.reasons[0]).toEqual({ code: 'sumo.time_up_leader', robot: 'A' });
    const total = match.rounds.reduce((sum, r) => sum + (r.counted ? r.simTimeMs : 0), 0);
    expect(total).toBe(180_000);
  });

  it('time-up with equal points: a draw on mini, nearer the centre on school', () => {
    for (const [ring, winner, code] of [
      ['mini', null, 'sumo.time_up_draw'],
      ['school', 'B', 'sumo.time_up_nearer_centre'],
    ] as const) {
      const bout = new Bout(ring);
      // Both keep moving (wiggling 20 mm each second) so no round ends by no-progress.
      let d: Decision | null = null;
      const wiggle = (t: number) => (Math.floor(t / 1000) % 2 ? 20 : 0);
      d = bout.run(5, 200_000, (t) => [
        t > 5000 ? { x: wiggle(t), y: -200 } : {},
        t > 5000 ? { x: wiggle(t), y: 100 } : {},
      ]).decision;
      const { match, verdict } = finalOf(d);
      expect(match.winner).toBe(winner);
      expect(match.reasons[0].code).toBe(code);
      expect(verdict.simTimeMs).toBe(180_000);
      expect(verdict.outcome).toBe('fail');
    }
  });

  it('a practice round with a 60 s clock ends at 60 s of play', () => {
    const bout = new Bout('mini', 60_000);
    let d: Decision | null = null;
    for (let i = 0; i < 100 && d?.kind !== 'final'; i++) d = bout.run(5, 20_000).decision;
    const { match, verdict } = finalOf(d);
    expect(match.reasons[0].code).toBe('sumo.time_up_draw');
    expect(verdict.simTimeMs).toBe(60_000);
  });

  it('a program error loses the round for that robot, with its reason', () => {
    const bout = new Bout('mini');
    bout.run(5, 2000);
    const reason = {
      code: 'program.exception',
      params: { type: 'ZeroDivisionError', line: 4, message: 'x' },
    };
    const round = restartOf(
      bout.step(2005, {}, {}, [
        { id: 'A', state: 'running' },
        { id: 'B', state: 'error', reason },
      ]),
    );
    expect(round.winner).toBe('A');
    expect(round.reason).toMatchObject({
      code: 'sumo.program_error',
      robot: 'B',
      params: { error: 'program.exception', line: 4 },
    });
  });

  it('both programs error at once: the match ends (leader on points, else a draw)', () => {
    const bout = new Bout('mini');
    const err = (id: string): ProgramStatus => ({
      id,
      state: 'error',
      reason: { code: 'program.syntax_error' },
    });
    const { match } = finalOf(bout.step(5, {}, {}, [err('A'), err('B')]));
    expect(match.winner).toBeNull();
    expect(match.reasons.map((r) => r.robot)).toEqual(['A', 'B']);
  });

  it('both programs ended: the round is settled 1 s later by the ring rule', () => {
    const bout = new Bout('mini');
    const ended: ProgramStatus[] = [
      { id: 'A', state: 'ended' },
      { id: 'B', state: 'ended' },
    ];
    const { t, decision } = bout.run(5, 20_000, () => [{}, {}], ended);
    expect(t).toBe(5000);
    expect(restartOf(decision)).toMatchObject({
      winner: null,
      reason: { code: 'sumo.no_progress' },
    });
  });
});
