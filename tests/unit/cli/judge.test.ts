import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { formatJudgeCsv } from '../../../src/cli/judge/format-csv.ts';
import { formatJudgeText } from '../../../src/cli/judge/format-text.ts';
import type { JudgeReport } from '../../../src/cli/judge/report.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'qadam-judge-'));

async function qadam(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

function project(name: string, editor: 'blocks' | 'python', content: unknown): string {
  return JSON.stringify({
    format: 'qadam-project',
    version: 1,
    name,
    task: { id: 'maze', params: {}, seed: 1 },
    robot: 'spike',
    editor,
    blocks: editor === 'blocks' ? content : null,
    python: editor === 'python' ? content : '',
  });
}

function round(fields: Record<string, unknown>): string {
  const file = join(dir, `${String(fields.id)}.json`);
  const title = { kk: 'Жаттығу', ru: 'Тренировка', en: 'Practice' };
  writeFileSync(file, JSON.stringify({ format: 'qadam-round', version: 1, title, ...fields }));
  return file;
}

/** A small maze round: 3×3 cells, two seeds, 30 s per attempt. */
const mazeRound = round({
  id: 'maze-small',
  task: { id: 'maze', params: { size: 3 } },
  seeds: [1, 3],
  timeLimit: 30,
  scoring: 'best-time',
});

const mazeSubs = join(dir, 'maze-subs');
mkdirSync(mazeSubs);
const leftHand = readFileSync(`${FIXTURES}programs/left_hand.py`, 'utf8');
copyFileSync(`${FIXTURES}programs/left_hand.py`, join(mazeSubs, 'good.py'));
copyFileSync(`${FIXTURES}programs/drive_forward.py`, join(mazeSubs, 'failing.py'));
copyFileSync(`${FIXTURES}programs/syntax_error.py`, join(mazeSubs, 'syntax.py'));
copyFileSync(`${FIXTURES}programs/runaway.py`, join(mazeSubs, 'runaway.py'));
// The same left-hand rule, driving slower, saved from the app's Python editor.
writeFileSync(
  join(mazeSubs, 'slower.qadam'),
  project('slower', 'python', leftHand.replace('straight_speed=250', 'straight_speed=150')),
);
const square = JSON.parse(readFileSync(`${FIXTURES}blocks/square.json`, 'utf8'));
writeFileSync(join(mazeSubs, 'square.qadam'), project('square', 'blocks', square));
writeFileSync(join(mazeSubs, 'malformed.qadam'), '{"format": "qadam-project", "version": 1');
writeFileSync(join(mazeSubs, 'notes.txt'), 'not a program');

describe('qadam judge: a single-robot round', () => {
  it('ranks good, slower, failing, broken, runaway and malformed submissions with reasons; --jobs 1 and 2 agree; attempts replay', async () => {
    const rec2 = join(dir, 'rec2');
    const rec1 = join(dir, 'rec1');
    const two = await qadam('judge', mazeRound, mazeSubs, '--json', '--record-dir', rec2);
    expect(two.err).toBe('');
    expect(two.status).toBe(0);
    const report = JSON.parse(two.out) as JudgeReport;
    if (report.kind !== 'solo') throw new Error(`expected a solo report, got ${report.kind}`);

    expect(report.ignored).toEqual(['notes.txt']);
    expect(report.standings.map((s) => [s.rank, s.name])).toEqual([
      [1, 'good'],
      [2, 'slower'],
      [3, 'failing'],
      [3, 'runaway'],
      [3, 'square'],
      [3, 'syntax'],
      [7, 'malformed'],
    ]);
    const good = report.standings[0];
    const slower = report.standings[1];
    expect(good).toMatchObject({ finished: 2, counted: 2 });
    expect(slower.finished).toBe(2);
    expect(good.bestTime!).toBeLessThan(slower.bestTime!);
    expect(report.standings[6].error).toMatchObject({
      code: 'judge.bad_submission',
      text: expect.stringMatching(/^The submission could not be loaded: not_json/),
    });

    const reasonsOf = (entrant: string) =>
      report.attempts.filter((a) => a.entrant === entrant).flatMap((a) => a.reasons);
    expect(report.attempts).toHaveLength(12);
    expect(reasonsOf('good').map((r) => r.code)).toEqual(['maze.finished', 'maze.finished']);
    expect(reasonsOf('syntax')[0]).toMatchObject({
      code: 'program.syntax_error',
      params: expect.objectContaining({ line: 4 }),
      text: expect.stringMatching(/^Syntax error on line 4/),
    });
    expect(reasonsOf('runaway')[0].code).toBe('program.runaway');
    expect(reasonsOf('failing').map((r) => r.code)).toContain('maze.time_up');
    expect(reasonsOf('malformed')).toEqual([]);

    // Same bytes whatever the number of lanes.
    const one = await qadam(
      'judge',
      mazeRound,
      mazeSubs,
      '--json',
      '--jobs',
      '1',
      '--record-dir',
      rec1,
    );
    expect(one.status).toBe(0);
    expect(one.out).toBe(two.out);

    // Each attempt's recording verifies with qadam replay.
    const attempt = report.attempts.find((a) => a.entrant === 'good' && a.seed === 3)!;
    expect(attempt.recording).toBe('good.seed-3.replay.json');
    expect(readFileSync(join(rec1, attempt.recording!), 'utf8')).toBe(
      readFileSync(join(rec2, attempt.recording!), 'utf8'),
    );
    const replay = await qadam('replay', join(rec2, attempt.recording!), '--json');
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.out)).toMatchObject({ verified: true });
    expect(JSON.parse(replay.out).replayed.hash).toBe(attempt.hash);

    // The table and the CSV come from the same report.
    const text = formatJudgeText(report);
    expect(text).toMatch(/^1 +good +\d+\.\d+ s +2\/2$/m);
    expect(text).toMatch(/^7 +malformed +not loaded/m);
    expect(text).toMatch(/runaway · seed 1: ✗ The program made no robot call for 5 s/);
    const csv = formatJudgeCsv(report).split('\r\n');
    expect(csv[0]).toMatch(/^rank,entrant,file,finished,attempts,best_time_s/);
    expect(csv[1]).toMatch(/^1,good,good\.py,2,2,/);
    expect(csv).toHaveLength(9);
    // Two judgings, each with two 5 s runaway watchdogs: allow for a loaded 2-core machine.
  }, 240_000);
});

describe('qadam judge: a sumo round robin', () => {
  it('every pair plays; a broken project loses by walkover; the table is by match points', async () => {
    const subs = join(dir, 'sumo-subs');
    mkdirSync(subs);
    for (const p of ['charger', 'idle', 'syntax_error']) {
      copyFileSync(`${FIXTURES}programs/${p}.py`, join(subs, `${p}.py`));
    }
    writeFileSync(join(subs, 'broken.qadam'), 'not json');
    const file = round({
      id: 'sumo-small',
      task: { id: 'sumo', params: { ring: 'mini' } },
      seeds: [1],
      timeLimit: 30,
      scoring: 'match-points',
      tournament: 'round-robin',
    });
    const r = await qadam('judge', file, subs, '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.out) as JudgeReport;
    if (report.kind !== 'round-robin') throw new Error(`got ${report.kind}`);
    expect(report.standings.map((s) => [s.rank, s.name, s.matchPoints])).toEqual([
      [1, 'charger', 9],
      [2, 'idle', 6],
      [3, 'syntax_error', 3],
      [4, 'broken', 0],
    ]);
    expect(report.games.map((g) => `${g.a}-${g.b}:${g.winner}`)).toEqual([
      'charger-idle:charger',
      'charger-syntax_error:charger',
      'idle-syntax_error:idle',
    ]);
    expect(report.matches.filter((m) => m.kind === 'walkover')).toHaveLength(3);
    expect(report.matches[0].reason?.text).toBe(
      'broken could not play: charger wins without a match.',
    );
  }, 120_000);
});

describe('qadam judge: unusable input exits 2 with one line', () => {
  it.each([
    [() => ['judge', join(dir, 'missing.json'), mazeSubs], /missing\.json: no such file/],
    [
      () => {
        const bad = join(dir, 'bad-round.json');
        writeFileSync(bad, JSON.stringify({ format: 'qadam-round', version: 1, id: 'x' }));
        return ['judge', bad, mazeSubs];
      },
      /bad-round\.json: invalid: title/,
    ],
    [
      () => {
        const bad = join(dir, 'bad-params.json');
        const text = readFileSync(mazeRound, 'utf8').replace('"size":3', '"size":"big"');
        writeFileSync(bad, text);
        return ['judge', bad, mazeSubs];
      },
      /invalid: task\.params: maze: bad value "big" for size/,
    ],
    [() => ['judge', mazeRound, join(dir, 'nowhere')], /nowhere: no such directory/],
    [() => ['judge', mazeRound, mazeRound], /not a directory/],
    [
      () => {
        const empty = join(dir, 'empty');
        mkdirSync(empty, { recursive: true });
        return ['judge', mazeRound, empty];
      },
      /no submissions/,
    ],
    [() => ['judge', mazeRound, mazeSubs, '--json', '--csv'], /--json or --csv/],
    [() => ['judge', mazeRound, mazeSubs, '--jobs', '0'], /--jobs/],
    [() => ['judge', mazeRound], /judge takes <round\.json> <submissions-dir>/],
  ])('%#', async (argv, message) => {
    const r = await qadam(...argv());
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
