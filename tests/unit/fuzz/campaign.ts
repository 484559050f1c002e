/**
 * The bounded fuzz campaign of CI (two test files, one per program kind, so vitest runs them
 * side by side). Failing cases are saved in fuzz-failures/ with the command that replays them.
 * QADAM_FUZZ_COUNT changes the number of cases per file (default 120).
 */
import { expect } from 'vitest';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { runCampaign } from '../../fuzz/campaign.ts';
import type { FuzzKind } from '../../fuzz/cases.ts';

export const FUZZ_COUNT = Number(process.env.QADAM_FUZZ_COUNT ?? 120);

export async function boundedCampaign(kind: FuzzKind, seed: number): Promise<void> {
  const pool = createNodePool({ maxIdle: 1 });
  try {
    const report = await runCampaign(pool, {
      count: FUZZ_COUNT,
      seed,
      kinds: [kind],
      // Sumo matches last minutes of simulated time: the long job (npm run fuzz -- --sumo) has them.
      tasks: ['maze', 'line', 'kegelring'],
      rerunEvery: 10,
      out: 'fuzz-failures',
    });
    const reasons = Object.entries(report.reasons)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    console.log(
      `fuzz ${kind}: ${report.cases} cases (${report.reruns} twice) in ` +
        `${(report.wallMs / 1000).toFixed(1)} s; verdicts: ${reasons}`,
    );
    const failures = report.failed.map(
      (f) =>
        `${f.id}: ${f.failures.map((x) => `${x.rule}: ${x.detail}`).join('; ')} — npm run fuzz -- --replay ${f.file}`,
    );
    expect(failures).toEqual([]);
    // Every block program is valid Python (also a failure rule of the runner, counted here).
    if (kind === 'blocks') expect(report.reasons['program.syntax_error'] ?? 0).toBe(0);
    // The programs did a variety of things (not all dying on their first line).
    expect(Object.keys(report.reasons).length).toBeGreaterThanOrEqual(4);
  } finally {
    await pool.close();
  }
}
