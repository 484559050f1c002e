/**
 * Runs fuzz cases headless through the real runtime (a Node pool of Pyodide workers and
 * runSession) and checks, per case: the host did not throw, the run ended with a verdict in
 * bounded wall time, the world invariants held (invariants.ts), a program made of blocks was
 * valid Python (DESIGN.md I-4: a student cannot fix a syntax error in generated code), and —
 * for a sample — a second run gives the same verdict and world hash. A failing case is saved as JSON (seed, task and
 * the programs' text) with the command that replays it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTask } from '../../sim/tasks/index.ts';
import type { Verdict } from '../../sim/types.ts';
import type { ProgramPool } from '../../src/runtime/pool.ts';
import { runSession } from '../../src/runtime/session.ts';
import type { FuzzCase } from './cases.ts';
import { CheckedWorld, type Violation } from './invariants.ts';

export interface Failure {
  rule: Violation['rule'] | 'crash' | 'hang' | 'nondeterministic' | 'blocks_syntax_error';
  detail: string;
  tMs?: number;
}

export interface CaseOutcome {
  case: FuzzCase;
  verdict: Verdict | null;
  hash: string | null;
  failures: Failure[];
  wallMs: number;
}

export interface RunCaseOptions {
  /** Wall ms after which a run counts as hung (it is then aborted). Default 120 000. */
  hangMs?: number;
  /** Program watchdog (wall ms without a robot call). Default 1000: runaways cost little. */
  watchdogMs?: number;
  /** Check the invariants every this many steps (default 4 = every 20 ms). */
  checkEvery?: number;
  /** Run once more and compare verdict and hash. */
  rerun?: boolean;
}

async function once(
  pool: ProgramPool,
  c: FuzzCase,
  opts: RunCaseOptions,
): Promise<{ verdict: Verdict | null; hash: string | null; failures: Failure[] }> {
  const task = getTask(c.task);
  if (!task)
    return {
      verdict: null,
      hash: null,
      failures: [{ rule: 'crash', detail: `no task ${c.task}` }],
    };
  const violations: Violation[] = [];
  const abort = new AbortController();
  const hangMs = opts.hangMs ?? 120_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve('hang');
    }, hangMs);
  });
  try {
    const session = runSession({
      task,
      seed: c.taskSeed,
      params: c.params,
      programs: c.programs.map((p) => ({ code: p.code, profile: c.profile })),
      pool,
      watchdogMs: opts.watchdogMs ?? 1000,
      signal: abort.signal,
      createWorld: (o) => new CheckedWorld(o, violations, opts.checkEvery ?? 4),
    });
    const result = await Promise.race([session, hung]);
    if (result === 'hang') {
      await session.catch(() => undefined);
      return {
        verdict: null,
        hash: null,
        failures: [{ rule: 'hang', detail: `no verdict after ${hangMs} ms` }],
      };
    }
    const failures: Failure[] = violations.map((v) => ({
      rule: v.rule,
      detail: v.detail,
      tMs: v.tMs,
    }));
    if (c.kind === 'blocks') failures.push(...blocksSyntaxErrors(result.verdict));
    return { verdict: result.verdict, hash: result.hash, failures };
  } catch (error) {
    const detail = String((error as Error)?.stack ?? error).slice(0, 2000);
    return { verdict: null, hash: null, failures: [{ rule: 'crash', detail }] };
  } finally {
    clearTimeout(timer);
  }
}

/** A block program's syntax error is a bug of the block generators, never the student's. */
function blocksSyntaxErrors(verdict: Verdict): Failure[] {
  return verdict.reasons
    .filter((r) => r.code === 'program.syntax_error')
    .map((r) => ({ rule: 'blocks_syntax_error', detail: JSON.stringify(r.params ?? {}) }));
}

/** Run one case (twice if `rerun`) and collect what went wrong. */
export async function runCase(
  pool: ProgramPool,
  c: FuzzCase,
  opts: RunCaseOptions = {},
): Promise<CaseOutcome> {
  const t0 = performance.now();
  const first = await once(pool, c, opts);
  const failures = [...first.failures];
  if (opts.rerun && failures.length === 0) {
    const second = await once(pool, c, opts);
    failures.push(...second.failures);
    const same =
      JSON.stringify(second.verdict) === JSON.stringify(first.verdict) &&
      second.hash === first.hash;
    // The watchdog is the one wall-clock decision (DESIGN.md I-3): a slow machine may stop a
    // program in one run and not in the other. Any other difference is a bug.
    const runaway = [first.verdict, second.verdict].some((v) =>
      v?.reasons.some((r) => r.code === 'program.runaway'),
    );
    if (!same && !runaway)
      failures.push({
        rule: 'nondeterministic',
        detail: `first ${first.hash} ${JSON.stringify(first.verdict?.reasons)}, then ${second.hash} ${JSON.stringify(second.verdict?.reasons)}`,
      });
  }
  return {
    case: c,
    verdict: first.verdict,
    hash: first.hash,
    failures,
    wallMs: performance.now() - t0,
  };
}

/** The file a saved failure is written to, and the command that replays it. */
export function replayCommand(file: string): string {
  return `npm run fuzz -- --replay ${file}`;
}

/** Save a failing case under `dir` (JSON + the first program as .py); returns the JSON path. */
export function saveFailure(dir: string, outcome: CaseOutcome): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${outcome.case.id}.json`);
  const record = {
    ...outcome.case,
    failures: outcome.failures,
    verdict: outcome.verdict,
    hash: outcome.hash,
    replay: replayCommand(file),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  writeFileSync(join(dir, `${outcome.case.id}.py`), outcome.case.programs[0]?.code ?? '');
  return file;
}

/** A saved case, read back for replay. */
export function loadCase(file: string): FuzzCase {
  const r = JSON.parse(readFileSync(file, 'utf8')) as FuzzCase;
  return {
    id: r.id,
    kind: r.kind,
    seed: r.seed,
    task: r.task,
    taskSeed: r.taskSeed,
    params: r.params,
    profile: r.profile,
    programs: r.programs,
  };
}
