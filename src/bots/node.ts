/**
 * The bots' code for Node (CLI, judge, tests, benches), read from the files beside
 * levels.ts. NB: the files live outside src/python on purpose: everything under src/python is
 * copied into each robot's Pyodide filesystem, and a student must not `import` a bot.
 */
import { readFileSync } from 'node:fs';
import { withCode, type BotLevel } from './levels.ts';

let cached: BotLevel[] | undefined;

/** All levels with their code (read once). */
export function nodeBots(): BotLevel[] {
  cached ??= withCode((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
  return cached;
}

/** The level `bot:N` with its code, or undefined. */
export function nodeBot(id: string): BotLevel | undefined {
  return nodeBots().find((b) => b.id === id);
}
