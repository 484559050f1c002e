/**
 * The runtime against the fake world: lockstep order, virtual time, concurrency and
 * determinism, errors, runaways, bad values, isolation (I-7) and warm reuse.
 * One pool for the whole file: Pyodide loads once per worker.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { createNodePool } from '../../../src/runtime/node/pool.ts';
import { mergeTranscript } from '../../../src/runtime/session.ts';
import { printsOf, runFake } from './run-fake.ts';

const pool = createNodePool();
afterAll(() => pool.close());

const B = 'import _qadam_bridge as b\n';

describe('lockstep calls', () => {
  const order =
    B +
    `b.call("open", 3, 1)
b.call("db_init", 0, 1, 56, 112, 1, 1)
b.call("db_drive", 200, 0)
b.call("wait", 100)
print(b.call("ultrasonic_distance", 3)[0])
b.call("db_stop")
`;
  const callTimes = (run: Awaited<ReturnType<typeof runFake>>) =>
    run.world
      .callsOf('A', ['open', 'db_init', 'db_drive', 'db_stop'])
      .map((c) => [c.op, c.args, c.t]);

  test('API calls reach the world in program order, at the right world time (strict)', async () => {
    const run = await runFake(pool, [order], { wallY: 1000, lockstep: 'strict' });
    expect(callTimes(run)).toEqual([
      ['open', [3, 1], 0],
      ['db_init', [0, 1, 56, 112, 1, 1], 0],
      ['db_drive', [200, 0], 0],
      ['db_stop', [], 100],
    ]);
    // The query was asked after the wait (later ones are the host's readout refreshes).
    expect(run.world.callsOf('A', ['ultrasonic_distance'])[0].t).toBe(100);
    // 200 mm/s for 100 ms: 20 mm closer to the wall.
    expect(printsOf(run)).toEqual(['980.0']);
    expect(run.runner.programs[0].status).toEqual({ id: 'A', state: 'ended' });
  });

  test('pipelined: commands act one step later, a mid-step host call is taken at the step boundary', async () => {
    const run = await runFake(pool, [order], { wallY: 1000 });
    expect(callTimes(run)).toEqual([
      // The first step of a round is strict: set-up calls see world 0.
      ['open', [3, 1], 0],
      ['db_init', [0, 1, 56, 112, 1, 1], 0],
      ['db_drive', [200, 0], 0],
      // Queued at clock ≈ 106 (in step [105, 110)): applied at the next boundary, 110.
      ['db_stop', [], 110],
    ]);
    // Released at world 100 (clock 103); the query is not in the readout yet, so it goes to
    // the host mid-step and is taken at the boundary: world 105, clock moved up to 105.
    expect(run.world.callsOf('A', ['ultrasonic_distance'])[0].t).toBe(105);
    // 200 mm/s for 105 ms: 21 mm closer to the wall.
    expect(printsOf(run)).toEqual(['979.0']);
    expect(run.runner.programs[0].status).toEqual({ id: 'A', state: 'ended' });
  });

  test('wait(1000) moves the clock by 1000 ms, whatever the wall clock does', async () => {
    const run = await runFake(pool, [
      B +
        `t0 = b.call("clock")[0]
sum(range(2_000_000))  # wall time, no virtual time
b.call("wait", 1000)
t1 = b.call("clock")[0]
print(t1 - t0)
`,
    ]);
    const dt = Number(printsOf(run)[0]);
    expect(Math.abs(dt - 1000)).toBeLessThanOrEqual(1);
    expect(run.world.timeMs).toBeGreaterThanOrEqual(1000);
    expect(run.world.timeMs).toBeLessThan(1015);
  });

  test('a blocking manoeuvre ends when the world completes it', async () => {
    const run = await runFake(pool, [
      B +
        `b.call("db_init", 0, 1, 56, 112, 1, 1)
b.call("db_straight", 150, 2, 1)  # 300 mm/s: 500 ms
print(b.call("clock")[0], b.call("db_distance")[0], b.call("db_done")[0])
b.call("db_straight", 30, 2, 0)  # wait=False: returns at once
print(b.call("db_done")[0])
`,
    ]);
    const [first, second] = printsOf(run);
    const [clock, dist, done] = first.split(' ').map(Number);
    expect(clock).toBeGreaterThanOrEqual(500);
    expect(clock).toBeLessThanOrEqual(508);
    expect([dist, done]).toEqual([150, 1]);
    // done() right after straight(wait=False) sees the queued manoeuvre.
    expect(second).toBe('0.0');
  });
});

describe('two programs', () => {
  const prog = (name: string, period: number, speed: number): string =>
    B +
    `b.call("db_init", 0, 1, 56, 112, 1, 1)
for i in range(6):
    print("${name}", i, b.call("clock")[0])
    b.call("db_drive", ${speed} + i * 10, i)
    b.call("wait", ${period})
`;

  test('run concurrently in lockstep, deterministically', async () => {
    const codes = [prog('A', 7, 100), prog('B', 11, 50)];
    const r1 = await runFake(pool, codes);
    const r2 = await runFake(pool, codes);
    const transcript = (r: typeof r1) =>
      mergeTranscript({ A: r.runner.programs[0].prints, B: r.runner.programs[1].prints }).map(
        (l) => `${l.t} ${l.text}`,
      );
    const t1 = transcript(r1);
    expect(t1).toEqual(transcript(r2));
    expect(r1.world.hash()).toBe(r2.world.hash());
    // Concurrent, not one after the other: the world ran as long as B (6 × (11 + 2 calls)).
    expect(r1.world.timeMs).toBeLessThan(100);
    // Interleaved by virtual time.
    expect(t1.slice(0, 4)).toEqual(['2 A 0 1.0', '2 B 0 1.0', '11 A 1 10.0', '15 B 1 14.0']);
  });
});

describe('errors', () => {
  test('an exception stops the program with its type, message and line', async () => {
    const run = await runFake(pool, ['x = 1\n\ndef f():\n    return x / 0\n\nf()\n']);
    expect(run.runner.programs[0].status).toEqual({
      id: 'A',
      state: 'error',
      reason: {
        code: 'program.exception',
        robot: 'A',
        params: { type: 'ZeroDivisionError', message: 'division by zero', line: 4 },
      },
    });
  });

  test('a syntax error gives its line', async () => {
    const run = await runFake(pool, ['a = 1\nb = (\nc = 3\nprint(:)\n']);
    const reason = run.runner.programs[0].status.reason!;
    expect(reason.code).toBe('program.syntax_error');
    expect(reason.params).toMatchObject({ type: 'SyntaxError' });
    expect(reason.params!.line).toBeGreaterThanOrEqual(2);
  });

  test('an endless loop is stopped as a runaway and the pool stays usable', async () => {
    const spawned = pool.stats.workersSpawned;
    const run = await runFake(pool, [B + 'b.call("wait", 20)\nwhile True:\n    pass\n'], {
      watchdogMs: 1000,
    });
    expect(run.runner.programs[0].status.reason).toEqual({
      code: 'program.runaway',
      robot: 'A',
      params: { seconds: 1 },
    });
    expect(run.wallMs).toBeLessThan(4000);
    const next = await runFake(pool, [B + 'b.call("wait", 5)\nprint("alive")\n']);
    expect(printsOf(next)).toEqual(['alive']);
    expect(pool.stats.workersSpawned - spawned).toBeLessThanOrEqual(1);
  });
});

describe('values out of range', () => {
  test('NaN never reaches the world, 1e12 is clamped', async () => {
    const run = await runFake(pool, [
      B +
        `try:
    b.call("db_drive", float("nan"), 0)
except b.ApiError as e:
    print(e.code)
b.call("db_drive", 1e12, -1e12)
b.call("wait", 10)
`,
    ]);
    expect(printsOf(run)).toEqual(['EINVAL']);
    const drives = run.world.callsOf('A', ['db_drive']);
    expect(drives.map((c) => c.applied)).toEqual([[1000, -1000]]);
  });

  test('the pybricks API raises ValueError for NaN', async () => {
    const run = await runFake(pool, [
      `from robot_setup import *
try:
    robot.drive(float("nan"), 0)
except ValueError as e:
    print("ValueError")
`,
    ]);
    expect(run.runner.programs[0].status.state).toBe('ended');
    expect(printsOf(run)).toEqual(['ValueError']);
    expect(
      run.world.calls.some((c) => c.args.some((a) => Number.isNaN(a)) && c.op !== 'db_settings'),
    ).toBe(false);
  });
});

describe('isolation (I-7)', () => {
  test('import js and pyodide internals fail with a clear ImportError', async () => {
    const run = await runFake(pool, [
      `for name in ["js", "pyodide_js", "pyodide.ffi", "pyodide.code", "pyodide.http", "_qadam_js"]:
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(e)
for stmt in ["from pyodide.ffi import to_js", "import js", "import importlib; importlib.import_module('js')"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(e)
`,
    ]);
    expect(printsOf(run)).toEqual([
      "module 'js' is not available on a robot",
      "module 'pyodide_js' is not available on a robot",
      "module 'pyodide.ffi' is not available on a robot",
      "module 'pyodide.code' is not available on a robot",
      "module 'pyodide.http' is not available on a robot",
      "module '_qadam_js' is not available on a robot",
      "module 'pyodide.ffi' is not available on a robot",
      "module 'js' is not available on a robot",
      "module 'js' is not available on a robot",
    ]);
  });

  const driver =
    B +
    'b.call("db_init", 0, 1, 56, 112, 1, 1)\nb.call("db_drive", 100, 0)\nb.call("wait", 300)\nprint(b.call("sim_pose"))\n';

  test('a forged SAB message is rejected and reported; the other robot is unaffected', async () => {
    const forger =
      B +
      `import struct
b.call("db_init", 0, 1, 56, 112, 1, 1)
b.call("db_drive", 500, 90)
b.call("wait", 50)
# Bypass the bridge: an unknown op index straight into the shared buffer.
struct.pack_into("<5d", b._buf, 0, 1, 0, 0, 999, 0)
b._js.flush(40)
print("still running")
b.call("db_drive", 500, 0)  # queued, then refused: the host stops the program
print("after")
`;
    const honest = await runFake(pool, [B + 'b.call("wait", 50)\n', driver]);
    const forged = await runFake(pool, [forger, driver]);
    const [a, bProg] = forged.runner.programs;
    expect(a.status.state).toBe('error');
    expect(a.status.reason).toMatchObject({
      code: 'program.bad_request',
      robot: 'A',
      params: { detail: 'unknown op 999' },
    });
    expect(a.prints.map((l) => l.text)).toEqual(['still running', 'after']);
    expect(forged.world.callsOf('A', ['db_drive']).map((c) => c.args)).toEqual([[500, 90]]);
    // Robot A's commands moved robot A only; B's run is exactly what it is without A.
    expect(bProg.status.state).toBe('ended');
    expect(printsOf(forged, 1)).toEqual(printsOf(honest, 1));
    expect(forged.world.robots[1].y).toBe(honest.world.robots[1].y);
    // A went limp when stopped.
    expect(forged.world.robots[0].released).toBeGreaterThan(0);
  });
});

describe('output', () => {
  test('prints carry the program clock; output is capped with a marker', async () => {
    const run = await runFake(pool, [
      B +
        'print("a")\nb.call("wait", 100)\nprint("b", end="")\nfor i in range(3000):\n    print(i)\n',
    ]);
    const lines = run.runner.programs[0].prints;
    expect(lines[0]).toMatchObject({ t: 0, text: 'a' });
    expect(lines[1]).toMatchObject({ t: 100, text: 'b0' });
    expect(lines.length).toBe(2001);
    expect(lines[2000].text).toBe('… output truncated');
  });
});

describe('warm reuse', () => {
  test('a second run in the same worker starts fresh and fast, without reloading Pyodide', async () => {
    const first = await runFake(pool, ['import colorsys\nmarker = 42\nprint("first")\n']);
    expect(printsOf(first)).toEqual(['first']);
    const loads = pool.stats.pyodideLoads;
    const second = await runFake(pool, [
      `import sys
print("marker" in globals(), "colorsys" in sys.modules)
`,
    ]);
    expect(printsOf(second)).toEqual(['False False']);
    expect(pool.stats.pyodideLoads).toBe(loads);
    expect(second.wallMs).toBeLessThan(500);
  });
});

describe('pacing and stopping', () => {
  test('pace 1 follows the wall clock', async () => {
    const run = await runFake(pool, [B + 'b.call("wait", 300)\n'], { pace: 1 });
    expect(run.wallMs).toBeGreaterThanOrEqual(280);
  });

  test('an abort signal ends the run and stops the program', async () => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 300);
    const run = await runFake(pool, [B + 'while True:\n    b.call("wait", 10)\n'], {
      signal: ctl.signal,
      pace: 1,
    });
    expect(run.end).toBe('aborted');
    expect(run.runner.programs[0].status).toEqual({ id: 'A', state: 'ended' });
    expect(run.wallMs).toBeLessThan(2000);
  });
});

describe('robustness', () => {
  test('input() fails at once, time is virtual, a growing heap does not break the bridge', async () => {
    const run = await runFake(pool, [
      B +
        `try:
    input()
except Exception as e:
    print(type(e).__name__)
import time
time.sleep(0.005)  # robot time, not wall time
big = bytearray(300_000_000)  # grows wasm memory: the bridge's view must follow
b.call("wait", 5)
print(b.call("clock")[0], len(big), time.time())
`,
    ]);
    expect(run.runner.programs[0].status.state).toBe('ended');
    expect(printsOf(run)).toEqual(['OSError', '10.0 300000000 0.011']);
  });
});
