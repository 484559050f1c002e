/**
 * The app's simulation host: runs one session at a time with warm Pyodide workers, paces it to
 * the wall clock × speed, and streams frames, prints and the verdict to the main thread.
 * Plain module (the worker entry is sim-host.worker.ts), so it can be tested without a Worker.
 */
import { profileById } from '../../../sim/profiles/index.ts';
import { resolveTask } from '../../lessons/catalog-tasks.ts';
import type { WorldSnapshot } from '../../../sim/types.ts';
import type { ProgramPool } from '../pool.ts';
import { runSession, ROBOT_IDS } from '../session.ts';
import {
  clampSpeed,
  mainToHostProblem,
  type HostToMain,
  type MainToHost,
  type PythonStatus,
  type RunRequest,
} from './host-protocol.ts';

/** Frames are sent at most this often (wall ms): the screen cannot show more. */
const FRAME_MS = 1000 / 60;

export interface SimHostOptions {
  pool: ProgramPool & { warm?(n: number): Promise<void> };
  post: (message: HostToMain) => void;
  /** Wall ms without a robot call before a program is stopped (default 5000). */
  watchdogMs?: number;
}

export class SimHost {
  private speed = 1;
  private current: { runId: number; abort: AbortController } | null = null;
  private warming: Promise<void> | null = null;
  private python: PythonStatus = { state: 'loading', percent: 0 };

  constructor(private readonly opts: SimHostOptions) {}

  /**
   * Handles one message from the main thread. A malformed one is not acted on: it is reported
   * back (`rejected`), and a run request that carries a run id fails with the reason.
   */
  handle(data: unknown): void {
    const problem = mainToHostProblem(data);
    if (problem !== null) {
      this.opts.post({ type: 'rejected', detail: problem });
      const m = data as { type?: unknown; runId?: unknown } | null;
      if (m?.type === 'run' && Number.isSafeInteger(m.runId))
        this.opts.post({ type: 'failed', runId: m.runId as number, message: problem });
      return;
    }
    const msg = data as MainToHost;
    switch (msg.type) {
      case 'warm':
        void this.warm();
        return;
      case 'ping':
        this.opts.post({ type: 'pong', n: msg.n });
        return;
      case 'speed':
        this.speed = clampSpeed(msg.speed);
        return;
      case 'stop':
        if (this.current?.runId === msg.runId) this.current.abort.abort();
        return;
      case 'run':
        void this.run(msg.runId, msg.request);
        return;
    }
  }

  private setPython(status: PythonStatus) {
    this.python = status;
    this.opts.post({ type: 'python', status });
  }

  /** Loads two program workers (two robots for sumo) in the background, reporting progress. */
  warm(): Promise<void> {
    if (this.warming) return this.warming;
    if (!this.opts.pool.warm) return Promise.resolve();
    this.setPython({ state: 'loading', percent: 5 });
    const started = performance.now();
    // Pyodide reports no progress of its own: show time against a typical cold load (≈ 3 s),
    // never reaching 100 % until it is really ready.
    const timer = setInterval(() => {
      const percent = Math.min(95, 5 + Math.round(((performance.now() - started) / 3000) * 90));
      if (this.python.state === 'loading') this.setPython({ state: 'loading', percent });
    }, 250);
    this.warming = this.opts.pool
      .warm(2)
      .then(() => this.setPython({ state: 'ready', percent: 100 }))
      .catch((error: unknown) => {
        this.warming = null;
        this.setPython({
          state: 'failed',
          percent: 0,
          detail: String((error as Error)?.message ?? error),
        });
      })
      .finally(() => clearInterval(timer));
    return this.warming;
  }

  private async run(runId: number, request: RunRequest): Promise<void> {
    const post = this.opts.post;
    this.current?.abort.abort();
    const abort = new AbortController();
    this.current = { runId, abort };
    try {
      const task = resolveTask(request.task);
      if (!task) throw new Error(`unknown task ${request.task}`);
      if (!request.programs.every((p) => profileById(p.profile))) throw new Error('unknown robot');
      this.speed = clampSpeed(request.speed);
      await this.warm();
      const setup = task.create(request.seed, request.params);
      post({
        type: 'started',
        runId,
        arena: setup.arena,
        robots: request.programs.map((p, i) => ({ id: ROBOT_IDS[i], profile: p.profile })),
      });
      let lastFrame = -Infinity;
      let round = 1;
      let lastT = -1;
      let latest: WorldSnapshot | null = null;
      const result = await runSession({
        task,
        seed: request.seed,
        params: request.params,
        programs: request.programs,
        pool: this.opts.pool,
        pace: () => this.speed,
        lockstep: request.lockstep,
        signal: abort.signal,
        watchdogMs: this.opts.watchdogMs,
        onSnapshot: (snapshot) => {
          if (snapshot.t < lastT) round++;
          lastT = snapshot.t;
          latest = snapshot;
          const now = performance.now();
          if (now - lastFrame >= FRAME_MS) {
            lastFrame = now;
            post({ type: 'frame', runId, snapshot, round });
          }
        },
        onBlock: request.traceBlocks
          ? (robot, blockId) => post({ type: 'block', runId, robot, blockId })
          : undefined,
        onPrint: (robot, line) => {
          post({ type: 'print', runId, robot, t: line.t, text: line.text });
        },
      });
      if (latest) post({ type: 'frame', runId, snapshot: latest, round });
      post({
        type: 'done',
        runId,
        outcome: {
          verdict: result.verdict,
          match: result.match,
          simTimeMs: result.simTimeMs,
          hash: result.hash,
          programStatuses: result.programStatuses,
          rejectedMessages: result.rejectedMessages,
          aborted: result.aborted,
        },
      });
    } catch (error) {
      post({ type: 'failed', runId, message: String((error as Error)?.message ?? error) });
    } finally {
      if (this.current?.runId === runId) this.current = null;
    }
  }
}
