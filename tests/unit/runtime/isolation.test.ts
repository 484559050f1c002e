/**
 * Student code isolation (DESIGN.md I-7) with real workers: a program that tries to reach the
 * host, the judge's machine or the next program cannot change a verdict; forged lifecycle
 * messages from a worker are rejected and reported; a broken interpreter is never reused.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { getTask } from '../../../sim/tasks/index.ts';
import type { WorkerLike } from '../../../src/runtime/host/channel.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { WorkerPool } from '../../../src/runtime/pool.ts';
import { EXIT, H, REQ, REQ_OFFSET } from '../../../src/runtime/protocol.ts';
import { runSession } from '../../../src/runtime/session.ts';
import { printsOf, runFake } from './run-fake.ts';

const pool = createNodePool({ maxIdle: 2 });
afterAll(() => pool.close());

const maze = getTask('maze')!;
const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/programs/${name}`, import.meta.url), 'utf8');

/** A worker thread running tests/fixtures/workers/forger.mjs. */
function spawnForger(): WorkerLike {
  const w = new Worker(new URL('../../fixtures/workers/forger.mjs', import.meta.url), {
    workerData: { H, REQ_OFFSET, REQ_EXIT: REQ.EXIT, EXIT_OK: EXIT.OK },
  });
  return {
    postMessage: (m) => w.postMessage(m),
    listen: (onMessage, onFail) => {
      w.on('message', onMessage);
      w.on('error', (e) => onFail(`error: ${e.message}`));
      w.on('exit', (code) => onFail(`exited with code ${code}`));
    },
    terminate: () => void w.terminate(),
  };
}

describe('forged worker messages', () => {
  test('are rejected and reported with a reason, and the verdict is the honest one', async () => {
    const forgers = new WorkerPool({ spawn: spawnForger, indexURL: '', files: [] });
    try {
      const session = (p: typeof pool) =>
        runSession({
          task: maze,
          seed: 2,
          params: { time: 10 },
          programs: [{ code: '' }],
          pool: p,
        });
      const forged = await session(forgers);
      const honest = await session(pool);
      expect(honest.rejectedMessages).toEqual([]);
      expect(forged.verdict).toEqual(honest.verdict);
      expect(forged.hash).toBe(honest.hash);
      expect(forged.programStatuses).toEqual(honest.programStatuses);
      // The last didRun may come after the session: then the next one reports it.
      const late = (await forgers.acquire(1))[0].takeRejected();
      const details = [
        ...forged.rejectedMessages.map((r) => r.detail),
        ...late.map((r) => r.detail),
      ];
      expect(forged.rejectedMessages.every((r) => r.robot === 'A')).toBe(true);
      expect(details).toEqual([
        'didRun without a run',
        'unknown message "string"',
        'malformed didInit',
        'didInit without an init request',
        'unknown message "done"',
        'unknown message "frame"',
        'didFailInit without an init request',
        'didRun without a run',
      ]);
    } finally {
      await forgers.close();
    }
  });
});

describe('a program reaching beyond its robot', () => {
  test('fails at every attempt, and its verdict is that of the same moves without them', async () => {
    const target = join(tmpdir(), `qadam-escape-${process.pid}.txt`);
    rmSync(target, { force: true });
    const attacker =
      fixture('escape_attempts.py') +
      `\ntry:\n    import importlib\n    js = importlib._bootstrap._gcd_import("js")\n` +
      `    js.process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(target)}, "verdict: success")\n` +
      `except Exception:\n    print("blocked write")\n`;
    const control = 'from robot_setup import *\nrobot.straight(150)\nprint("done")\n';
    const run = (code: string) =>
      runSession({ task: maze, seed: 4, params: { time: 10 }, programs: [{ code }], pool });
    const [bad, good] = [await run(attacker), await run(control)];
    const lines = bad.transcript.map((l) => l.text);
    expect(lines.filter((l) => l.startsWith('REACHED'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('blocked')).length).toBe(22);
    expect(lines).toContain('done');
    expect(existsSync(target)).toBe(false);
    expect(bad.verdict).toEqual(good.verdict);
    expect(bad.hash).toBe(good.hash);
  });

  test('rebinding shared names does not reach the next program in the same worker', async () => {
    const tamper = `import builtins, json, random, sys, _qadam_bridge as b
builtins.abs = lambda x: 42
json.dumps = lambda *a, **k: "x"
random.random = lambda: 0.5
b.call = lambda *a: [123.0]
sys.path.insert(0, "/tmp/evil")
print("tampered")
`;
    const check = `import json, random, sys, _qadam_bridge as b
print(abs(-1), json.dumps([1]), random.random() != 0.5, b.call("clock")[0], "/tmp/evil" in sys.path)
`;
    const single = createNodePool({ maxIdle: 1 });
    try {
      expect(printsOf(await runFake(single, [tamper]))).toEqual(['tampered']);
      expect(printsOf(await runFake(single, [check]))).toEqual(['1 [1] True 0.0 False']);
      expect(single.stats.workersSpawned).toBe(1);
    } finally {
      await single.close();
    }
  });

  test('an interrupt tripped after a run ends does not fail the next program', async () => {
    // A timer trips SIGINT once the run is over, with no Python left to handle it — as the
    // host's stop signal can when it lands in a run's last instructions (seen under load).
    const armer = `import sys, importlib
js = importlib._bootstrap._gcd_import("js")
js.setTimeout(sys.modules["pyodide_js"]._module._PyErr_SetInterrupt, 0)
print("armed")
`;
    const single = createNodePool({ maxIdle: 1 });
    try {
      expect(printsOf(await runFake(single, [armer]))).toEqual(['armed']);
      await new Promise((r) => setTimeout(r, 100));
      const next = await runFake(single, ['print("innocent")\n']);
      expect(next.runner.programs[0].status).toEqual({ id: 'A', state: 'ended' });
      expect(printsOf(next)).toEqual(['innocent']);
    } finally {
      await single.close();
    }
  });

  test('a pool that isolates programs never gives one program’s worker to another', async () => {
    const judge = createNodePool({ maxIdle: 2, reuse: 'same-program' });
    const run = (code: string) =>
      runSession({ task: maze, seed: 1, params: { time: 10 }, programs: [{ code }], pool: judge });
    try {
      await run('print(1)\n');
      await run('print(2)\n');
      expect(judge.stats.workersSpawned).toBe(2);
      const again = await run('print(1)\n');
      expect(again.transcript.map((l) => l.text)).toEqual(['1']);
      expect(judge.stats.workersSpawned).toBe(2);
    } finally {
      await judge.close();
    }
  });

  test('a program that breaks the interpreter gets an error; the next one a fresh worker', async () => {
    const single = createNodePool({ maxIdle: 1 });
    try {
      // A JS exception thrown through wasm (the locked-down eval, called from C) is fatal.
      const broken = await runFake(single, [
        'import ctypes\nctypes.CDLL(None).emscripten_run_script(b"1")\n',
      ]);
      expect(broken.runner.programs[0].status).toMatchObject({
        state: 'error',
        reason: { code: 'program.internal' },
      });
      const next = await runFake(single, ['print(6 * 7)\n']);
      expect(printsOf(next)).toEqual(['42']);
      expect(next.runner.programs[0].status.state).toBe('ended');
      expect(single.stats.workersSpawned).toBe(2);
    } finally {
      await single.close();
    }
  });
});
