/**
 * The page's handle on the simulation host (src/runtime/browser/host-client.ts) with stand-in
 * workers: a host that dies or goes silent fails its run and is replaced, in the same state.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  HOST_SILENCE_MS,
  HostClient,
  HostFailedError,
} from '../../../src/runtime/browser/host-client.ts';
import type { MainToHost } from '../../../src/runtime/browser/host-protocol.ts';

/** A Worker stand-in: records what the page sends; `answers` makes it pong like a live host. */
class FakeHost extends EventTarget {
  sent: MainToHost[] = [];
  terminated = false;
  constructor(private readonly answers: boolean) {
    super();
  }
  postMessage(message: MainToHost) {
    this.sent.push(message);
    if (this.answers && message.type === 'ping' && !this.terminated) {
      setTimeout(() => this.reply({ type: 'pong', n: message.n }), 5);
    }
  }
  reply(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  terminate() {
    this.terminated = true;
  }
}

const request = { task: 'maze', seed: 1, params: {}, programs: [], speed: 1 };

describe('host client', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  test('a silent host fails the run and is replaced, warm and at the same speed', async () => {
    const hosts: FakeHost[] = [];
    const client = new HostClient(() => {
      const h = new FakeHost(hosts.length > 0);
      hosts.push(h);
      return h as unknown as Worker;
    });
    client.warm();
    client.setSpeed(2);
    const { done } = client.run(request, {});
    const failed = expect(done).rejects.toBeInstanceOf(HostFailedError);
    await vi.advanceTimersByTimeAsync(HOST_SILENCE_MS + 2000);
    await failed;
    expect(hosts).toHaveLength(2);
    expect(hosts[0].terminated).toBe(true);
    expect(hosts[1].sent.map((m) => m.type)).toEqual(['speed', 'warm']);
    expect(client.restarts).toBe(1);
    expect(client.python.state).toBe('loading');
  });

  test('a host that answers is kept through a long run', async () => {
    const hosts: FakeHost[] = [];
    const client = new HostClient(() => {
      const h = new FakeHost(true);
      hosts.push(h);
      return h as unknown as Worker;
    });
    const { runId, done } = client.run(request, {});
    await vi.advanceTimersByTimeAsync(5 * HOST_SILENCE_MS);
    expect(hosts).toHaveLength(1);
    const outcome = { verdict: { outcome: 'success' }, rejectedMessages: [] };
    hosts[0].reply({ type: 'done', runId, outcome });
    await expect(done).resolves.toEqual(outcome);
    expect(client.restarts).toBe(0);
  });

  test('an error in the host worker fails the run at once', async () => {
    const hosts: FakeHost[] = [];
    const client = new HostClient(() => {
      const h = new FakeHost(true);
      hosts.push(h);
      return h as unknown as Worker;
    });
    const { done } = client.run(request, {});
    // Node has no ErrorEvent: an Event with the message the client reads.
    hosts[0].dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    await expect(done).rejects.toMatchObject({ why: 'error: out of memory' });
    expect(hosts).toHaveLength(2);
    // Messages from the dead host are ignored.
    hosts[0].reply({ type: 'python', status: { state: 'ready', percent: 100 } });
    expect(client.python.state).toBe('loading');
  });
});
