/**
 * The built-in sumo opponents: five graded levels, `bot:0` … `bot:4`, each a plain Python
 * program (`levelN.py` beside this file) using the same robot API as the students' programs.
 * This module is the list; the code comes from a loader: `node.ts` reads the files from disk
 * (CLI, judge, tests), `browser.ts` has Vite bundle them as text (the app). Platform-neutral.
 */
import type { UiKey } from '../i18n/index.ts';

/** `bot:0` … `bot:4`. */
export type BotId = `bot:${number}`;

/** One level without its code. */
export interface BotLevelInfo {
  id: BotId;
  level: number;
  /** The Python file beside this module. */
  file: string;
  /** Short name, translated (src/i18n ui.*.ts). */
  nameKey: UiKey;
}

export interface BotLevel extends BotLevelInfo {
  /** The program: Python text starting `from robot_setup import *`. */
  code: string;
}

const NAME_KEYS = ['bot.name.0', 'bot.name.1', 'bot.name.2', 'bot.name.3', 'bot.name.4'] as const;

/**
 * The levels, weakest first; each beats the one before it in most seeds (tests/unit/bots):
 * 0 stands still, 1 aims once and charges, 2 spins until it sees the opponent and pushes,
 * 3 also watches the ring's edge and searches on the move, 4 also flanks.
 */
export const BOT_LEVEL_INFO: readonly BotLevelInfo[] = NAME_KEYS.map((nameKey, level) => ({
  id: `bot:${level}` as const,
  level,
  file: `level${level}.py`,
  nameKey,
}));

/** Whether a program name on a command line or in a project means a built-in bot. */
export function looksLikeBotId(spec: string): boolean {
  return spec.startsWith('bot:');
}

/** The level for `bot:N`, or undefined when there is no such bot. */
export function botInfo(id: string): BotLevelInfo | undefined {
  return BOT_LEVEL_INFO.find((b) => b.id === id);
}

/** The levels with their code, from `readCode(file)` (a loader's way of reading a file). */
export function withCode(readCode: (file: string) => string): BotLevel[] {
  return BOT_LEVEL_INFO.map((info) => ({ ...info, code: readCode(info.file) }));
}
