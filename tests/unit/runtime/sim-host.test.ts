/**
 * The browser's simulation host (src/runtime/browser/sim-host.ts) as a plain module: messages
 * it would not act on are rejected and reported (I-7), and never reach the pool.
 */
import { describe, expect, test } from 'vitest';
import type { HostToMain } from '../../../src/runtime/browser/host-protocol.ts';
import { mainToHostProblem } from '../../../src/runtime/browser/host-protocol.ts';
import { SimHost } from '../../../src/runtime/browser/sim-host.ts';
import type { ProgramPool } from '../../../src/runtime/pool.ts';

/** A pool that fails the test if the host ever asks it for a worker. */
const untouchable: ProgramPool = {
  acquire: () => Promise.reject(new Error('the pool was used')),
  release: () => undefined,
  close: () => Promise.resolve(),
  stats: { pyodideLoads: 0, workersSpawned: 0 },
};

const goodRun = {
  task: 'maze',
  seed: 1,
  params: {},
  programs: [{ code: 'pass', profile: 'spike' }],
  speed: 1,
};

describe('sim host', () => {
  test('malformed messages are rejected with a reason, runs among them fail', async () => {
    const posted: HostToMain[] = [];
    const host = new SimHost({ pool: untouchable, post: (m) => posted.push(m) });
    const forged: unknown[] = [
      null,
      'run',
      { type: 'eval', code: 'alert(1)' },
      { type: 'stop' },
      { type: 'speed', speed: 'fast' },
      { type: 'run', runId: 7, request: { ...goodRun, seed: -1 } },
      { type: 'run', runId: 8, request: { ...goodRun, programs: [{ code: 1 }] } },
      { type: 'run', runId: 9, request: { ...goodRun, programs: [] } },
      { type: 'run', runId: 10, request: { ...goodRun, params: { time: { __proto__: 1 } } } },
      { type: 'run', runId: 11, request: { ...goodRun, traceBlocks: 'yes' } },
      { type: 'run', request: goodRun },
    ];
    for (const m of forged) host.handle(m);
    await new Promise((r) => setTimeout(r, 10));
    expect(posted.filter((m) => m.type === 'rejected').map((m) => m.detail)).toEqual([
      'message is not an object',
      'message is not an object',
      'unknown message type "eval"',
      'stop without a run id',
      'bad speed',
      'bad seed',
      'bad program',
      'bad programs',
      'bad params',
      'bad traceBlocks',
      'run without a run id',
    ]);
    expect(posted.filter((m) => m.type === 'failed').map((m) => m.runId)).toEqual([
      7, 8, 9, 10, 11,
    ]);
    expect(posted.every((m) => m.type === 'rejected' || m.type === 'failed')).toBe(true);
  });

  test('well-formed messages pass the check', () => {
    expect(mainToHostProblem({ type: 'run', runId: 1, request: goodRun })).toBeNull();
    expect(mainToHostProblem({ type: 'stop', runId: 1 })).toBeNull();
    expect(mainToHostProblem({ type: 'speed', speed: 2 })).toBeNull();
    expect(mainToHostProblem({ type: 'warm' })).toBeNull();
  });
});
