/** Sumo opponents a lesson names (`bot:N`), for Node (the CLI and the tests): src/bots. */
import { nodeBot } from '../bots/node.ts';

/** The Python of the named opponent; throws for an unknown name. */
export function opponentProgram(name: string): string {
  const bot = nodeBot(name);
  if (!bot) throw new Error(`unknown opponent "${name}"`);
  return bot.code;
}
