/**
 * The program worker's logic, as a plain module: the platform entries
 * (program-worker.ts for browsers, node/program-worker-entry.mjs for Node) only wire
 * messages to it, so it carries no Worker or Node imports.
 *
 * One worker = one robot's interpreter. Pyodide is loaded once; each run gets a fresh
 * namespace, freshly imported user modules and a reset interrupt word (warm reuse).
 */
import type { PyodideAPI } from 'pyodide';
import {
  EXIT,
  PYTHON_ENV,
  SNAPSHOT_PRELUDE,
  isInitRequest,
  isRunRequest,
  type HostToWorker,
  type InitRequest,
  type RunRequest,
  type WorkerToHost,
} from './protocol.ts';
import { runtimePythonFiles } from './python-bridge.ts';
import { WorkerSab, type ExitInfo } from './worker-sab.ts';
import { lockDownWorker } from './worker-lockdown.ts';

/** Where our Python package lives in the worker's file system. */
const LIB_DIR = '/qadam/lib';
/** robot_setup/<profile>.py files are kept aside; the chosen one becomes robot_setup.py. */
const SETUP_DIR = '/qadam/setups';

/** The loadPyodide options we use (the underscored ones are Pyodide's memory snapshots). */
export interface LoadOptions {
  indexURL: string;
  env: Record<string, string>;
  _loadSnapshot?: Uint8Array;
  _makeSnapshot?: boolean;
}

export interface WorkerCoreDeps {
  loadPyodide: (options: LoadOptions) => Promise<PyodideAPI>;
  /** Must not read globals at call time: the lockdown removes `postMessage` from the worker. */
  post: (message: WorkerToHost) => void;
  /**
   * Lock the worker's JavaScript down after Pyodide is set up, before any program runs
   * (worker-lockdown.ts). Default true; false only for tests of the unlocked worker.
   */
  lockdown?: boolean;
}

/** Minimal view of the PyProxy objects we touch (avoids depending on pyodide/ffi types). */
interface BufferProxy {
  copy(): BufferProxy;
  getBuffer(type: 'u8'): { data: Uint8Array; release(): void };
}
type RunUser = (code: string, seed: number) => string;
type ClearSignal = () => void;

export class ProgramWorkerCore {
  private py: PyodideAPI | null = null;
  private sab: WorkerSab | null = null;
  private pyBuf: BufferProxy | null = null;
  private view: { data: Uint8Array; release(): void } | null = null;
  private runUser: RunUser | null = null;
  private clearSignal: ClearSignal | null = null;
  private profile = '';
  private loads = 0;

  constructor(private readonly deps: WorkerCoreDeps) {}

  /** Entry point for every message from the host. */
  async handle(message: HostToWorker): Promise<void> {
    if (isInitRequest(message)) await this.init(message);
    else if (isRunRequest(message)) this.run(message);
  }

  private async init(msg: InitRequest): Promise<void> {
    const t0 = Date.now();
    try {
      this.sab = new WorkerSab(msg.sab);
      let fromSnapshot = false;
      let snapshot: Uint8Array | undefined;
      if (msg.snapshot) {
        try {
          this.setup(await this.load(msg, { _loadSnapshot: msg.snapshot }), msg);
          fromSnapshot = true;
        } catch {
          // A stale or damaged snapshot costs only the time it took: load cold instead.
          this.py = null;
        }
      }
      if (!this.py) {
        const py = await this.load(msg, msg.makeSnapshot ? { _makeSnapshot: true } : {});
        if (msg.makeSnapshot) {
          try {
            // Taken before anything of ours (JS modules, buffers) is attached to Python.
            snapshot = py.makeMemorySnapshot();
          } catch {
            snapshot = undefined;
          }
        }
        this.setup(py, msg);
      }
      if (this.deps.lockdown !== false) lockDownWorker(this.py);
      this.deps.post({
        type: 'didInit',
        pyodideLoads: this.loads,
        loadMs: Date.now() - t0,
        fromSnapshot,
        ...(snapshot ? { snapshot } : {}),
      });
    } catch (e) {
      this.deps.post({ type: 'didFailInit', message: String((e as Error)?.message ?? e) });
    }
  }

  private async load(
    msg: InitRequest,
    extra: Pick<LoadOptions, '_loadSnapshot' | '_makeSnapshot'>,
  ): Promise<PyodideAPI> {
    const py = await this.deps.loadPyodide({ indexURL: msg.indexURL, env: PYTHON_ENV, ...extra });
    this.loads++;
    // Already imported after a snapshot; before one, this is what the snapshot keeps.
    py.runPython(SNAPSHOT_PRELUDE);
    return py;
  }

  /** Install our package and the bridge into a loaded interpreter. */
  private setup(py: PyodideAPI, msg: InitRequest): void {
    for (const f of msg.files) {
      const isSetup = f.path.startsWith('robot_setup/');
      const dest = isSetup
        ? `${SETUP_DIR}/${f.path.slice('robot_setup/'.length)}`
        : `${LIB_DIR}/${f.path}`;
      py.FS.mkdirTree(dest.slice(0, dest.lastIndexOf('/')));
      py.FS.writeFile(dest, f.content);
    }
    for (const f of runtimePythonFiles()) py.FS.writeFile(`${LIB_DIR}/${f.path}`, f.content);
    py.registerJsModule('_qadam_js', {
      attach: (buf: BufferProxy) => this.attach(buf),
      flush: (floatBytes: number) => this.sab!.exchange(this.bytes(), floatBytes),
      print: (clockMs: number, line: string) => this.sab!.print(clockMs, line),
      block: (id: string) => this.sab!.block(id),
    });
    py.setInterruptBuffer(this.sab!.interruptWord());
    // A robot has no keyboard: input() raises at once instead of blocking the worker.
    py.setStdin({ error: true });
    py.runPython(
      `import sys\nsys.path.insert(0, ${JSON.stringify(LIB_DIR)})\nimport _qadam_runtime\n_qadam_runtime.setup()`,
    );
    const runtime = py.pyimport('_qadam_runtime') as {
      run_user: RunUser;
      clear_signal: ClearSignal;
    };
    this.runUser = runtime.run_user;
    this.clearSignal = runtime.clear_signal;
    this.py = py;
  }

  private attach(buf: BufferProxy): void {
    // Arguments are borrowed for the duration of the call: keep our own reference.
    this.pyBuf = buf.copy();
    this.view = this.pyBuf.getBuffer('u8');
  }

  /** Python's buffer as bytes; re-taken if growing wasm memory detached the old view. */
  private bytes(): Uint8Array {
    if (this.view === null || this.view.data.byteLength === 0) {
      this.view?.release();
      this.view = this.pyBuf!.getBuffer('u8');
    }
    return this.view.data;
  }

  private run(msg: RunRequest): void {
    const py = this.py;
    const sab = this.sab;
    if (!py || !sab || !this.runUser) return;
    if (msg.profile !== this.profile) {
      const setup = `${SETUP_DIR}/${msg.profile}.py`;
      const content = py.FS.analyzePath(setup).exists
        ? py.FS.readFile(setup, { encoding: 'utf8' })
        : `raise ImportError("no robot_setup for profile ${msg.profile}")\n`;
      py.FS.writeFile(`${LIB_DIR}/robot_setup.py`, content);
      this.profile = msg.profile;
    }
    sab.resetRun();
    try {
      this.clearSignal?.();
    } catch {
      // A KeyboardInterrupt meant for the previous run (I-2: it must not fail this one).
    }
    let info: ExitInfo;
    try {
      info = JSON.parse(this.runUser(msg.code, msg.seed)) as ExitInfo;
    } catch (e) {
      // A KeyboardInterrupt can land in run_user's own handlers: still an interrupted run.
      const err = e as { type?: string; message?: string; pyodide_fatal_error?: boolean };
      // A fatal error (e.g. a JS exception thrown through wasm by ctypes) leaves Pyodide
      // unusable: say so, and the host retires this worker instead of reusing it.
      const status = err?.pyodide_fatal_error === true ? EXIT.FATAL : EXIT.INTERNAL;
      info =
        err?.type === 'KeyboardInterrupt'
          ? { s: EXIT.INTERRUPTED, type: 'KeyboardInterrupt' }
          : { s: status, type: err?.type ?? 'Error', message: String(err?.message ?? e) };
    }
    sab.sendExit(info);
    this.deps.post({ type: 'didRun' });
  }
}
