/**
 * `npm run bench:bots`: how many seeds each sumo bot level wins against the level below.
 * Options: --seeds N (default 10), --ring school|mini|standard, --robot spike|ev3|minisumo,
 * --levels 1,2,3,4 (the upper levels to play), --gap K (play level N − K; default 1),
 * --dir DIR (bot programs levelN.py from DIR instead of src/bots, for tuning). Prints each
 * match and a summary table; figures, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RobotProfile } from '../../sim/types.ts';
import { nodeBots } from '../../src/bots/node.ts';
import { createNodePool } from '../../src/runtime/node/pool.ts';
import { ladderMatch, type LadderMatch } from '../helpers/bot-ladder.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '10' },
    ring: { type: 'string', default: 'school' },
    robot: { type: 'string' },
    levels: { type: 'string', default: '1,2,3,4' },
    gap: { type: 'string', default: '1' },
    dir: { type: 'string' },
  },
});
const seeds = Number(values.seeds);
const gap = Number(values.gap);
const levels = values.levels
  .split(',')
  .map(Number)
  .filter((level) => level - gap >= 0);
const dir = values.dir;
const code = (level: number): string =>
  dir ? readFileSync(join(dir, `level${level}.py`), 'utf8') : nodeBots()[level].code;

const pool = createNodePool();
const rows: string[] = [];
try {
  for (const upper of levels) {
    const matches: LadderMatch[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const m = await ladderMatch(
        {
          pool,
          code,
          ring: values.ring,
          profile: values.robot as RobotProfile['id'] | undefined,
        },
        upper,
        seed,
        upper - gap,
      );
      matches.push(m);
      console.log(
        `bot:${upper} (${m.upperSlot}) vs bot:${m.lower} seed ${seed}: ${m.result} ${m.score} ` +
          `[${m.rounds.join(', ')}] ${(m.simTimeMs / 1000).toFixed(1)} s sim, ` +
          `${(m.wallMs / 1000).toFixed(1)} s wall`,
      );
    }
    const count = (r: LadderMatch['result']) => matches.filter((m) => m.result === r).length;
    rows.push(
      `| bot:${upper} vs bot:${upper - gap} | ${count('win')} | ${count('draw')} | ${count('loss')} |`,
    );
  }
} finally {
  await pool.close();
}
console.log(
  [
    '',
    `Ring ${values.ring}, robot ${values.robot ?? "the ring's default"}, seeds 1–${seeds} ` +
      '(the upper level is robot A on odd seeds, B on even ones)',
    '',
    '| match | wins | draws | losses |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
