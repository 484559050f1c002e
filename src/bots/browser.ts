/**
 * The bots' code for the app: Vite bundles the Python files beside levels.ts as text.
 * NB: not part of the robots' Python package (src/python), so a program cannot import them.
 */
import { withCode, type BotLevel } from './levels.ts';

const SOURCES = import.meta.glob('./level*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** All levels with their code. */
export const BUNDLED_BOTS: readonly BotLevel[] = withCode((file) => {
  const code = SOURCES[`./${file}`];
  if (code === undefined) throw new Error(`bot program ${file} is not bundled`);
  return code;
});
