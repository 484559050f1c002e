import { describe, expect, it } from 'vitest';
import { formatReason, fillTemplate } from '../../../src/i18n/reasons.ts';
import { reasonsEn } from '../../../src/i18n/reasons.en.ts';
import { reasonsKk } from '../../../src/i18n/reasons.kk.ts';
import { reasonsRu } from '../../../src/i18n/reasons.ru.ts';

describe('verdict reasons', () => {
  it('exist in kk, ru and en with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(reasonsEn) as (keyof typeof reasonsEn)[]) {
      expect(names(reasonsRu[key]), `ru ${key}`).toEqual(names(reasonsEn[key]));
      expect(names(reasonsKk[key]), `kk ${key}`).toEqual(names(reasonsEn[key]));
    }
  });

  it('fill parameters and the robot id', () => {
    const reason = { code: 'sumo.out_of_ring', robot: 'B' };
    expect(formatReason(reason, 'en')).toBe('Robot B left the ring.');
    expect(formatReason(reason, 'ru')).toBe('Робот B выехал за круг.');
    expect(formatReason(reason, 'kk')).toContain('B роботы');
    const error = {
      code: 'program.exception',
      params: { type: 'NameError', line: 4, message: "name 'speed' is not defined" },
    };
    expect(formatReason(error, 'en')).toBe("NameError on line 4: name 'speed' is not defined");
  });

  it('show unknown codes as data instead of dropping them', () => {
    expect(formatReason({ code: 'future.rule', params: { x: 1 } }, 'kk')).toBe(
      'future.rule {"x":1}',
    );
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
