/**
 * A fuzz case: a task, its seed and parameters, a robot profile and one program per robot,
 * all drawn from one case seed. A case is saved with its programs' text, so a saved failure
 * replays exactly even after the generators change.
 */
import { projectBlocksToPython } from '../../blocks/index.ts';
import type { TaskParams } from '../../sim/tasks/types.ts';
import type { RobotProfile } from '../../sim/types.ts';
import { apiProgram } from './api-programs.ts';
import { blocksWorkspace } from './block-programs.ts';
import { Picker } from './values.ts';

export type FuzzKind = 'api' | 'blocks';

export interface FuzzCase {
  /** `<kind>-<seed>`: the name of its failure file. */
  id: string;
  kind: FuzzKind;
  seed: number;
  task: string;
  taskSeed: number;
  params: TaskParams;
  profile: RobotProfile['id'];
  /** Python per robot; a blocks case keeps the workspace it was generated from. */
  programs: { code: string; blocks?: object }[];
}

/** Tasks with the shortest time limits their parameters allow (a fuzz run should be short). */
const TASK_CHOICES: { task: string; params: TaskParams; weight: number }[] = [
  { task: 'maze', params: { time: 10 }, weight: 4 },
  { task: 'maze', params: { preset: 'micromouse', size: 4, time: 10 }, weight: 1 },
  { task: 'line', params: { time: 10 }, weight: 2 },
  { task: 'kegelring', params: { time: 10 }, weight: 2 },
  { task: 'sumo', params: { ring: 'mini' }, weight: 1 },
];

/** Which tasks a run may draw (sumo matches are long: the bounded test leaves them out). */
export interface CaseOptions {
  tasks?: readonly string[];
}

function program(kind: FuzzKind, seed: number): { code: string; blocks?: object } {
  if (kind === 'api') return { code: apiProgram(seed) };
  const blocks = blocksWorkspace(seed);
  return { code: projectBlocksToPython(blocks), blocks };
}

/** The case of `kind` for `seed`. */
export function makeCase(kind: FuzzKind, seed: number, opts: CaseOptions = {}): FuzzCase {
  const p = new Picker(seed * 7919 + (kind === 'api' ? 1 : 2));
  const choices = TASK_CHOICES.filter((c) => !opts.tasks || opts.tasks.includes(c.task));
  const weighted = choices.flatMap((c) => Array.from({ length: c.weight }, () => c));
  const { task, params } = p.one(weighted);
  const robots = task === 'sumo' ? 2 : 1;
  // Program seeds are derived from the case seed, so each robot gets its own program.
  const programs = Array.from({ length: robots }, (_, i) => program(kind, seed * 2 + i));
  return {
    id: `${kind}-${seed}`,
    kind,
    seed,
    task,
    taskSeed: p.int(0, 1000),
    params,
    profile: p.one(task === 'sumo' ? ['minisumo'] : ['spike', 'spike', 'ev3']),
    programs,
  };
}
