import * as Blockly from 'blockly';
import * as blocklyEn from 'blockly/msg/en';
import * as blocklyRu from 'blockly/msg/ru';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BLOCKS_LANGUAGES,
  qadamBlockDefinitions,
  registerQadamBlocks,
  setBlocksLocale,
  toolboxBlockTypes,
} from '../../../blocks/index.ts';
import { BLOCKLY_KK_UNTRANSLATED, blocklyKk } from '../../../blocks/messages/blockly-kk.ts';
import { en } from '../../../blocks/messages/en.ts';
import { kk } from '../../../blocks/messages/kk.ts';
import { ru } from '../../../blocks/messages/ru.ts';

const placeholders = (text: string): string[] => [...new Set(text.match(/%\d/g) ?? [])].sort();
const strings = (module: object): Record<string, string> =>
  Object.fromEntries(Object.entries(module).filter(([, v]) => typeof v === 'string'));
const ruBlockly = strings(blocklyRu);
const enBlockly = strings(blocklyEn);
const CYRILLIC = /[\u0400-\u04FF]/;

afterAll(() => setBlocksLocale('en'));

describe("our blocks' messages", () => {
  it('kk, ru and en have the same keys, all non-empty', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(ru).sort()).toEqual(keys);
    expect(Object.keys(kk).sort()).toEqual(keys);
    for (const messages of [en, ru, kk])
      for (const key of keys) expect(messages[key as keyof typeof en], key).not.toBe('');
  });

  it('translations keep every %n placeholder and are in Cyrillic', () => {
    for (const [key, text] of Object.entries(en)) {
      for (const messages of [ru, kk]) {
        const translated = messages[key as keyof typeof en];
        expect(placeholders(translated), key).toEqual(placeholders(text));
        expect(translated, key).toMatch(CYRILLIC);
      }
    }
  });

  it('every %{BKY_…} reference in our block definitions has a message', () => {
    const refs = JSON.stringify(qadamBlockDefinitions).match(/%\{BKY_([A-Z0-9_]+)\}/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(en, ref).toHaveProperty(ref.slice(6, -1));
  });

  it('every block in the toolbox can be created in every language', () => {
    registerQadamBlocks();
    for (const lang of BLOCKS_LANGUAGES) {
      setBlocksLocale(lang);
      const workspace = new Blockly.Workspace();
      try {
        for (const type of toolboxBlockTypes()) {
          const block = workspace.newBlock(type);
          const text = block.toString();
          expect(text, `${lang} ${type}`).not.toMatch(/%\{BKY_|%\d/);
          if (lang !== 'en' && type.startsWith('qadam_'))
            expect(text, `${lang} ${type}`).toMatch(CYRILLIC);
        }
      } finally {
        workspace.dispose();
      }
    }
  });

  it('switching the locale switches the labels', () => {
    registerQadamBlocks();
    const labels: Record<string, string> = {};
    for (const lang of BLOCKS_LANGUAGES) {
      setBlocksLocale(lang);
      const workspace = new Blockly.Workspace();
      labels[lang] = workspace.newBlock('qadam_drive_straight').toString();
      workspace.dispose();
    }
    expect(labels).toEqual({
      kk: 'алға ? мм жүр және күт',
      ru: 'проехать вперёд на ? мм и ждать',
      en: 'drive forward ? mm and wait',
    });
  });
});

describe("Kazakh for Blockly's built-in blocks", () => {
  it('covers every key Blockly translates into Russian, except the documented untranslated ones', () => {
    const missing = Object.keys(ruBlockly).filter(
      (key) => !BLOCKLY_KK_UNTRANSLATED.test(key) && !(key in blocklyKk),
    );
    expect(missing).toEqual([]);
  });

  it('uses only real Blockly keys and keeps their placeholders', () => {
    for (const [key, text] of Object.entries(blocklyKk)) {
      expect(enBlockly, key).toHaveProperty(key);
      expect(placeholders(text), key).toEqual(placeholders(enBlockly[key]));
    }
  });

  it('is written in Cyrillic (apart from symbols and function names)', () => {
    const notWords = /^([-+×÷^№]|sin|cos|tan|arc(sin|cos|tan)|atan2.*|)$/;
    for (const [key, text] of Object.entries(blocklyKk))
      if (!notWords.test(text)) expect(text, key).toMatch(CYRILLIC);
  });
});
