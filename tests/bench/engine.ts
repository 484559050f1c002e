/**
 * `npm run bench` (engine part): real-time factors — simulated time ÷ wall time — for a maze
 * run and a full-length sumo match, driven by Python programs (including interpreter start-up,
 * and with a warm pool) and by TypeScript twins of the same programs (physics alone). The
 * start-up column says whether the workers started from the cached Pyodide memory snapshot
 * ("snap") or loaded cold; the cold load without any snapshot is measured on its own too.
 * Figures, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import { getTask } from '../../sim/tasks/index.ts';
import type { TaskParams } from '../../sim/tasks/types.ts';
import { createNodePool } from '../../src/runtime/node/pool.ts';
import { runSession } from '../../src/runtime/session.ts';
import { circlerController, leftHandController } from './controllers.ts';
import { runScripted, type Controller } from './scripted.ts';

export interface EngineFigure {
  scene: string;
  simS: number;
  pythonWallS: number;
  physicsWallS: number;
  pythonRtf: number;
  /** Start-up excluded: the run on workers that are already loaded. */
  warmRtf: number;
  startupS: number;
  /** How many workers started from the memory snapshot, of how many. */
  fromSnapshot: string;
  physicsRtf: number;
  ratio: number;
  verdict: string;
}

const program = (name: string) =>
  readFileSync(new URL(`../fixtures/programs/${name}`, import.meta.url), 'utf8');

async function scene(
  name: string,
  taskId: string,
  seed: number,
  params: TaskParams,
  programs: string[],
  controllers: () => Controller[],
): Promise<EngineFigure> {
  const task = getTask(taskId)!;
  const t0 = performance.now();
  const pool = createNodePool();
  let result;
  let startupS;
  try {
    await pool.warm(task.robots);
    startupS = (performance.now() - t0) / 1000;
    result = await runSession({
      task,
      seed,
      params,
      programs: programs.map((p) => ({ code: program(p) })),
      pool,
    });
  } finally {
    await pool.close();
  }
  const pythonWallS = (performance.now() - t0) / 1000;
  const fromSnapshot = `${pool.stats.fromSnapshot}/${pool.stats.workersSpawned}`;
  const t1 = performance.now();
  const scripted = runScripted(task, seed, params, controllers);
  const physicsWallS = (performance.now() - t1) / 1000;
  const simS = result.simTimeMs / 1000;
  const pythonRtf = simS / pythonWallS;
  const physicsRtf = scripted.simTimeMs / 1000 / physicsWallS;
  const verdict = result.match
    ? `winner ${result.match.winner ?? 'draw'} (${result.match.points.A}:${result.match.points.B})`
    : result.verdict.outcome;
  return {
    scene: name,
    simS,
    pythonWallS,
    physicsWallS,
    pythonRtf,
    warmRtf: simS / (result.stats.wallMs / 1000),
    startupS,
    fromSnapshot,
    physicsRtf,
    ratio: pythonRtf / physicsRtf,
    verdict,
  };
}

export async function engineFigures(): Promise<EngineFigure[]> {
  return [
    await scene(
      'maze (school 6×6, seed 3, left-hand rule)',
      'maze',
      3,
      {},
      ['left_hand.py'],
      () => [leftHandController()],
    ),
    await scene(
      'sumo full match (school ring, 3 min, two busy-loop programs)',
      'sumo',
      1,
      {},
      ['circler.py', 'circler.py'],
      () => [circlerController(), circlerController()],
    ),
  ];
}

/** Wall seconds for one worker to load Pyodide cold (no memory snapshot), for the report. */
export async function coldStartS(): Promise<number> {
  const t0 = performance.now();
  const pool = createNodePool({ snapshot: false });
  try {
    await pool.warm(1);
  } finally {
    await pool.close();
  }
  return (performance.now() - t0) / 1000;
}

export function formatEngine(figures: EngineFigure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.scene} | ${f.simS.toFixed(1)} s | ${f.pythonRtf.toFixed(1)}× | ${f.warmRtf.toFixed(1)}× | ${f.startupS.toFixed(2)} s (${f.fromSnapshot} snap) | ${f.physicsRtf.toFixed(1)}× | ${f.ratio.toFixed(2)} | ${f.verdict} |`,
  );
  return [
    '| scene | simulated | Python-driven (incl. start-up) | Python-driven, warm pool | interpreter start-up | physics alone | ratio | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export async function runBench(_args: string[]): Promise<number> {
  const figures = await engineFigures();
  console.log(formatEngine(figures));
  const cold = await coldStartS();
  console.log(
    `\nInterpreter start-up without a memory snapshot (one worker, cold Pyodide load): ${cold.toFixed(2)} s.` +
      ' Ratio = Python-driven (incl. start-up) ÷ physics alone.',
  );
  console.log(
    '\nTargets (2-core machine): maze ≥ 40× real time, full sumo match ≥ 25×, Python-driven ≥ 0.7× physics alone.',
  );
  return 0;
}
