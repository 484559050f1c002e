// Runs inside a Node worker thread (loaded by program-worker-entry.mjs). Thin: wires
// parentPort to ProgramWorkerCore and loads Pyodide from node_modules (never the network).
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { ProgramWorkerCore } from '../worker-core.ts';
import type { HostToWorker } from '../protocol.ts';

const port = parentPort;
if (!port) throw new Error('worker-main.ts must run in a worker thread');

const core = new ProgramWorkerCore({
  loadPyodide: (options) => loadPyodide(options),
  post: (message) => port.postMessage(message),
});

// Messages are handled one at a time: a run occupies the thread until its EXIT is acknowledged.
let queue = Promise.resolve();
port.on('message', (message: HostToWorker) => {
  queue = queue.then(() => core.handle(message));
});
