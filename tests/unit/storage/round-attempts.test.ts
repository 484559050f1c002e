/**
 * A practice round's attempts kept in localStorage: they come back as they were saved; a
 * damaged or forged attempt is dropped (the others stay); unreadable state is ignored; the
 * round left open is remembered for a reload, and forgotten when the student leaves it.
 */
import { describe, expect, test } from 'vitest';
import {
  activeRound,
  forgetRound,
  loadRound,
  saveRound,
  setActiveRound,
  type RoundAttempt,
} from '../../../src/storage/round-attempts.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const attempt: RoundAttempt = {
  seed: 7,
  verdict: {
    outcome: 'fail',
    reasons: [{ code: 'line.left_line', robot: 'A', params: { mm: 412 } }],
    score: 412,
    simTimeMs: 3200,
  },
  match: null,
  hash: 'ab12cd34',
  simTimeMs: 3200,
  programs: [{ name: 'mine', code: 'robot.straight(100)\n', profile: 'spike' }],
};

describe('round attempts in storage', () => {
  test('what is saved comes back the same', () => {
    const storage = memoryStorage();
    expect(saveRound(storage, 'line-practice', { startedAt: 1000, attempts: [attempt] })).toBe(
      true,
    );
    expect(loadRound(storage, 'line-practice')).toEqual({ startedAt: 1000, attempts: [attempt] });
    expect(loadRound(storage, 'maze-school-practice')).toBeNull();
  });

  test('a damaged attempt is dropped, the valid ones stay', () => {
    const storage = memoryStorage();
    const forged = { ...attempt, verdict: { ...attempt.verdict, outcome: 'win' } };
    const noPrograms = { ...attempt, programs: [] };
    storage.setItem(
      'qadam.round.r',
      JSON.stringify({ startedAt: 5, attempts: [forged, attempt, noPrograms, 'x', null] }),
    );
    expect(loadRound(storage, 'r')).toEqual({ startedAt: 5, attempts: [attempt] });
  });

  test('unreadable state is ignored', () => {
    const storage = memoryStorage();
    for (const text of ['{', '"text"', '{"startedAt":"now","attempts":[]}', '[]']) {
      storage.setItem('qadam.round.r', text);
      expect(loadRound(storage, 'r')).toBeNull();
    }
    storage.setItem('qadam.round.r', JSON.stringify({ startedAt: 1, attempts: Array(101) }));
    expect(loadRound(storage, 'r')).toBeNull();
  });

  test('a full storage is reported, not thrown', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveRound(storage, 'r', { startedAt: 1, attempts: [] })).toBe(false);
    expect(() => setActiveRound(storage, 'r')).not.toThrow();
  });

  test('the open round is remembered until it is left', () => {
    const storage = memoryStorage();
    expect(activeRound(storage)).toBeNull();
    setActiveRound(storage, 'sumo-mini-bracket');
    expect(activeRound(storage)).toBe('sumo-mini-bracket');
    setActiveRound(storage, null);
    expect(activeRound(storage)).toBeNull();
    storage.setItem('qadam.round.active', JSON.stringify('<img src=x>'));
    expect(activeRound(storage)).toBeNull();
  });

  test('forgetting a round removes its attempts', () => {
    const storage = memoryStorage();
    saveRound(storage, 'r', { startedAt: 1, attempts: [attempt] });
    forgetRound(storage, 'r');
    expect(loadRound(storage, 'r')).toBeNull();
  });
});
