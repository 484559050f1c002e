import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRound, RoundError, roundErrorText } from '../../../src/rounds/index.ts';

const ROUNDS = new URL('../../../lessons/rounds/', import.meta.url);

const base = {
  format: 'qadam-round',
  version: 1,
  id: 'practice',
  title: { kk: 'Жаттығу', ru: 'Тренировка', en: 'Practice' },
  task: { id: 'maze', params: { size: 4 } },
  seeds: [1, 2],
  scoring: 'best-time',
};

const parse = (patch: Record<string, unknown>) => parseRound(JSON.stringify({ ...base, ...patch }));

describe('round files', () => {
  it('every round under lessons/rounds is valid, with its id as file name', () => {
    const files = readdirSync(ROUNDS).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const round = parseRound(readFileSync(new URL(file, ROUNDS), 'utf8'));
      expect(`${round.id}.json`).toBe(file);
      expect(round.title.kk && round.title.ru && round.title.en).toBeTruthy();
    }
  });

  it('resolves defaults: the task params, the robot, attempts = seeds, the time limit', () => {
    const round = parse({});
    expect(round.params).toEqual({ preset: 'school', size: 4, cell: 300, loops: 0, time: 300 });
    expect(round.robot).toBe('spike');
    expect(round.attempts).toBe(2);
    expect(round.timeLimit).toBe(300);
    expect(round.tournament).toBeUndefined();
  });

  it('timeLimit overrides the task time; sumo gets its match clock and a tournament', () => {
    expect(parse({ timeLimit: 45 }).params.time).toBe(45);
    const sumo = parse({
      task: { id: 'sumo', params: { ring: 'mini' } },
      scoring: 'match-points',
      tournament: 'bracket',
      timeLimit: 60,
    });
    expect(sumo).toMatchObject({ robot: 'minisumo', timeLimit: 60, tournament: 'bracket' });
    expect(sumo.params).toEqual({ ring: 'mini', time: 60 });
  });

  it.each([
    ['{"format": "qadam-round",', 'not_json', /JSON/],
    ['[1, 2]', 'not_round', /JSON object/],
    [JSON.stringify({ ...base, format: 'qadam-project' }), 'not_round', /format/],
    [JSON.stringify({ ...base, version: 9 }), 'newer_version', /version 9/],
    [JSON.stringify({ ...base, seed: [1] }), 'invalid', /unrecognized key.*seed/i],
    [JSON.stringify({ ...base, seeds: [] }), 'invalid', /^invalid: seeds/],
    [JSON.stringify({ ...base, seeds: [1, 1] }), 'invalid', /seeds must not repeat/],
    [JSON.stringify({ ...base, id: 'Has Space' }), 'invalid', /^invalid: id/],
    [JSON.stringify({ ...base, title: { kk: 'a', ru: 'b' } }), 'invalid', /title\.en/],
    [JSON.stringify({ ...base, task: { id: 'chess' } }), 'invalid', /unknown task "chess"/],
    [
      JSON.stringify({ ...base, task: { id: 'maze', params: { size: 99 } } }),
      'invalid',
      /task\.params: maze: bad value "99" for size/,
    ],
    [JSON.stringify({ ...base, scoring: 'fastest' }), 'invalid', /^invalid: scoring/],
    [JSON.stringify({ ...base, scoring: 'match-points' }), 'invalid', /does not apply to maze/],
    [JSON.stringify({ ...base, scoring: 'micromouse' }), 'invalid', /preset "micromouse"/],
    [JSON.stringify({ ...base, attempts: 1 }), 'invalid', /attempts: 1 is fewer than the 2 seeds/],
    [JSON.stringify({ ...base, tournament: 'bracket' }), 'invalid', /only two-robot tasks/],
    [JSON.stringify({ ...base, timeLimit: 5 }), 'invalid', /^invalid: timeLimit/],
    [
      JSON.stringify({ ...base, task: { id: 'sumo' }, scoring: 'match-points' }),
      'invalid',
      /needs "round-robin" or "bracket"/,
    ],
    [
      JSON.stringify({
        ...base,
        task: { id: 'sumo' },
        scoring: 'match-points',
        tournament: 'round-robin',
        timeLimit: 20,
      }),
      'invalid',
      /time.*30\.\.600/,
    ],
  ])('rejects %s with %s', (text, code, detail) => {
    let error: unknown;
    try {
      parseRound(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RoundError);
    expect((error as RoundError).code).toBe(code);
    expect((error as RoundError).message).toMatch(detail);
    expect((error as RoundError).message.split('\n')).toHaveLength(1);
  });

  it('explains a bad round in kk, ru and en', () => {
    let error: unknown;
    try {
      parse({ seeds: [] });
    } catch (e) {
      error = e;
    }
    expect(roundErrorText(error, 'en')).toMatch(/^This round file has mistakes in it: seeds/);
    expect(roundErrorText(error, 'ru')).toMatch(/^В файле тура есть ошибки/);
    expect(roundErrorText(error, 'kk')).toMatch(/^Тур файлында қателер бар/);
  });
});
