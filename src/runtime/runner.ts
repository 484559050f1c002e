/**
 * Runs programs against a world in lockstep, round by round. runSession (session.ts) builds
 * worlds and referees on top of it; tests drive it directly with a fake world.
 */
import type { ProgramStatus } from '../../sim/tasks/types.ts';
import type { RobotProfile } from '../../sim/types.ts';
import { STEP_MS, type SimWorldApi } from '../../sim/world-types.ts';
import type { ProgramChannel } from './host/channel.ts';
import { Lockstep, type Pace } from './host/lockstep.ts';
import { RobotProgram, type PrintLine } from './host/robot-program.ts';

export type { PrintLine };

/** One robot's program. */
/**
 * How programs and physics take turns (README.md): 'pipelined' is what runs now; 'strict' is
 * kept to re-run replay files recorded before pipelining (they carry no `lockstep` field).
 */
export type LockstepMode = 'pipelined' | 'strict';
export const CURRENT_LOCKSTEP: LockstepMode = 'pipelined';

export interface ProgramSpec {
  /** Robot slot id: 'A', 'B', … */
  id: string;
  code: string;
  profile: RobotProfile['id'];
}

export interface RunnerOptions {
  /** Wall ms without any robot call before a program is stopped as a runaway. Default 5000. */
  watchdogMs?: number;
  /** Simulated ms per wall ms (1 = real time); null or undefined = flat out; a function is
   * read after every step. */
  pace?: Pace;
  signal?: AbortSignal;
  /**
   * 'pipelined' (default): programs compute their next step while the world steps; their
   * commands act one step later (see README.md, "Pipelined lockstep"). 'strict': the host
   * waits for every program before each step (no actuation latency, no overlap).
   */
  lockstep?: LockstepMode;
}

/** How a round ended: the step callback said so, the time cap was reached, or aborted. */
export type RoundEnd = 'decided' | 'time' | 'aborted';

export class ProgramRunner {
  readonly programs: RobotProgram[];
  private readonly lockstep: Lockstep;
  private readonly pipelined: boolean;
  /** Physics steps taken over all rounds. */
  steps = 0;
  /** Wall ms in world.step(), in releasing programs (readouts + replies) and in the step
   * callback (snapshot + referee), for reports. */
  physicsMs = 0;
  releaseMs = 0;
  judgeMs = 0;

  constructor(
    channels: readonly ProgramChannel[],
    private readonly specs: readonly ProgramSpec[],
    world: SimWorldApi,
    opts: RunnerOptions = {},
  ) {
    if (channels.length !== specs.length) throw new Error('one channel per program');
    const watchdogMs = opts.watchdogMs ?? 5000;
    this.pipelined = (opts.lockstep ?? CURRENT_LOCKSTEP) === 'pipelined';
    this.programs = specs.map((s, i) => new RobotProgram(s.id, channels[i], watchdogMs / 1000));
    this.lockstep = new Lockstep(world, this.programs, {
      watchdogMs,
      pace: opts.pace ?? null,
      signal: opts.signal,
    });
  }

  /** Status of every program, in robot order (what the referee sees). */
  statuses(): ProgramStatus[] {
    return this.programs.map((p) => p.status);
  }

  /** Round trips served over all programs and rounds. */
  get roundTrips(): number {
    return this.programs.reduce((n, p) => n + p.roundTrips, 0);
  }

  /** Wall ms the host spent waiting for programs. */
  get hostWaitMs(): number {
    return this.lockstep.waitMs;
  }

  /**
   * Start every program on `world` and run in lockstep until `afterStep` returns true (it is
   * called after every physics step, while released programs compute), the world reaches
   * `maxTimeMs`, or the signal aborts. Programs are stopped before this resolves, so the
   * workers are idle again.
   */
  async round(
    world: SimWorldApi,
    opts: { seed: number; round: number; maxTimeMs: number; afterStep?: () => boolean },
  ): Promise<RoundEnd> {
    this.lockstep.setWorld(world);
    this.programs.forEach((p, i) => {
      const s = this.specs[i];
      // NB: each robot gets its own seed for Python's random, derived from the run's seed.
      p.begin(world.devices(s.id), s.code, s.profile, (opts.seed * 31 + i) >>> 0, opts.round);
    });
    let end: RoundEnd;
    let first = true;
    for (;;) {
      // Strict: every program held past this step. Pipelined: every program's clock at least
      // at world time (a program released into this step computes while it is stepped); the
      // first step of a round is strict, so set-up calls of the first STEP_MS see world 0 and
      // the first commands act on the first step.
      const w = world.timeMs;
      await this.lockstep.serveAll(this.pipelined && !first ? w : w + STEP_MS);
      first = false;
      if (this.lockstep.aborted) {
        end = 'aborted';
        break;
      }
      const t0 = performance.now();
      this.lockstep.stepWorld();
      this.steps++;
      const t1 = performance.now();
      // Release first, judge after: the referee then works while the programs compute their
      // next step. Programs released after a final decision are stopped at their next request
      // (before anything of it is applied), so the outcome is the same either way.
      this.lockstep.releaseHeld();
      if (this.pipelined) this.lockstep.prefetch(world.timeMs);
      const t2 = performance.now();
      const decided = opts.afterStep?.() ?? false;
      this.physicsMs += t1 - t0;
      this.releaseMs += t2 - t1;
      this.judgeMs += performance.now() - t2;
      if (decided) {
        end = 'decided';
        break;
      }
      if (world.timeMs >= opts.maxTimeMs) {
        end = 'time';
        break;
      }
      await this.lockstep.afterStep(world.timeMs);
    }
    await this.lockstep.stopAll();
    return end;
  }
}
