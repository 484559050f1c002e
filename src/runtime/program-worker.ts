// Runs as a Web Worker (one per robot). Thin entry: wires messages to ProgramWorkerCore.
// The host gives the indexURL of the app's own Pyodide copy in the init message (I-8).
import { loadPyodide } from 'pyodide';
import { ProgramWorkerCore } from './worker-core.ts';
import type { HostToWorker, WorkerToHost } from './protocol.ts';

// Taken now: the lockdown (worker-lockdown.ts) removes postMessage from the worker's global.
const postToHost = self.postMessage.bind(self);
const core = new ProgramWorkerCore({
  loadPyodide: (options) => loadPyodide(options),
  post: (message: WorkerToHost) => postToHost(message),
});

// One message at a time: a run must not start before Pyodide has loaded.
let queue = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<HostToWorker>) => {
  queue = queue.then(() => core.handle(event.data));
});
