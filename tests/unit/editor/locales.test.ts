import { describe, expect, it } from 'vitest';
import { API_DOC_TEXTS, apiDoc, apiDocMarkdown } from '../../../src/editor/python/docs/index.ts';
import { apiDocsEn, type ApiDocKey } from '../../../src/editor/python/docs/api-docs.en.ts';
import { API_ENTRIES } from '../../../src/editor/python/docs/api-model.ts';
import { API_TYPES, ROBOT_SETUP_NAMES } from '../../../src/editor/python/docs/api-types.ts';
import { PYTHON_ERROR_TEXTS } from '../../../src/editor/python/explain-error.ts';
import { pythonErrorsEn } from '../../../src/i18n/python-errors.en.ts';
import { LANGS } from '../../../src/i18n/types.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('robot API docs', () => {
  const keys = Object.keys(apiDocsEn).sort();

  it('have the same keys and non-empty texts in kk, ru and en', () => {
    for (const lang of LANGS) {
      const table = API_DOC_TEXTS[lang];
      expect(Object.keys(table).sort(), lang).toEqual(keys);
      for (const key of keys) expect(table[key as ApiDocKey].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('are written in the language they claim (Cyrillic in kk and ru, Kazakh letters in kk)', () => {
    const kkLetters = /[әғқңөұүһі]/i;
    let kazakh = 0;
    for (const key of keys as ApiDocKey[]) {
      expect(API_DOC_TEXTS.ru[key], key).toMatch(/[а-яё]/i);
      expect(API_DOC_TEXTS.kk[key], key).toMatch(/[а-яёәғқңөұүһі]/i);
      if (kkLetters.test(API_DOC_TEXTS.kk[key])) kazakh++;
    }
    expect(kazakh / keys.length).toBeGreaterThan(0.5);
  });

  it('give every documented name a signature, and every name an example except enum members', () => {
    expect(Object.keys(API_ENTRIES).sort()).toEqual(keys);
    for (const [key, entry] of Object.entries(API_ENTRIES)) {
      expect(entry.signature, key).not.toBe('');
      if (entry.kind !== 'member') expect(entry.example, key).not.toBe('');
    }
  });

  it('document every member of every type and every robot_setup name', () => {
    for (const [type, members] of Object.entries(API_TYPES))
      for (const m of members) expect(keys, `${type}.${m.name}`).toContain(`${type}.${m.name}`);
    for (const g of ROBOT_SETUP_NAMES) expect(keys).toContain(g.doc);
  });

  it('use Pybricks keyword names and units in signatures', () => {
    expect(API_ENTRIES['DriveBase.straight'].signature).toBe(
      'straight(distance, then=Stop.HOLD, wait=True)',
    );
    expect(API_ENTRIES['Motor.run_angle'].signature).toContain('rotation_angle');
    expect(apiDoc('wait', 'ru').summary).toContain('миллисекунд');
    expect(apiDocMarkdown('DriveBase.turn', 'kk')).toContain('Мысал');
  });
});

describe('Python error texts', () => {
  it('have the same keys and placeholders in kk, ru and en', () => {
    const keys = Object.keys(pythonErrorsEn).sort();
    for (const lang of LANGS) {
      const table = PYTHON_ERROR_TEXTS[lang];
      expect(Object.keys(table).sort(), lang).toEqual(keys);
      for (const key of keys as (keyof typeof pythonErrorsEn)[]) {
        expect(table[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(table[key]), `${lang} ${key}`).toEqual(
          placeholders(pythonErrorsEn[key]),
        );
      }
    }
  });
});
