import { describe, expect, it } from 'vitest';
import { pickLanguage, t } from '../../../src/i18n/index.ts';
import { uiEn } from '../../../src/i18n/ui.en.ts';
import { uiKk } from '../../../src/i18n/ui.kk.ts';
import { uiRu } from '../../../src/i18n/ui.ru.ts';

describe('interface texts', () => {
  it('have the same keys and placeholders in kk, ru and en, none empty', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(uiKk).sort()).toEqual(Object.keys(uiEn).sort());
    expect(Object.keys(uiRu).sort()).toEqual(Object.keys(uiEn).sort());
    for (const key of Object.keys(uiEn) as (keyof typeof uiEn)[]) {
      for (const table of [uiKk, uiRu]) {
        expect(table[key].trim().length, key).toBeGreaterThan(0);
        expect(names(table[key]), key).toEqual(names(uiEn[key]));
      }
    }
  });

  it('fill placeholders', () => {
    expect(t('kk', 'opponent.bot', { level: 3 })).toBe('Бот, 3-деңгей');
    expect(t('ru', 'verdict.winner', { robot: 'A' })).toBe('Побеждает робот A');
  });

  it('start in the remembered language, else the browser’s, else Kazakh', () => {
    expect(pickLanguage('ru', ['en-US'])).toBe('ru');
    expect(pickLanguage(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLanguage('xx', ['fr'])).toBe('kk');
  });
});
