/**
 * Judging a single-robot round (maze, line, kegelring): every loadable submission runs once
 * on every seed; the attempts are ranked by the round's scoring rule (src/rounds/solo.ts).
 */
import type { Lang } from '../../i18n/types.ts';
import { rankSolo, soloRules } from '../../rounds/solo.ts';
import type { Round } from '../../rounds/schema.ts';
import type { JudgeRunner, Played } from './play.ts';
import { reasonOut, reportHead, type AttemptOut, type JudgeReport } from './report.ts';
import type { Entrant } from './submissions.ts';

/** A session to keep as a replay file, under `file` in the record directory. */
export interface RecordedSession {
  file: string;
  played: Played;
}

export interface Judged {
  report: JudgeReport;
  sessions: RecordedSession[];
}

export async function judgeSolo(
  round: Round,
  entrants: readonly Entrant[],
  ignored: string[],
  runner: JudgeRunner,
  lang: Lang,
): Promise<Judged> {
  // Every (entrant, seed) pair is a job; all start at once and the runner's lanes pace them.
  const jobs = entrants.flatMap((entrant) =>
    entrant.program ? round.seeds.map((seed) => ({ entrant, seed })) : [],
  );
  const played = await Promise.all(
    jobs.map(({ entrant, seed }) => runner.play([entrant.program!], seed)),
  );
  const attempts: AttemptOut[] = [];
  const sessions: RecordedSession[] = [];
  const byEntrant = new Map<string, Played[]>();
  jobs.forEach(({ entrant, seed }, i) => {
    const { result } = played[i].sim;
    const file = `${entrant.name}.seed-${seed}.replay.json`;
    sessions.push({ file, played: played[i] });
    attempts.push({
      entrant: entrant.name,
      seed,
      outcome: result.verdict.outcome,
      score: result.verdict.score,
      simTimeMs: result.simTimeMs,
      ...(result.verdict.wallTouches !== undefined
        ? { wallTouches: result.verdict.wallTouches }
        : {}),
      reasons: result.verdict.reasons.map((r) => reasonOut(r, lang)),
      hash: result.hash,
    });
    byEntrant.set(entrant.name, [...(byEntrant.get(entrant.name) ?? []), played[i]]);
  });
  const standings = rankSolo(
    soloRules(round),
    entrants.map((e) => ({
      name: e.name,
      attempts: (byEntrant.get(e.name) ?? []).map((p) => p.sim.result.verdict),
      ...(e.error ? { error: e.error } : {}),
    })),
  ).map(({ error, ...s }) => ({ ...s, ...(error ? { error: reasonOut(error, lang) } : {}) }));
  return {
    report: {
      ...reportHead('solo', round, entrants, ignored, lang),
      standings,
      attempts,
    },
    sessions,
  };
}
