/** The practice rounds shipped in lessons/rounds/, bundled by Vite (they work offline). */
import { parseRound, type Round } from './schema.ts';

const raw = import.meta.glob<unknown>('../../lessons/rounds/*.json', {
  eager: true,
  import: 'default',
});

export const ROUNDS: readonly Round[] = Object.values(raw)
  .map((data) => parseRound(JSON.stringify(data)))
  .sort((a, b) => a.id.localeCompare(b.id));

export function getRound(id: string): Round | undefined {
  return ROUNDS.find((r) => r.id === id);
}
