/** `qadam run` and `qadam match`: simulate a task with one or two programs and judge it. */
import { writeFile } from 'node:fs/promises';
import { getTask } from '../../../sim/tasks/index.ts';
import { TaskParamError, type TaskDef } from '../../../sim/tasks/types.ts';
import { PROFILES } from '../../../sim/profiles/index.ts';
import type { RobotProfile } from '../../../sim/types.ts';
import { UsageError, type RunOptions } from '../args.ts';
import type { Io } from '../main.ts';
import { loadProgram, type ProgramSource } from '../programs.ts';
import { simulate, type Simulated } from '../simulate.ts';
import { matchJson, matchSummary, runJson, runSummary } from '../report.ts';
import { isLessonTask } from '../tasks-resolve.ts';
import { lessonCommand } from './lesson.ts';
import {
  RECORDING_FORMAT,
  RECORDING_VERSION,
  recordedResult,
  type Recording,
} from '../../storage/recording.ts';

function resolveTask(id: string, kind: 'run' | 'match'): TaskDef {
  const task = getTask(id);
  if (!task) throw new UsageError(`unknown task "${id}" (see: qadam tasks)`);
  const wanted = kind === 'run' ? 1 : 2;
  if (task.robots !== wanted) {
    throw new UsageError(
      `task "${id}" takes ${task.robots} program${task.robots === 1 ? '' : 's'}: use qadam ${
        task.robots === 1 ? 'run' : 'match'
      }`,
    );
  }
  return task;
}

function resolveProfile(robot: string | undefined): RobotProfile['id'] | undefined {
  if (robot === undefined) return undefined;
  const ids = Object.keys(PROFILES);
  if (!ids.includes(robot)) {
    throw new UsageError(`unknown robot "${robot}" (one of: ${ids.join(', ')})`);
  }
  return robot as RobotProfile['id'];
}

/** Validates params early so that bad input exits 2 before any interpreter starts. */
function checkParams(task: TaskDef, seed: number, params: Record<string, string>) {
  try {
    return task.create(seed, params);
  } catch (error) {
    if (error instanceof TaskParamError) throw new UsageError(error.message);
    throw error;
  }
}

export function toRecording(sim: Simulated, programs: ProgramSource[]): Recording {
  const { result } = sim;
  return {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    task: sim.task,
    seed: sim.seed,
    params: sim.params,
    programs: programs.map((p, i) => ({ name: p.name, code: p.code, profile: sim.profiles[i] })),
    result: recordedResult(result),
    engine: 'node',
    lockstep: sim.lockstep,
  };
}

export async function runCommand(kind: 'run' | 'match', opts: RunOptions, io: Io): Promise<number> {
  if (isLessonTask(opts.task)) {
    if (kind === 'match') throw new UsageError('a lesson takes one program: use qadam run');
    return lessonCommand(opts, io);
  }
  const task = resolveTask(opts.task, kind);
  const profile = resolveProfile(opts.robot);
  const setup = checkParams(task, opts.seed, opts.params);
  const programs = await Promise.all(opts.programs.map(loadProgram));
  const sim = await simulate({
    task,
    seed: opts.seed,
    params: setup.params,
    programs: programs.map((p) => ({ code: p.code, profile: profile ?? setup.defaultProfile })),
  });
  if (opts.record) {
    try {
      await writeFile(opts.record, `${JSON.stringify(toRecording(sim, programs), null, 1)}\n`);
    } catch (error) {
      throw new UsageError(`cannot write ${opts.record}: ${(error as Error).message}`);
    }
  }
  if (kind === 'run') {
    io.out(opts.json ? JSON.stringify(runJson(sim, opts.lang)) : runSummary(sim, opts.lang));
  } else {
    io.out(opts.json ? JSON.stringify(matchJson(sim, opts.lang)) : matchSummary(sim, opts.lang));
  }
  return 0;
}
