/**
 * Sumo single-elimination bracket, seeded by the entrants' order (the judge: file-name order;
 * entrant 0 is the first seed). Pure and platform-neutral: `playBracket` drives any game
 * player (the judge's worker pool, or the app).
 *
 * - The bracket has the next power of two of places; the top seeds get the byes, and seeds
 *   meet in the standard order (1–8, 4–5, 2–7, 3–6 for eight), so the top two can only meet
 *   in the final.
 * - A tie is one match; a drawn match is replayed with the sides swapped on the next seed of
 *   the round, up to MAX_GAMES in all; still drawn, the higher seed goes through.
 * - An entrant whose program could not be loaded loses by walkover (both: the higher seed
 *   goes through, playing no game).
 * - Tie t of the bracket (counted in order of play) starts on seed t mod n of the round's n
 *   seeds; its replays move to the following seeds.
 */

/** Games a drawn tie may take before the higher seed goes through. */
export const MAX_GAMES = 3;

/** Places in the bracket: the next power of two (at least 2). */
export function bracketSize(n: number): number {
  let size = 2;
  while (size < n) size *= 2;
  return size;
}

/** Seed numbers (1-based) in bracket order: [1, 2] → [1, 4, 2, 3] → [1, 8, 4, 5, 2, 7, 3, 6]. */
export function seedOrder(size: number): number[] {
  let order = [1];
  while (order.length < size) {
    const next = order.length * 2 + 1;
    order = order.flatMap((s) => [s, next - s]);
  }
  return order;
}

/** The first stage's places: entrant indices in bracket order; null = a bye. */
export function bracketLineup(n: number): (number | null)[] {
  return seedOrder(bracketSize(n)).map((s) => (s <= n ? s - 1 : null));
}

/** Stages in a bracket of `size` places (2 → 1, 8 → 3). */
export function stageCount(size: number): number {
  let stages = 0;
  for (let places = 1; places < size; places *= 2) stages++;
  return stages;
}

/** A stage's name: final, semi-final, quarter-final, or the round of 2^k. */
export function stageName(size: number, stage: number): string {
  const left = stageCount(size) - stage;
  if (left === 1) return 'final';
  if (left === 2) return 'semi-final';
  if (left === 3) return 'quarter-final';
  return `round of ${2 ** left}`;
}

/** One game of a tie: entrant x (the higher seed) drove robot A unless `swapped`. */
export interface BracketGame<R = unknown> {
  seed: number;
  swapped: boolean;
  /** Who won the game: x, y, or nobody (a draw). */
  winner: 'x' | 'y' | null;
  /** What the player returned for this game (the judge: its session record). */
  record: R;
}

export interface BracketTie<R = unknown> {
  stage: number;
  /** Entrant indices: x is the higher seed; y null = a bye for x. */
  x: number;
  y: number | null;
  games: BracketGame<R>[];
  winner: number;
  decidedBy: 'game' | 'bye' | 'walkover' | 'higher-seed';
}

/** Plays one game: the winner by side ('A', 'B') or null for a draw, and any record. */
export type PlayGame<R> = (game: {
  stage: number;
  /** Entrant driving robot A, and robot B. */
  a: number;
  b: number;
  seed: number;
}) => Promise<{ side: 'A' | 'B' | null; record: R }>;

async function playTie<R>(
  stage: number,
  x: number,
  y: number | null,
  tieNo: number,
  seeds: readonly number[],
  broken: readonly boolean[],
  play: PlayGame<R>,
): Promise<BracketTie<R>> {
  const base = { stage, x, y, games: [] as BracketGame<R>[] };
  if (y === null) return { ...base, winner: x, decidedBy: 'bye' };
  if (broken[x] || broken[y]) {
    return { ...base, winner: broken[x] && !broken[y] ? y : x, decidedBy: 'walkover' };
  }
  for (let g = 0; g < MAX_GAMES; g++) {
    const swapped = g % 2 === 1;
    const seed = seeds[(tieNo + g) % seeds.length];
    const { side, record } = await play({ stage, a: swapped ? y : x, b: swapped ? x : y, seed });
    const winner = side === null ? null : (side === 'A') !== swapped ? 'x' : 'y';
    base.games.push({ seed, swapped, winner, record });
    if (winner) return { ...base, winner: winner === 'x' ? x : y, decidedBy: 'game' };
  }
  return { ...base, winner: x, decidedBy: 'higher-seed' };
}

/**
 * Plays a whole bracket of `n` entrants. The ties of a stage are started together (the
 * player decides how many run at once); stages follow one another.
 */
export async function playBracket<R>(
  n: number,
  seeds: readonly number[],
  broken: readonly boolean[],
  play: PlayGame<R>,
): Promise<BracketTie<R>[]> {
  const ties: BracketTie<R>[] = [];
  if (n === 0) return ties;
  let lineup = bracketLineup(n);
  let tieNo = 0;
  for (let stage = 0; lineup.length > 1; stage++) {
    const pending: Promise<BracketTie<R>>[] = [];
    for (let i = 0; i < lineup.length; i += 2) {
      const [p, q] = [lineup[i], lineup[i + 1]];
      // Byes only ever meet seeded entrants (top seeds get them), so p or q is an entrant.
      const x = p === null ? q! : q === null ? p : Math.min(p, q);
      const y = p === null || q === null ? null : Math.max(p, q);
      const plays = y !== null && !broken[x] && !broken[y];
      pending.push(playTie(stage, x, y, plays ? tieNo++ : 0, seeds, broken, play));
    }
    const stageTies = await Promise.all(pending);
    ties.push(...stageTies);
    lineup = stageTies.map((t) => t.winner);
  }
  return ties;
}

export interface BracketStanding {
  rank: number;
  entrant: number;
  /** Stage the entrant went out in; null for the winner. */
  eliminatedIn: number | null;
}

/**
 * Places from the ties: the winner 1st, the final's loser 2nd, the semi-finals' losers 3rd
 * (shared), the quarter-finals' losers 5th, … Within a shared place, by seed.
 */
export function rankBracket(
  n: number,
  ties: readonly Pick<BracketTie, 'stage' | 'x' | 'y' | 'winner'>[],
): BracketStanding[] {
  const size = bracketSize(n);
  const out = new Map<number, number | null>();
  for (const tie of ties) {
    if (tie.y === null) continue;
    out.set(tie.winner === tie.x ? tie.y : tie.x, tie.stage);
  }
  const rankOf = (stage: number | null) => (stage === null ? 1 : size / 2 ** (stage + 1) + 1);
  return Array.from({ length: n }, (_, entrant) => {
    const eliminatedIn = out.get(entrant) ?? null;
    return { rank: rankOf(eliminatedIn), entrant, eliminatedIn };
  }).sort((a, b) => a.rank - b.rank || a.entrant - b.entrant);
}
