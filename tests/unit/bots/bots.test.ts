/**
 * The built-in sumo bots are data: five Python programs outside the robots' Python package
 * (a program must not be able to import them), the same in Node and in the app's bundle.
 */
import { describe, expect, test } from 'vitest';
import { BUNDLED_BOTS } from '../../../src/bots/browser.ts';
import { BOT_LEVEL_INFO, botInfo } from '../../../src/bots/levels.ts';
import { nodeBot, nodeBots } from '../../../src/bots/node.ts';
import { readPythonFiles } from '../../../src/runtime/node/python-sources.ts';
import { t } from '../../../src/i18n/index.ts';
import { opponentChoices, opponentCode, opponentId } from '../../../src/app/tasks-ui.ts';

describe('bot levels', () => {
  test('are bot:0 … bot:4, each a robot_setup program with a name in kk, ru and en', () => {
    expect(nodeBots().map((b) => b.id)).toEqual(['bot:0', 'bot:1', 'bot:2', 'bot:3', 'bot:4']);
    for (const bot of nodeBots()) {
      expect(bot.code).toMatch(/^from robot_setup import \*$/m);
      expect(bot.code).toMatch(new RegExp(`^# Sumo bot, level ${bot.level}:`));
      const names = (['kk', 'ru', 'en'] as const).map((lang) => t(lang, bot.nameKey));
      expect(new Set(names).size, bot.id).toBeGreaterThan(1);
    }
    expect(botInfo('bot:5')).toBeUndefined();
    expect(nodeBot('bot:3')?.level).toBe(3);
  });

  test('the app bundles the same programs as Node reads', () => {
    expect(BUNDLED_BOTS).toEqual(nodeBots());
    expect(BOT_LEVEL_INFO).toHaveLength(BUNDLED_BOTS.length);
  });

  test('are not part of the Python package a program can import', () => {
    const files = readPythonFiles();
    const codes = new Set(files.map((f) => f.content));
    for (const bot of nodeBots()) expect(codes.has(bot.code), bot.id).toBe(false);
    expect(files.some((f) => /(^|\/)(bots|level\d)/.test(f.path))).toBe(false);
  });
});

describe('opponents in the app', () => {
  test('are the bots, with translated labels', () => {
    const choices = opponentChoices('ru');
    expect(choices.map((c) => c.value)).toEqual(nodeBots().map((b) => b.id));
    expect(choices[3].label).toBe('Бот, уровень 3: Осторожный охотник');
  });

  test('old stored ids keep working; unknown ones fall back to the statue', () => {
    expect(opponentId('idle')).toBe('bot:0');
    expect(opponentId('charger')).toBe('bot:1');
    expect(opponentId('searcher')).toBe('bot:2');
    expect(opponentId('bot:4')).toBe('bot:4');
    expect(opponentId('bot:99')).toBe('bot:0');
    expect(opponentId(undefined)).toBe('bot:0');
    expect(opponentCode('charger')).toBe(nodeBot('bot:1')!.code);
  });
});
