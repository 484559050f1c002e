/**
 * `npm run fuzz -- [--count N] [--seed S] [--kind api|blocks] [--sumo] [--out DIR]`: a long
 * fuzz campaign (not part of CI; the bounded one is tests/unit/fuzz/fuzz.test.ts).
 * `npm run fuzz -- --replay fuzz-failures/<case>.json` runs one saved case again.
 */
import { parseArgs } from 'node:util';
import { createNodePool } from '../../src/runtime/node/pool.ts';
import { runCampaign } from './campaign.ts';
import type { FuzzKind } from './cases.ts';
import { loadCase, runCase } from './runner.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    kind: { type: 'string' },
    sumo: { type: 'boolean', default: false },
    out: { type: 'string', default: 'fuzz-failures' },
    replay: { type: 'string' },
  },
});

const pool = createNodePool({ maxIdle: 2 });
let status = 0;
try {
  if (values.replay) {
    const c = loadCase(values.replay);
    const outcome = await runCase(pool, c, { rerun: true });
    console.log(`${c.id}: task ${c.task} (seed ${c.taskSeed}), ${c.profile}`);
    console.log(`verdict: ${JSON.stringify(outcome.verdict)}\nhash: ${outcome.hash}`);
    for (const f of outcome.failures) console.log(`FAIL ${f.rule}: ${f.detail}`);
    if (outcome.failures.length === 0) console.log('no invariant broken');
    status = outcome.failures.length > 0 ? 1 : 0;
  } else {
    const count = Number(values.count);
    const kinds: FuzzKind[] = values.kind ? [values.kind as FuzzKind] : ['api', 'blocks'];
    const tasks = values.sumo ? undefined : ['maze', 'line', 'kegelring'];
    const report = await runCampaign(pool, {
      count,
      seed: Number(values.seed),
      kinds,
      tasks,
      out: values.out,
      onCase: (o, i) => {
        for (const f of o.failures) console.log(`${o.case.id} FAIL ${f.rule}: ${f.detail}`);
        if ((i + 1) % 50 === 0) console.log(`${i + 1}/${count} cases`);
      },
    });
    console.log(
      `${report.cases} cases (${report.reruns} run twice) in ${(report.wallMs / 1000).toFixed(1)} s, ` +
        `${report.failed.length} failed`,
    );
    console.log('first reasons:', JSON.stringify(report.reasons));
    for (const f of report.failed) console.log(`  ${f.id}: npm run fuzz -- --replay ${f.file}`);
    status = report.failed.length > 0 ? 1 : 0;
  }
} finally {
  await pool.close();
}
process.exit(status);
