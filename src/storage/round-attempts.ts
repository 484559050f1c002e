/**
 * A practice round's state kept in the browser (localStorage): when the round started, the
 * official attempts made (each with its programs, so its replay file can be made later) and
 * which round is open, so a reload comes back to it. What is read back is validated: a
 * damaged or forged entry is dropped, never trusted, and never crashes the app.
 */
import { z } from 'zod';
import type { MatchResult } from '../../sim/tasks/types.ts';
import type { Verdict } from '../../sim/types.ts';
import { programSchema, reasonSchema } from './recording.ts';

const MAX_ATTEMPTS = 100;

const verdictSchema = z.object({
  outcome: z.enum(['success', 'fail']),
  reasons: z.array(reasonSchema).max(100),
  score: z.number().nullable(),
  simTimeMs: z.number(),
  wallTouches: z.number().optional(),
});

const side = z.enum(['A', 'B']).nullable();

const matchSchema = z.object({
  winner: side,
  points: z.object({ A: z.number(), B: z.number() }),
  rounds: z
    .array(
      z.object({ winner: side, reason: reasonSchema, simTimeMs: z.number(), counted: z.boolean() }),
    )
    .max(100),
  reasons: z.array(reasonSchema).max(100),
});

const attemptSchema = z.object({
  seed: z.number().int().min(0).max(0xffffffff),
  verdict: verdictSchema,
  match: matchSchema.nullable(),
  hash: z.string().max(64),
  simTimeMs: z.number(),
  /** The programs as run (the student's first), for the replay file. */
  programs: z.array(programSchema).min(1).max(2),
});

export interface RoundAttempt {
  seed: number;
  verdict: Verdict;
  match: MatchResult | null;
  hash: string;
  simTimeMs: number;
  programs: z.infer<typeof programSchema>[];
}

const storedSchema = z.object({
  startedAt: z.number(),
  attempts: z.array(z.unknown()).max(MAX_ATTEMPTS),
});

export interface StoredRound {
  startedAt: number;
  attempts: RoundAttempt[];
}

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const roundKey = (id: string) => `qadam.round.${id}`;
const ACTIVE_KEY = 'qadam.round.active';

function readJson(storage: KeyValue, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/**
 * A round's stored state, or null when there is none or it is unreadable. Attempts that fail
 * validation are dropped one by one: the valid ones still count against the round's limit.
 */
export function loadRound(storage: KeyValue, id: string): StoredRound | null {
  const parsed = storedSchema.safeParse(readJson(storage, roundKey(id)));
  if (!parsed.success) return null;
  const attempts: RoundAttempt[] = [];
  for (const raw of parsed.data.attempts) {
    const attempt = attemptSchema.safeParse(raw);
    if (attempt.success) attempts.push(attempt.data as RoundAttempt);
  }
  return { startedAt: parsed.data.startedAt, attempts };
}

/** Keeps a round's state; false when storage is full (the program itself is autosaved apart). */
export function saveRound(storage: KeyValue, id: string, value: StoredRound): boolean {
  try {
    storage.setItem(roundKey(id), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function forgetRound(storage: KeyValue, id: string) {
  storage.removeItem(roundKey(id));
}

/** The round that was open when the page was left, so a reload returns to it. */
export function activeRound(storage: KeyValue): string | null {
  const id = readJson(storage, ACTIVE_KEY);
  return typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,60}$/.test(id) ? id : null;
}

export function setActiveRound(storage: KeyValue, id: string | null) {
  try {
    if (id === null) storage.removeItem(ACTIVE_KEY);
    else storage.setItem(ACTIVE_KEY, JSON.stringify(id));
  } catch {
    // Full storage: a reload opens free play; nothing of the work is lost.
  }
}
