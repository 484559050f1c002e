/**
 * The sumo bots form a ladder: on the default ring with the default robot, each level beats
 * the level below it in most seeds. Real matches (Pyodide, physics, the sumo referee) on
 * seeds 1–5, the upper level playing robot A on odd seeds and robot B on even ones, so
 * neither start is favoured. `npm run bench:bots` prints the same figures for more seeds.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { nodeBots } from '../../../src/bots/node.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { ladderMatch, type LadderMatch } from '../../helpers/bot-ladder.ts';

const SEEDS = [1, 2, 3, 4, 5];
const pool = createNodePool();
afterAll(() => pool.close());

const code = (level: number) => nodeBots()[level].code;

describe('sumo bot ladder (school ring, spike)', () => {
  test.each([1, 2, 3, 4])(
    'bot:%i wins a majority of seeds against the level below',
    async (upper) => {
      const matches: LadderMatch[] = [];
      for (const seed of SEEDS) matches.push(await ladderMatch({ pool, code }, upper, seed));
      const table = matches.map((m) => `seed ${m.seed} (${m.upperSlot}) ${m.result} ${m.score}`);
      console.log(`bot:${upper} vs bot:${upper - 1}: ${table.join('; ')}`);
      expect(matches.filter((m) => m.upperSlot === 'A').length).toBeGreaterThan(0);
      expect(matches.filter((m) => m.upperSlot === 'B').length).toBeGreaterThan(0);
      const wins = matches.filter((m) => m.result === 'win').length;
      expect(wins, table.join('\n')).toBeGreaterThanOrEqual(3);
    },
    180_000,
  );
});
