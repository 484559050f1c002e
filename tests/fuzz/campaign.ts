/**
 * A fuzz campaign: `count` cases from consecutive seeds, alternating kinds, through one pool;
 * every `rerunEvery`-th case runs twice (determinism). Failures are saved as they happen.
 */
import type { ProgramPool } from '../../src/runtime/pool.ts';
import { makeCase, type CaseOptions, type FuzzKind } from './cases.ts';
import { runCase, saveFailure, type CaseOutcome, type RunCaseOptions } from './runner.ts';

export interface CampaignOptions extends CaseOptions, RunCaseOptions {
  count: number;
  /** Seed of the first case (the next ones follow). Default 1. */
  seed?: number;
  kinds?: readonly FuzzKind[];
  /** Every n-th case is run twice and must give the same verdict and hash. Default 10. */
  rerunEvery?: number;
  /** Where failing cases are saved (default: not saved). */
  out?: string;
  onCase?: (outcome: CaseOutcome, index: number) => void;
}

export interface CampaignReport {
  cases: number;
  reruns: number;
  wallMs: number;
  /** How many runs ended with each first verdict reason code (what the programs did). */
  reasons: Record<string, number>;
  failed: { id: string; file: string | null; failures: CaseOutcome['failures'] }[];
}

export async function runCampaign(
  pool: ProgramPool,
  opts: CampaignOptions,
): Promise<CampaignReport> {
  const t0 = performance.now();
  const kinds = opts.kinds ?? ['api', 'blocks'];
  const first = opts.seed ?? 1;
  const every = opts.rerunEvery ?? 10;
  const report: CampaignReport = { cases: 0, reruns: 0, wallMs: 0, reasons: {}, failed: [] };
  for (let i = 0; i < opts.count; i++) {
    const c = makeCase(kinds[i % kinds.length], first + Math.floor(i / kinds.length), opts);
    const rerun = every > 0 && i % every === 0;
    const outcome = await runCase(pool, c, { ...opts, rerun });
    report.cases++;
    if (rerun) report.reruns++;
    const code = outcome.verdict?.reasons[0]?.code ?? 'none';
    report.reasons[code] = (report.reasons[code] ?? 0) + 1;
    if (outcome.failures.length > 0) {
      const file = opts.out ? saveFailure(opts.out, outcome) : null;
      report.failed.push({ id: c.id, file, failures: outcome.failures });
    }
    opts.onCase?.(outcome, i);
  }
  report.wallMs = performance.now() - t0;
  return report;
}
