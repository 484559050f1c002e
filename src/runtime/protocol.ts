/**
 * The one message protocol between the simulation host and a program worker.
 *
 * Two channels, both described here:
 * 1. postMessage, for the slow lifecycle (load Pyodide once, start a run): a discriminated
 *    union of request / did / didFail messages with type guards.
 * 2. A SharedArrayBuffer per robot for every robot call while a program runs (lockstep,
 *    DESIGN.md I-3). Its layout (header words, areas, record formats) is defined below and is
 *    the single source for both the TypeScript host codec (host/codec.ts) and the Python
 *    bridge (python-bridge.ts generates its constants from these).
 *
 * SAB layout (all little-endian; the worker writes the request area, the host the reply area):
 *
 *   bytes 0..63     Int32 header, indexes H.*:
 *                     REQ_SEQ   worker increments after writing a request (host waits on it)
 *                     REP_SEQ   host increments after writing a reply (worker waits on it)
 *                     INTERRUPT Pyodide interrupt word: the host writes 2 (SIGINT) to stop a runaway
 *                     REQ_LEN   bytes of float64 records in the request
 *                     REQ_TEXT  bytes of UTF-8 JSON text after them (prints, exit details)
 *                     REP_LEN   bytes of float64 records in the reply
 *                     REP_TEXT  bytes of UTF-8 text after them (error message)
 *   REQ_OFFSET      request area, REQ_CAPACITY bytes
 *   REP_OFFSET      reply area, REP_CAPACITY bytes
 *
 *   Request floats:  kind, localCount, nCmds, { op, nargs, args… } × nCmds, then
 *                    for CALL:  op, nargs, args…          (the call that needs the host)
 *                    for EXIT:  exitStatus, line
 *                    for PRINT: nothing (text only)
 *   Request text:    JSON {"p": [[clockMs, "line"], …], "x": {"type": …, "message": …}}
 *   Reply floats:    status, clockMs, worldTimeMs, nvals, vals…,
 *                    [if ERROR: codeIndex, messageBytes],
 *                    nEntries, { op, nargs, args…, nvals, vals… } × nEntries   (the READOUT)
 *   Reply text:      the error message (UTF-8), if status is ERROR.
 */
import type { RobotProfile } from '../../sim/types.ts';

/** Int32 indexes into the SAB header. */
export const H = {
  REQ_SEQ: 0,
  REP_SEQ: 1,
  INTERRUPT: 2,
  REQ_LEN: 3,
  REQ_TEXT: 4,
  REP_LEN: 5,
  REP_TEXT: 6,
} as const;

export const HEADER_BYTES = 64;
export const REQ_CAPACITY = 64 * 1024;
export const REP_CAPACITY = 32 * 1024;
export const REQ_OFFSET = HEADER_BYTES;
export const REP_OFFSET = HEADER_BYTES + REQ_CAPACITY;
export const SAB_BYTES = REP_OFFSET + REP_CAPACITY;

/** Request kinds (first float of a request). */
export const REQ = { CALL: 1, EXIT: 3, PRINT: 4 } as const;

/** Reply status (first float of a reply). STOP tells the program to end now. */
export const REP = { OK: 0, ERROR: 1, STOP: 2 } as const;

/** How a run ended, as the worker reports it in an EXIT request. */
export const EXIT = {
  OK: 0,
  EXCEPTION: 1,
  SYNTAX: 2,
  INTERRUPTED: 3,
  STOPPED: 4,
  INTERNAL: 5,
  /** The interpreter itself failed (a Pyodide fatal error): this worker cannot run again. */
  FATAL: 6,
} as const;

/** Error codes in reply order (index = code number); matches ApiErrorCode. */
export const ERROR_CODES = ['ENODEV', 'EINVAL', 'EBUSY', 'EBADOP'] as const;

/** Most queued commands one request may carry (with 1 ms per call and 5 ms steps: ≤ 5). */
export const MAX_QUEUED = 64;

/** Per-robot print limits: beyond them one "output truncated" line is kept. */
export const PRINT_MAX_LINES = 2000;
export const PRINT_MAX_BYTES = 64 * 1024;
/** Longer lines are cut (a line is one record in the transcript). */
export const PRINT_MAX_LINE_CHARS = 1000;
/** Longest block id a blocks program's trace may report (Blockly ids are 20 characters). */
export const BLOCK_ID_MAX = 64;
export const PRINT_TRUNCATED_MARKER = '… output truncated';

/** One Python source file of our package, path relative to src/python (posix separators). */
export interface PythonFile {
  path: string;
  content: string;
}

// ---------------------------------------------------------------- postMessage protocol

/** Host → worker: load Pyodide and our Python package (once per worker). */
export interface InitRequest {
  type: 'init';
  sab: SharedArrayBuffer;
  /** Where Pyodide's files are (our own copy, never a CDN: I-8). */
  indexURL: string;
  files: PythonFile[];
  /**
   * A Pyodide memory snapshot (see SNAPSHOT_PRELUDE) to start from instead of a cold load:
   * ≈ 0.15 s instead of ≈ 1.7 s. A snapshot that fails to load falls back to a cold load.
   */
  snapshot?: Uint8Array;
  /** Make a snapshot after a cold load and send it back in DidInit.snapshot (to cache). */
  makeSnapshot?: boolean;
}

/**
 * What a memory snapshot holds beyond a fresh interpreter: the stdlib modules our runtime
 * imports (pure Python state, no JS references, so it can be serialised). Part of the cache
 * key: change it and old snapshots are not used.
 */
export const SNAPSHOT_PRELUDE =
  'import builtins, errno, importlib, json, math, random, struct, sys, time, enum';

/**
 * Environment of every interpreter. PYTHONHASHSEED=0: str/bytes hashes (and so the order of
 * a set of strings) are the same in every worker and run (I-2); Pyodide otherwise draws a
 * new hash secret at each load, and a snapshot would freeze whichever one it happened to get.
 */
export const PYTHON_ENV: Record<string, string> = { PYTHONHASHSEED: '0' };

/** Host → worker: run one program (the worker must be idle). */
export interface RunRequest {
  type: 'run';
  code: string;
  profile: RobotProfile['id'];
  /** Seeds Python's `random` so a run is repeatable (I-2). */
  seed: number;
}

export interface DidInit {
  type: 'didInit';
  /** How many times this worker has loaded Pyodide (1; the pool counts warm reuse with it). */
  pyodideLoads: number;
  loadMs: number;
  /** True when the interpreter was restored from InitRequest.snapshot. */
  fromSnapshot?: boolean;
  /** The snapshot asked for with InitRequest.makeSnapshot (absent if making it failed). */
  snapshot?: Uint8Array;
}

export interface DidFailInit {
  type: 'didFailInit';
  message: string;
}

/** Sent after a run's EXIT request was acknowledged: the worker is idle again. */
export interface DidRun {
  type: 'didRun';
}

export type HostToWorker = InitRequest | RunRequest;
export type WorkerToHost = DidInit | DidFailInit | DidRun;

const hasType = (m: unknown, t: string): boolean =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === t;

export const isInitRequest = (m: unknown): m is InitRequest => hasType(m, 'init');
export const isRunRequest = (m: unknown): m is RunRequest => hasType(m, 'run');
export const isDidInit = (m: unknown): m is DidInit => hasType(m, 'didInit');
export const isDidFailInit = (m: unknown): m is DidFailInit => hasType(m, 'didFailInit');
export const isDidRun = (m: unknown): m is DidRun => hasType(m, 'didRun');
