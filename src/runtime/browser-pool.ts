/**
 * The browser's pool of program workers, for the sim-host worker of the app (Vite build).
 * Program workers are module Web Workers from program-worker.ts; our Python package is
 * bundled as raw text; Pyodide comes from the app's own origin (I-8: `indexURL`).
 * Needs cross-origin isolation (COOP/COEP) for SharedArrayBuffer.
 */
import type { PythonFile } from './protocol.ts';
import type { WorkerLike } from './host/channel.ts';
import { WorkerPool, type SnapshotStore } from './pool.ts';

/** src/python/**.py, bundled by Vite as text (paths relative to src/python). */
export function bundledPythonFiles(): PythonFile[] {
  const modules = import.meta.glob('../python/**/*.py', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  return Object.entries(modules)
    .map(([path, content]) => ({ path: path.replace('../python/', ''), content }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A module Web Worker running program-worker.ts, as the host's WorkerLike. */
export function spawnWebWorker(): WorkerLike {
  const w = new Worker(new URL('./program-worker.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (m) => w.postMessage(m),
    listen: (onMessage, onFail) => {
      w.addEventListener('message', (e: MessageEvent) => onMessage(e.data));
      w.addEventListener('error', (e: ErrorEvent) => onFail(`error: ${e.message}`));
      w.addEventListener('messageerror', () => onFail('message error'));
    },
    terminate: () => w.terminate(),
  };
}

/** A pool of Web Workers; `indexURL` is where the app serves its copy of Pyodide. */
export function createBrowserPool(opts: {
  indexURL: string;
  maxIdle?: number;
  snapshots?: SnapshotStore | null;
}): WorkerPool {
  return new WorkerPool({
    spawn: spawnWebWorker,
    indexURL: opts.indexURL,
    files: bundledPythonFiles(),
    maxIdle: opts.maxIdle,
    snapshots: opts.snapshots ?? undefined,
  });
}
