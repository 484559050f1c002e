/**
 * The main thread's handle on the simulation host worker: start and stop runs, change the
 * speed, follow Python's loading, and receive frames, prints and verdicts.
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

export class HostClient {
  private readonly worker: Worker;
  private nextRunId = 1;
  private readonly runs = new Map<number, PendingRun>();
  private pythonListeners = new Set<(status: PythonStatus) => void>();
  python: PythonStatus = { state: 'loading', percent: 0 };
  /** Messages the host rejected as malformed (I-7), most recent last. */
  readonly rejected: string[] = [];

  constructor(worker?: Worker) {
    this.worker =
      worker ?? new Worker(new URL('./sim-host.worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<HostToMain>) =>
      this.receive(event.data),
    );
  }

  private send(message: MainToHost) {
    this.worker.postMessage(message);
  }

  private receive(message: HostToMain) {
    if (message.type === 'rejected') {
      this.rejected.push(message.detail);
      console.warn(`simulation host rejected a message: ${message.detail}`);
      return;
    }
    if (message.type === 'python') {
      this.python = message.status;
      for (const listener of this.pythonListeners) listener(message.status);
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

  /** Start loading Python in the background (the page stays usable meanwhile). */
  warm() {
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
    return { runId, done };
  }

  stop(runId: number) {
    this.send({ type: 'stop', runId });
  }

  setSpeed(speed: number) {
    this.send({ type: 'speed', speed });
  }
}
