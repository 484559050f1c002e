/**
 * Sumo opponents a lesson may name (`bot:N`). The graded bots arrive with the sumo-opponents
 * work; until then the only opponent is one that stands still.
 */
const STILL = '# Stands still.\nfrom pybricks.tools import wait\n\nwait(10 ** 9)\n';

/** The Python of the named opponent; throws for an unknown name. */
export function opponentProgram(name: string): string {
  if (name === 'bot:0') return STILL;
  throw new Error(`unknown opponent "${name}"`);
}
