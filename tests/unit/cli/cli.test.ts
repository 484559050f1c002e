import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';

const FIXTURES = new URL('../../fixtures/programs/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'qadam-cli-'));

/** Runs `qadam …` in-process and captures what it prints. */
async function qadam(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('qadam command line: unusable input exits 2 with one line', () => {
  it.each([
    [['run', 'nosuchtask', `${FIXTURES}idle.py`], /unknown task "nosuchtask"/],
    [['run', 'maze', `${dir}/missing.py`], /missing\.py: no such file/],
    [['run', 'maze', `${FIXTURES}idle.py`, '--param', 'loops=lots'], /loops/],
    [['run', 'maze', `${FIXTURES}idle.py`, '--param', 'colour=red'], /colour/],
    [['run', 'maze', `${FIXTURES}idle.py`, '--robot', 'tank'], /unknown robot "tank"/],
    [['run', 'maze', `${FIXTURES}idle.py`, '--seed', '-3'], /seed/],
    [['run', 'sumo', `${FIXTURES}idle.py`], /qadam match/],
    [['match', 'maze', `${FIXTURES}idle.py`, `${FIXTURES}idle.py`], /qadam run/],
    [['match', 'sumo', 'bot:9', `${FIXTURES}idle.py`], /unknown bot "bot:9" \(one of: bot:0,/],
    [['match', 'sumo', `${FIXTURES}idle.py`, 'bot:two'], /unknown bot "bot:two"/],
    [['fly'], /unknown command "fly"/],
    [['replay', `${FIXTURES}idle.py`], /not valid JSON|not a Qadam replay/],
  ])('%j', async (argv, message) => {
    const r = await qadam(...argv);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('qadam tasks', () => {
  it('lists the tasks and their parameters as JSON', async () => {
    const r = await qadam('tasks', '--json');
    expect(r.status).toBe(0);
    const tasks = JSON.parse(r.out) as { id: string; params: { key: string }[] }[];
    expect(tasks.map((t) => t.id)).toEqual(expect.arrayContaining(['maze', 'sumo']));
    const maze = tasks.find((t) => t.id === 'maze')!;
    expect(maze.params.map((p) => p.key)).toEqual(
      expect.arrayContaining(['preset', 'size', 'cell', 'loops', 'time']),
    );
  });
});

describe('qadam run / match / replay', () => {
  it('run --json reports a verdict; a Python error is a verdict (exit 0) with its line', async () => {
    const r = await qadam('run', 'maze', `${FIXTURES}name_error.py`, '--json', '--seed', '2');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ task: 'maze', seed: 2, outcome: 'fail' });
    expect(result.reasons).toContainEqual(
      expect.objectContaining({
        code: 'program.exception',
        params: expect.objectContaining({ type: 'NameError', line: 4 }),
      }),
    );
    expect(result.hash).toMatch(/^[0-9a-f]+$/);
    expect(typeof result.simTimeMs).toBe('number');
  });

  it('a recorded run replays to the same verdict and hash; a tampered one does not verify', async () => {
    const file = join(dir, 'run.json');
    const r = await qadam(
      'run',
      'maze',
      `${FIXTURES}left_hand.py`,
      '--seed',
      '3',
      '--record',
      file,
      '--json',
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).outcome).toBe('success');
    const ok = await qadam('replay', file, '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ verified: true, sameHash: true, sameVerdict: true });

    const recording = JSON.parse(readFileSync(file, 'utf8'));
    recording.programs[0].code = recording.programs[0].code.replace(
      'straight_speed=250',
      'straight_speed=200',
    );
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(recording));
    const bad = await qadam('replay', tampered);
    expect(bad.status).toBe(3);
    expect(bad.out).toMatch(/NOT verified/);
  });

  it('a replay recorded before pipelined lockstep still verifies; new ones say their mode', async () => {
    // Recorded by the strict-lockstep engine (no `lockstep` field): it re-runs as 'strict'.
    const old = 'tests/fixtures/replays/before-pipelining.replay.json';
    const ok = await qadam('replay', old, '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ verified: true });
    // The same match now, pipelined: commands act a step later, so the end state differs.
    const recorded = JSON.parse(readFileSync(old, 'utf8'));
    expect(recorded.lockstep).toBeUndefined();
    const file = join(dir, 'now.json');
    const now = await qadam(
      'match',
      'sumo',
      `${FIXTURES}charger.py`,
      `${FIXTURES}circler.py`,
      '--param',
      'ring=mini',
      '--seed',
      '5',
      '--record',
      file,
      '--json',
    );
    expect(now.status).toBe(0);
    const fresh = JSON.parse(readFileSync(file, 'utf8'));
    expect(fresh.lockstep).toBe('pipelined');
    expect(fresh.result.hash).not.toBe(recorded.result.hash);
    expect((await qadam('replay', file)).status).toBe(0);
  });

  it('match --json: a charger pushes a standing robot out of the mini ring', async () => {
    const r = await qadam(
      'match',
      'sumo',
      `${FIXTURES}charger.py`,
      `${FIXTURES}idle.py`,
      '--param',
      'ring=mini',
      '--json',
    );
    expect(r.status).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.winner).toBe('A');
    expect(result.points).toEqual({ A: 2, B: 0 });
    expect(result.rounds.filter((x: { counted: boolean }) => x.counted)).toHaveLength(2);
    expect(result.rounds[0].reason).toMatch(/Robot B left the ring/);
  });

  it('match takes built-in bots by name; a recorded bot match replays exactly', async () => {
    const file = join(dir, 'bots.json');
    const r = await qadam(
      'match',
      'sumo',
      'bot:1',
      'bot:0',
      '--seed',
      '3',
      '--record',
      file,
      '--json',
    );
    expect(r.status).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.winner).toBe('A'); // the charger pushes the statue out
    const recording = JSON.parse(readFileSync(file, 'utf8'));
    expect(recording.programs.map((p: { name: string }) => p.name)).toEqual(['bot:1', 'bot:0']);
    expect(recording.programs[0].code).toMatch(/^# Sumo bot, level 1:/);
    const ok = await qadam('replay', file, '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ verified: true });

    // Either slot may be a bot, the other a student's file.
    const mixed = await qadam('match', 'sumo', `${FIXTURES}idle.py`, 'bot:1', '--json');
    expect(mixed.status).toBe(0);
    expect(JSON.parse(mixed.out).winner).toBe('B');
  });

  it('runs a .qadam project: its blocks are turned into Python in Node', async () => {
    const blocks = JSON.parse(
      readFileSync(new URL('../../fixtures/blocks/square.json', import.meta.url), 'utf8'),
    );
    const project = {
      format: 'qadam-project',
      version: 1,
      name: 'Шаршы',
      task: { id: 'maze', params: {}, seed: 1 },
      robot: 'spike',
      editor: 'blocks',
      blocks,
      python: '',
    };
    const file = join(dir, 'square.qadam');
    writeFileSync(file, JSON.stringify(project));
    const r = await qadam('run', 'maze', file, '--json', '--param', 'time=10');
    expect(r.status).toBe(0);
    // The same world as the golden Python of those blocks, run directly.
    const golden = new URL('../../fixtures/blocks/square.py', import.meta.url).pathname;
    const direct = await qadam('run', 'maze', golden, '--json', '--param', 'time=10');
    expect(JSON.parse(r.out).hash).toBe(JSON.parse(direct.out).hash);
    expect(JSON.parse(r.out).simTimeMs).toBeGreaterThan(0);
    const broken = join(dir, 'broken.qadam');
    writeFileSync(broken, '{"format": "qadam-project"');
    const bad = await qadam('run', 'maze', broken);
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/broken\.qadam: not_json/);
  });

  it('prints a readable summary in Kazakh', async () => {
    const r = await qadam('run', 'maze', `${FIXTURES}syntax_error.py`, '--lang', 'kk');
    expect(r.status).toBe(0);
    expect(r.out).toContain('ОРЫНДАЛМАДЫ');
    expect(r.out).toMatch(/4-жолда синтаксис қатесі/);
  });
});
