/**
 * Sumo round robin: every pair of entrants plays one match; standings by match points. Pure.
 */
import type { Reason } from '../../sim/types.ts';
import { rankByKey } from './keys.ts';

/** Match points (the usual football-style table). */
export const MATCH_POINTS = { win: 3, draw: 1, loss: 0 } as const;

/**
 * Every pair once, in a fixed order: (0,1), (0,2), …, (1,2), … The first of a pair drives
 * robot A. The judge plays pair i on seed i mod (number of seeds).
 */
export function roundRobinPairs(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

export interface MatchOutcome {
  /** Entrant indices: `a` drove robot A, `b` robot B. */
  a: number;
  b: number;
  winner: 'A' | 'B' | null;
  /** Rounds won by each robot (a walkover counts none). */
  points: { A: number; B: number };
  /**
   * played: a real match; walkover: one program could not be loaded, the other wins;
   * void: neither could be loaded — a loss for both.
   */
  kind: 'played' | 'walkover' | 'void';
}

export interface SumoEntrant {
  name: string;
  error?: Reason;
}

export interface SumoStanding {
  rank: number;
  name: string;
  error?: Reason;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  matchPoints: number;
  roundsWon: number;
  roundsLost: number;
}

/**
 * The round-robin table: match points, then rounds won minus lost, then rounds won; entrants
 * that could not be loaded last. Equal keys share a rank.
 */
export function rankRoundRobin(
  entrants: readonly SumoEntrant[],
  matches: readonly MatchOutcome[],
): SumoStanding[] {
  const rows = entrants.map((e) => ({
    name: e.name,
    ...(e.error ? { error: e.error } : {}),
    played: 0,
    won: 0,
    drawn: 0,
    lost: 0,
    matchPoints: 0,
    roundsWon: 0,
    roundsLost: 0,
  }));
  for (const m of matches) {
    const sides = [
      { row: rows[m.a], slot: 'A' as const, other: 'B' as const },
      { row: rows[m.b], slot: 'B' as const, other: 'A' as const },
    ];
    for (const { row, slot, other } of sides) {
      row.played += 1;
      row.roundsWon += m.points[slot];
      row.roundsLost += m.points[other];
      if (m.kind === 'void') row.lost += 1;
      else if (m.winner === null) row.drawn += 1;
      else if (m.winner === slot) row.won += 1;
      else row.lost += 1;
    }
  }
  for (const row of rows) {
    row.matchPoints =
      row.won * MATCH_POINTS.win + row.drawn * MATCH_POINTS.draw + row.lost * MATCH_POINTS.loss;
  }
  return rankByKey(
    rows.map((row) => ({
      item: row,
      key: [row.error ? 1 : 0, -row.matchPoints, -(row.roundsWon - row.roundsLost), -row.roundsWon],
    })),
  ).map(({ rank, item }) => ({ rank, ...item }));
}
