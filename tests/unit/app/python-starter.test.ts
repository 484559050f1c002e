/**
 * The program an empty Python editor starts with runs as it is, in every language: in the
 * maze it drives, and in sumo it first waits out the 5 s start delay (no false start).
 */
import { afterAll, expect, test } from 'vitest';
import { getTask } from '../../../sim/tasks/index.ts';
import { pythonStarter } from '../../../src/app/tasks-ui.ts';
import { nodeBot } from '../../../src/bots/node.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { runSession } from '../../../src/runtime/session.ts';

const pool = createNodePool();
afterAll(() => pool.close());

test('the maze starter drives, without an error, in kk, ru and en', async () => {
  for (const lang of LANGS) {
    const code = pythonStarter(lang, 1);
    expect(code).not.toContain('wait(5000)');
    const result = await runSession({
      task: getTask('maze')!,
      seed: 1,
      params: { time: 10 },
      programs: [{ code }],
      pool,
    });
    expect(result.programStatuses[0], lang).toEqual({ id: 'A', state: 'ended' });
    expect(result.verdict.reasons.map((r) => r.code)).not.toContain('program.exception');
  }
});

test('the sumo starter waits for the start: no false start', async () => {
  for (const lang of LANGS) {
    const code = pythonStarter(lang, 2);
    expect(code.indexOf('wait(5000)')).toBeLessThan(code.indexOf('robot.straight'));
    const result = await runSession({
      task: getTask('sumo')!,
      seed: 1,
      params: { time: 30 },
      programs: [{ code }, { code: nodeBot('bot:0')!.code }],
      pool,
    });
    const reasons = result.match!.rounds.map((r) => r.reason.code);
    expect(reasons.join(), lang).not.toMatch(/false_start/);
  }
});
