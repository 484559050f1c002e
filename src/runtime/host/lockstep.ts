/**
 * The lockstep scheduler (DESIGN.md I-3): serves every program's requests in robot order
 * and steps physics only when every program is held past the current step.
 *
 * Determinism: the host waits for robot A's next request before looking at robot B's, and a
 * program's requests depend only on the replies it got, so the order of everything applied
 * to the world is fixed by the programs and never by thread timing. Wall time only decides
 * when a silent program is declared a runaway. Pipelined (runner.ts): a request is only read
 * in serveAll, and serveAll(W) reads a program's next request only if its clock (as the host
 * set it in the last reply) is below W, so every request is handled at a world time fixed by
 * the program's own clock, wherever the program happened to be when the world stepped.
 *
 * The loop is async so it can yield to the event loop every ~25 ms of wall time (worker
 * deaths, abort signals, pacing); between yields it blocks on Atomics.wait, which is allowed
 * in Node's main thread and in the browser's dedicated sim-host worker.
 */
import type { Reason } from '../../../sim/types.ts';
import { STEP_MS, type SimWorldApi } from '../../../sim/world-types.ts';
import { decodeRequest } from './codec.ts';
import type { RobotProgram } from './robot-program.ts';

export interface LockstepOptions {
  /** A program that makes no call for this long (wall ms) is stopped as a runaway. */
  watchdogMs: number;
  /**
   * Wall-clock pacing: simulated ms per wall ms (1 = real time); null = flat out. A function
   * is read after every step, so the app's speed control acts during a run.
   */
  pace: Pace;
  signal?: AbortSignal;
}

/** Wall time between re-signalled interrupts (Pyodide in Node loses about 1 in 10). */
const RESIGNAL_MS = 100;
/** After the first interrupt, how long before the worker is terminated. */
const KILL_AFTER_MS = 1500;
/** Longest single Atomics.wait before the loop looks around (and yields). */
const SLICE_MS = 20;
const YIELD_EVERY_MS = 25;
/** Wall ms a program that was told to stop may compute before it is interrupted. */
const STOP_PATIENCE_MS = 300;

const now = (): number => performance.now();

/** Simulated ms per wall ms, fixed or read live; null = flat out. */
export type Pace = number | null | (() => number | null);

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Let queued events run: setImmediate in Node; a MessageChannel in browsers, because a
 * nested setTimeout(0) is clamped to 4 ms there (16 % of a 25 ms slice).
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => void };
  if (g.setImmediate) return new Promise((r) => g.setImmediate!(r));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((r) => {
    waiting.push(r);
    channel!.port2.postMessage(null);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class Lockstep {
  private lastYield = now();
  private paceStart = { wall: now(), sim: 0 };
  private lastPace: number | null = null;
  /** Wall ms spent waiting for programs (the rest is physics, refereeing and the host). */
  waitMs = 0;

  constructor(
    private world: SimWorldApi,
    private readonly programs: readonly RobotProgram[],
    private readonly opts: LockstepOptions,
  ) {}

  /** A new round: a new world (programs are restarted by the caller). */
  setWorld(world: SimWorldApi): void {
    this.world = world;
    this.paceStart = { wall: now(), sim: 0 };
  }

  get aborted(): boolean {
    return this.opts.signal?.aborted ?? false;
  }

  /**
   * Serve every program (in robot order) until its clock reaches `untilMs` (it is held or
   * computing ahead) or it has ended. Default: past the current step (strict lockstep).
   */
  async serveAll(untilMs: number = this.world.timeMs + STEP_MS): Promise<void> {
    for (const p of this.programs) {
      if (p.mustServe(untilMs)) await this.serve(p, untilMs);
    }
  }

  /** Step physics once (every program is held or ended: serveAll ran). */
  stepWorld(): void {
    this.world.step();
  }

  /** Release the programs whose wait is over at the new world time (in robot order). */
  releaseHeld(): void {
    const w = this.world.timeMs;
    for (const p of this.programs) if (p.phase === 'held') p.release(w);
  }

  /**
   * Pipelined loop: compute now the readouts of the programs that will be answered at world
   * time `worldMs` (running, clock below it), while they are still computing.
   */
  prefetch(worldMs: number): void {
    for (const p of this.programs)
      if (p.phase === 'running' && p.clock < worldMs) p.prefetch(worldMs);
  }

  /** Yield and pace after a step; `simMs` is the world time of the current round. */
  async afterStep(simMs: number): Promise<void> {
    const pace = typeof this.opts.pace === 'function' ? this.opts.pace() : this.opts.pace;
    if (pace !== this.lastPace) {
      // A new speed starts its own schedule from here, without a jump or a catch-up burst.
      this.lastPace = pace;
      this.paceStart = { wall: now(), sim: simMs };
    }
    if (pace != null && pace > 0) {
      const ahead = (simMs - this.paceStart.sim) / pace - (now() - this.paceStart.wall);
      if (ahead > 4) {
        await sleep(ahead);
        this.lastYield = now();
        return;
      }
    }
    if (now() - this.lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      this.lastYield = now();
    }
  }

  /** Ask every program to stop and wait until each worker reports its run over. */
  async stopAll(): Promise<void> {
    for (const p of this.programs) p.requestStop();
    await this.serveAll(Infinity);
  }

  /** Wait for and handle one program's requests until it no longer awaits one. */
  private async serve(p: RobotProgram, untilMs: number): Promise<void> {
    let since = now();
    let firstSignal = 0;
    let lastSignal = 0;
    while (p.mustServe(untilMs)) {
      const t0 = now();
      const got = p.channel.waitRequest(SLICE_MS);
      this.waitMs += now() - t0;
      if (got) {
        p.handle(decodeRequest(p.channel.readRequest()), this.world.timeMs);
        since = now();
        continue;
      }
      if (p.channel.dead) {
        p.abandon({ code: 'program.crashed', robot: p.id, params: { message: p.channel.dead } });
        return;
      }
      const t = now();
      if (firstSignal === 0 && t - since > this.patience(p)) {
        this.declareRunaway(p);
        firstSignal = lastSignal = t;
      } else if (firstSignal !== 0 && t - firstSignal > KILL_AFTER_MS) {
        p.channel.terminate();
        p.abandon(this.runawayReason(p));
        return;
      } else if (firstSignal !== 0 && t - lastSignal > RESIGNAL_MS) {
        // Pyodide in Node drops about 1 interrupt in 10: say it again until the run ends.
        p.channel.interrupt();
        lastSignal = t;
      }
      if (t - this.lastYield > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        this.lastYield = now();
      }
    }
  }

  /**
   * Wall ms a program may go without a request. NB: judged only while the host waits for
   * this very program, so host work and the other robot never count against it. A program
   * being stopped (match over, aborted) gets little patience: its next call is refused anyway.
   */
  private patience(p: RobotProgram): number {
    const w = this.opts.watchdogMs;
    return p.phase === 'stopping' || this.aborted ? Math.min(w, STOP_PATIENCE_MS) : w;
  }

  private runawayReason(p: RobotProgram): Reason {
    return {
      code: 'program.runaway',
      robot: p.id,
      params: { seconds: this.opts.watchdogMs / 1000 },
    };
  }

  /** Stop a silent program: KeyboardInterrupt now (re-signalled by serve), STOP at its next call. */
  private declareRunaway(p: RobotProgram): void {
    if (!this.aborted && p.phase === 'running') {
      p.interruptedForRunaway = true;
      p.fail(this.runawayReason(p));
    }
    p.requestStop();
    p.channel.interrupt();
  }
}
