/**
 * Ranking of a single-robot round (maze, line, kegelring) by its scoring rule. Pure and
 * platform-neutral: the judge ranks submissions with it and the app ranks a live round.
 *
 * Rules (see SCORING_RULES):
 * - best-time: the entrant's best attempt — finished ones by time, then unfinished ones by
 *   progress (line: mm along the line; kegelring: cans out); the maze has no progress.
 * - sum-time: most finished attempts, then the sum of times (an unfinished attempt counts the
 *   full time limit), then the total progress.
 * - micromouse: the best micromouse score (lower is better).
 * - distance (line): finishing first (all finishers tie), then the farthest along the line.
 * Entrants whose program could not be loaded come last. Equal keys share a rank (1, 2, 2, 4);
 * within a rank the entrants keep their given order (the judge: file-name order).
 */
import type { Reason } from '../../sim/types.ts';
import { attemptMetrics, progressUnit, type AttemptVerdict } from './metrics.ts';
import { compareKeys, rankByKey, type Key } from './keys.ts';
import type { Round, ScoringRule } from './schema.ts';

export interface SoloEntrant {
  name: string;
  /** Attempts in the order made; only the first `attempts` of the round count. */
  attempts: AttemptVerdict[];
  /** Set when the submission could not be loaded (it then has no attempts). */
  error?: Reason;
}

export interface SoloRoundRules {
  taskId: string;
  scoring: ScoringRule;
  /** Seconds: what an unfinished attempt costs under sum-time. */
  timeLimit: number;
  /** Attempts that count per entrant. */
  attempts: number;
}

export interface SoloStanding {
  rank: number;
  name: string;
  error?: Reason;
  /** Attempts counted, and how many of them finished. */
  counted: number;
  finished: number;
  /** Best time (s), or the best micromouse score; null if no attempt finished. */
  bestTime: number | null;
  /** sum-time only: the sum of times with unfinished attempts at the limit (s). */
  totalTime: number | null;
  /** Best progress (sum-time: total) in `unit`; null when the task measures none. */
  progress: number | null;
  unit: 'mm' | 'cans' | null;
  /** Index of the attempt that decided the rank (best-time, micromouse, distance). */
  best: number | null;
}

interface Scored {
  standing: Omit<SoloStanding, 'rank'>;
  key: Key;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function attemptKey(rule: ScoringRule, m: ReturnType<typeof attemptMetrics>): Key {
  if (rule === 'distance') {
    if (m.finished) return [0, 0];
    return m.progress !== null ? [1, -m.progress] : [2, 0];
  }
  if (m.finished && m.time !== null) return [0, m.time];
  if (rule === 'micromouse') return [2, 0];
  return m.progress !== null ? [1, -m.progress] : [2, 0];
}

function scoreEntrant(rules: SoloRoundRules, entrant: SoloEntrant): Scored {
  const unit = progressUnit(rules.taskId);
  const counted = entrant.error ? [] : entrant.attempts.slice(0, rules.attempts);
  const metrics = counted.map((a) => attemptMetrics(rules.taskId, a));
  const finishedTimes = metrics.filter((m) => m.finished).map((m) => m.time ?? 0);
  const base = {
    name: entrant.name,
    ...(entrant.error ? { error: entrant.error } : {}),
    counted: counted.length,
    finished: finishedTimes.length,
    bestTime: finishedTimes.length ? Math.min(...finishedTimes) : null,
    unit,
  };
  if (entrant.error || counted.length === 0) {
    return {
      standing: { ...base, totalTime: null, progress: null, best: null },
      key: [entrant.error ? 4 : 3],
    };
  }
  if (rules.scoring === 'sum-time') {
    const total = round3(
      metrics.reduce((s, m) => s + (m.finished ? (m.time ?? 0) : rules.timeLimit), 0),
    );
    const progresses = metrics.map((m) => m.progress).filter((p): p is number => p !== null);
    const progress = progresses.length ? progresses.reduce((s, p) => s + p, 0) : null;
    return {
      standing: { ...base, totalTime: total, progress, best: null },
      key: [0, -finishedTimes.length, total, -(progress ?? 0)],
    };
  }
  let best = 0;
  let bestKey = attemptKey(rules.scoring, metrics[0]);
  metrics.forEach((m, i) => {
    const k = attemptKey(rules.scoring, m);
    if (compareKeys(k, bestKey) < 0) {
      best = i;
      bestKey = k;
    }
  });
  const progresses = metrics.map((m) => m.progress).filter((p): p is number => p !== null);
  return {
    standing: {
      ...base,
      totalTime: null,
      progress: progresses.length ? Math.max(...progresses) : null,
      best,
    },
    key: [0, ...bestKey],
  };
}

/** Ranks the entrants of a single-robot round. */
/** The rules of a single-robot round, as rankSolo reads them. */
export function soloRules(round: Round): SoloRoundRules {
  return {
    taskId: round.task.id,
    scoring: round.scoring,
    timeLimit: round.timeLimit,
    attempts: round.attempts,
  };
}

export function rankSolo(rules: SoloRoundRules, entrants: readonly SoloEntrant[]): SoloStanding[] {
  const scored = entrants.map((e) => {
    const { standing, key } = scoreEntrant(rules, e);
    return { item: standing, key };
  });
  return rankByKey(scored).map(({ rank, item }) => ({ rank, ...item }));
}
