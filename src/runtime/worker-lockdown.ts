/**
 * Locks down a program worker's JavaScript before any student code runs (DESIGN.md I-7,
 * defence in depth). Platform-neutral: it removes whatever of the listed things exists.
 *
 * Why: Python in Pyodide can always reach JavaScript — every JS object it holds (the bridge's
 * `_qadam_js` functions, `sys.modules['pyodide_js']`) leads to `globalThis` through
 * `fn.constructor` (the Function constructor), and `ctypes` reaches Emscripten's
 * `emscripten_run_script` (a global `eval`). The import guard in `_qadam_runtime` only gives a
 * student a clear error; it is not a wall. Before this lockdown a program could, in a Node
 * worker thread, read and write the judge's files (`process.getBuiltinModule('fs')`), kill the
 * judge (`process.kill`), print fake results to its stdout, or mount the host file system into
 * Python (NODEFS); in the browser it could rewrite the saved projects (IndexedDB), the service
 * worker's caches, or post messages to the simulation host.
 *
 * What stays true whatever a program does: the host validates every request (host/codec.ts)
 * and every lifecycle message (host/channel.ts), and a program's worker holds only its own
 * robot's SharedArrayBuffer. What this adds: no code from strings (Function constructors,
 * eval, string timers), no network, storage, file system mounts, process control, nested
 * workers or message channels in the worker.
 */

/** Global names removed from a program worker (those that exist on the platform). */
export const REMOVED_GLOBALS = [
  // network
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  // storage that outlives the run (saved projects, the service worker's caches)
  'indexedDB',
  'caches',
  'requestFileSystem',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  // other threads and realms (a nested worker would have none of this lockdown)
  'Worker',
  'SharedWorker',
  'importScripts',
  'BroadcastChannel',
  // talking to the simulation host: only the worker core may (it keeps its own reference)
  'postMessage',
  // ending its own worker quietly: the pool would hand the dead worker to the next run
  'close',
] as const;

/** Node's process methods that reach the machine rather than the worker thread. */
export const BLOCKED_PROCESS = [
  'getBuiltinModule',
  'binding',
  '_linkedBinding',
  'dlopen',
  'kill',
  '_kill',
  'abort',
  'reallyExit',
  'chdir',
  'umask',
  'setuid',
  'setgid',
  'seteuid',
  'setegid',
  'setgroups',
  'initgroups',
  '_debugProcess',
  'openStdin',
] as const;

/** What the lockdown needs from Pyodide: its file systems (mounting NODEFS reaches the disk). */
export interface LockdownPyodide {
  FS: { filesystems: Record<string, unknown> };
}

function refusing(what: string): () => never {
  return function refused(): never {
    throw new Error(`${what} is not available on a robot`);
  };
}

/** Removes `name` from `obj` and from its prototypes (WebIDL puts some on the global's). */
function removeEverywhere(obj: object, name: string): boolean {
  let removed = false;
  for (let o: object | null = obj; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (o === Object.prototype) break;
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (!d) continue;
    if (Reflect.deleteProperty(o, name)) removed = true;
    else if (d.writable) {
      (o as Record<string, unknown>)[name] = undefined;
      removed = true;
    }
  }
  return removed;
}

/** The four function constructors (each evaluates a string as code). */
function functionConstructors(): { name: string; ctor: { prototype: object } }[] {
  const protoOf = (f: unknown): { constructor: { prototype: object } } =>
    Object.getPrototypeOf(f) as { constructor: { prototype: object } };
  return [
    { name: 'Function', ctor: Function },
    { name: 'AsyncFunction', ctor: protoOf(async () => undefined).constructor },
    { name: 'GeneratorFunction', ctor: protoOf(function* () {}).constructor },
    { name: 'AsyncGeneratorFunction', ctor: protoOf(async function* () {}).constructor },
  ];
}

/** No code from strings: the function constructors and eval throw; timers take functions only. */
function blockCodeFromStrings(g: Record<string, unknown>, done: string[]): void {
  for (const { name, ctor } of functionConstructors()) {
    const fake = refusing(name);
    // `instanceof Function` keeps working: the stand-in shares the real prototype.
    Object.defineProperty(fake, 'prototype', { value: ctor.prototype });
    Object.defineProperty(ctor.prototype, 'constructor', {
      value: fake,
      writable: false,
      configurable: false,
    });
    if (name === 'Function') {
      Object.defineProperty(g, 'Function', { value: fake, writable: false, configurable: false });
    }
    done.push(name);
  }
  Object.defineProperty(g, 'eval', {
    value: refusing('eval'),
    writable: false,
    configurable: false,
  });
  done.push('eval');
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const real = g[timer] as ((f: unknown, ...rest: unknown[]) => unknown) | undefined;
    if (typeof real !== 'function') continue;
    g[timer] = (f: unknown, ...rest: unknown[]) => {
      if (typeof f !== 'function') throw new TypeError(`${timer} takes a function here`);
      return real.call(g, f, ...rest);
    };
  }
}

function blockProcess(g: Record<string, unknown>, done: string[]): void {
  const proc = g.process as Record<string, unknown> | undefined;
  if (!proc || typeof proc !== 'object') return;
  for (const name of BLOCKED_PROCESS) {
    if (!(name in proc)) continue;
    try {
      Object.defineProperty(proc, name, {
        value: refusing(`process.${name}`),
        writable: false,
        configurable: false,
      });
      done.push(`process.${name}`);
    } catch {
      // Not redefinable: leave it (reported by the list of what was done).
    }
  }
  for (const name of ['report', 'env', 'mainModule'] as const) {
    try {
      Object.defineProperty(proc, name, {
        value: Object.freeze({}),
        writable: false,
        configurable: false,
      });
      done.push(`process.${name}`);
    } catch {
      // as above
    }
  }
}

/** File systems other than the in-memory one cannot be mounted (NODEFS is the host's disk). */
function blockMounts(py: LockdownPyodide, done: string[]): void {
  for (const [name, fs] of Object.entries(py.FS.filesystems)) {
    if (name === 'MEMFS' || fs === null || typeof fs !== 'object') continue;
    Object.defineProperty(fs, 'mount', {
      value: refusing(`${name} mount`),
      writable: false,
      configurable: false,
    });
    done.push(`FS.${name}`);
  }
  const api = py as unknown as Record<string, unknown>;
  for (const name of ['mountNodeFS', 'mountNativeFS', 'loadPackage', 'loadPackagesFromImports']) {
    try {
      Object.defineProperty(api, name, {
        value: refusing(`pyodide.${name}`),
        writable: false,
        configurable: false,
      });
      done.push(`pyodide.${name}`);
    } catch {
      // as above
    }
  }
}

/**
 * Lock the worker down. Call once, after Pyodide and our package are installed and before the
 * first program runs; whatever the worker core needs later (its post function, Pyodide's FS)
 * it must have taken before. Returns what was blocked (for tests and reports).
 */
export function lockDownWorker(
  py: LockdownPyodide | null,
  g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): string[] {
  const done: string[] = [];
  for (const name of REMOVED_GLOBALS) if (removeEverywhere(g, name)) done.push(name);
  const nav = g.navigator as object | undefined;
  if (nav && typeof nav === 'object') {
    for (const name of ['storage', 'serviceWorker']) {
      if (removeEverywhere(nav, name)) done.push(`navigator.${name}`);
    }
  }
  blockProcess(g, done);
  if (py) blockMounts(py, done);
  blockCodeFromStrings(g, done);
  return done;
}
