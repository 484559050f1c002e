// Runs as a dedicated Web Worker: the app's simulation host (DESIGN.md "Data flow"). Thin
// entry: wires messages to SimHost. Program workers (one per robot) are spawned from here.
import { createBrowserPool } from '../browser-pool.ts';
import type { HostToMain } from './host-protocol.ts';
import { SimHost } from './sim-host.ts';
import { cacheSnapshotStore } from './snapshot-cache.ts';

const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/`, self.location.origin).href;

const host = new SimHost({
  pool: createBrowserPool({ indexURL, maxIdle: 2, snapshots: cacheSnapshotStore() }),
  post: (message: HostToMain) => self.postMessage(message),
});

self.addEventListener('message', (event: MessageEvent) => host.handle(event.data));
