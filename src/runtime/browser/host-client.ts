/**
 * The main thread's handle on the simulation host worker: start and stop runs, change the
 * speed, follow Python's loading, and receive frames, prints and verdicts.
 *
 * A host that dies (an error in the worker, or a worker that stops answering — a terminated
 * worker sends no event at all) fails its runs with HostFailedError and is replaced by a new
 * one, so the page and the student's project carry on (I-9).
 */
import type {
  HostToMain,
  MainToHost,
  PythonStatus,
  RunOutcome,
  RunRequest,
} from './host-protocol.ts';

export interface RunCallbacks {
  onStarted?: (message: Extract<HostToMain, { type: 'started' }>) => void;
  onFrame?: (message: Extract<HostToMain, { type: 'frame' }>) => void;
  onPrint?: (message: Extract<HostToMain, { type: 'print' }>) => void;
  onBlock?: (message: Extract<HostToMain, { type: 'block' }>) => void;
}

interface PendingRun {
  callbacks: RunCallbacks;
  resolve: (outcome: RunOutcome) => void;
  reject: (error: Error) => void;
}

/** The simulation host died during a run; a new one has been started. */
export class HostFailedError extends Error {
  constructor(readonly why: string) {
    super(`the simulation host stopped: ${why}`);
    this.name = 'HostFailedError';
  }
}

/** While a run is on, the host is asked for a sign of life this often (wall ms)… */
const PING_MS = 1000;
/** …and declared dead when it has said nothing for this long (it answers within ~25 ms). */
export const HOST_SILENCE_MS = 8000;

const spawnHostWorker = (): Worker =>
  new Worker(new URL('./sim-host.worker.ts', import.meta.url), { type: 'module' });

export class HostClient {
  private worker: Worker;
  private nextRunId = 1;
  private readonly runs = new Map<number, PendingRun>();
  private pythonListeners = new Set<(status: PythonStatus) => void>();
  private lastHeard = performance.now();
  private pinger: ReturnType<typeof setInterval> | null = null;
  private warmed = false;
  private speed: number | null = null;
  python: PythonStatus = { state: 'loading', percent: 0 };
  /** Messages the host rejected as malformed (I-7), most recent last. */
  readonly rejected: string[] = [];
  /** How many times the host died and was replaced. */
  restarts = 0;

  constructor(private readonly spawn: () => Worker = spawnHostWorker) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.addEventListener('message', (event: MessageEvent<HostToMain>) => {
      if (worker === this.worker) this.receive(event.data);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      if (worker === this.worker) this.fail(`error: ${event.message}`);
    });
    this.lastHeard = performance.now();
    return worker;
  }

  /** The host is gone: fail its runs, start a new one in the same state (warm, speed). */
  private fail(why: string) {
    this.worker.terminate();
    this.restarts++;
    const runs = [...this.runs.values()];
    this.runs.clear();
    this.stopPinging();
    this.worker = this.start();
    this.setPython({ state: 'loading', percent: 0 });
    if (this.speed !== null) this.send({ type: 'speed', speed: this.speed });
    if (this.warmed) this.send({ type: 'warm' });
    for (const run of runs) run.reject(new HostFailedError(why));
  }

  private send(message: MainToHost) {
    this.worker.postMessage(message);
  }

  private setPython(status: PythonStatus) {
    this.python = status;
    for (const listener of this.pythonListeners) listener(status);
  }

  private receive(message: HostToMain) {
    this.lastHeard = performance.now();
    if (message.type === 'pong') return;
    if (message.type === 'rejected') {
      this.rejected.push(message.detail);
      console.warn(`simulation host rejected a message: ${message.detail}`);
      return;
    }
    if (message.type === 'python') {
      this.setPython(message.status);
      return;
    }
    const run = this.runs.get(message.runId);
    if (!run) return;
    switch (message.type) {
      case 'started':
        run.callbacks.onStarted?.(message);
        return;
      case 'frame':
        run.callbacks.onFrame?.(message);
        return;
      case 'print':
        run.callbacks.onPrint?.(message);
        return;
      case 'block':
        run.callbacks.onBlock?.(message);
        return;
      case 'done':
        this.runs.delete(message.runId);
        run.resolve(message.outcome);
        return;
      case 'failed':
        this.runs.delete(message.runId);
        run.reject(new Error(message.message));
        return;
    }
  }

  /** While runs are on: ask for a sign of life, and give up on a host that stays silent. */
  private startPinging() {
    if (this.pinger) return;
    this.lastHeard = performance.now();
    let n = 0;
    this.pinger = setInterval(() => {
      if (this.runs.size === 0) return this.stopPinging();
      if (performance.now() - this.lastHeard > HOST_SILENCE_MS) return this.fail('no answer');
      this.send({ type: 'ping', n: n++ });
    }, PING_MS);
  }

  private stopPinging() {
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = null;
  }

  /** Start loading Python in the background (the page stays usable meanwhile). */
  warm() {
    this.warmed = true;
    this.send({ type: 'warm' });
  }

  onPython(listener: (status: PythonStatus) => void): () => void {
    this.pythonListeners.add(listener);
    listener(this.python);
    return () => this.pythonListeners.delete(listener);
  }

  /** Runs a session; resolves with its outcome (also when stopped: `aborted` is then true). */
  run(request: RunRequest, callbacks: RunCallbacks): { runId: number; done: Promise<RunOutcome> } {
    const runId = this.nextRunId++;
    const done = new Promise<RunOutcome>((resolve, reject) => {
      this.runs.set(runId, { callbacks, resolve, reject });
    });
    this.send({ type: 'run', runId, request });
    this.startPinging();
    return { runId, done };
  }

  stop(runId: number) {
    this.send({ type: 'stop', runId });
  }

  setSpeed(speed: number) {
    this.speed = speed;
    this.send({ type: 'speed', speed });
  }
}
