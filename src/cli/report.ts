/** What `qadam run/match` print: one JSON object (--json) or a readable summary. */
import type { Reason } from '../../sim/types.ts';
import { formatReason } from '../i18n/reasons.ts';
import type { Lang } from '../i18n/types.ts';
import type { Simulated } from './simulate.ts';

const NO_REASON: Reason = { code: 'run.time_limit' };

function mainReason(reasons: readonly Reason[]): Reason {
  return reasons[0] ?? NO_REASON;
}

export function runJson(sim: Simulated, lang: Lang) {
  const { verdict } = sim.result;
  return {
    task: sim.task,
    seed: sim.seed,
    params: sim.params,
    outcome: verdict.outcome,
    reason: formatReason(mainReason(verdict.reasons), lang),
    reasons: verdict.reasons,
    simTimeMs: sim.result.simTimeMs,
    score: verdict.score,
    wallTouches: verdict.wallTouches ?? 0,
    hash: sim.result.hash,
    output: sim.result.transcript,
    rejectedMessages: sim.result.rejectedMessages,
  };
}

export function matchJson(sim: Simulated, lang: Lang) {
  const match = sim.result.match;
  if (!match) throw new Error('match result missing');
  return {
    task: sim.task,
    seed: sim.seed,
    params: sim.params,
    winner: match.winner,
    points: match.points,
    rounds: match.rounds.map((r) => ({
      winner: r.winner,
      reason: formatReason(r.reason, lang),
      simTimeMs: r.simTimeMs,
      counted: r.counted,
    })),
    reasons: match.reasons,
    hash: sim.result.hash,
    output: sim.result.transcript,
    rejectedMessages: sim.result.rejectedMessages,
  };
}

const OUTCOME: Record<Lang, Record<'success' | 'fail', string>> = {
  en: { success: 'SUCCESS', fail: 'FAIL' },
  ru: { success: 'УСПЕХ', fail: 'НЕ ЗАСЧИТАНО' },
  kk: { success: 'СӘТТІ', fail: 'ОРЫНДАЛМАДЫ' },
};

const WORDS: Record<
  Lang,
  Record<'time' | 'score' | 'touches' | 'winner' | 'draw' | 'round' | 'output', string>
> = {
  en: {
    time: 'time',
    score: 'score',
    touches: 'wall touches',
    winner: 'winner',
    draw: 'draw',
    round: 'round',
    output: 'program output',
  },
  ru: {
    time: 'время',
    score: 'результат',
    touches: 'касаний стен',
    winner: 'победитель',
    draw: 'ничья',
    round: 'раунд',
    output: 'вывод программы',
  },
  kk: {
    time: 'уақыт',
    score: 'нәтиже',
    touches: 'қабырғаға тию',
    winner: 'жеңімпаз',
    draw: 'тең',
    round: 'раунд',
    output: 'бағдарлама шығысы',
  },
};

function printsBlock(sim: Simulated, lang: Lang): string[] {
  const lines = sim.result.transcript;
  if (lines.length === 0) return [];
  const shown = lines.slice(-20);
  return [
    `${WORDS[lang].output}${lines.length > shown.length ? ` (last ${shown.length} of ${lines.length})` : ''}:`,
    ...shown.map((p) => `  [${p.robot} ${(p.t / 1000).toFixed(3)} s] ${p.text}`),
  ];
}

export function runSummary(sim: Simulated, lang: Lang): string {
  const { verdict } = sim.result;
  const w = WORDS[lang];
  const lines = [
    `${sim.task} (seed ${sim.seed}): ${OUTCOME[lang][verdict.outcome]}`,
    ...verdict.reasons.map((r) => `  ${formatReason(r, lang)}`),
    `  ${w.time}: ${(sim.result.simTimeMs / 1000).toFixed(2)} s` +
      (verdict.score !== null ? `, ${w.score}: ${verdict.score}` : '') +
      (verdict.wallTouches !== undefined ? `, ${w.touches}: ${verdict.wallTouches}` : ''),
    ...printsBlock(sim, lang),
  ];
  return lines.join('\n');
}

export function matchSummary(sim: Simulated, lang: Lang): string {
  const match = sim.result.match;
  if (!match) throw new Error('match result missing');
  const w = WORDS[lang];
  const lines = [
    `${sim.task} (seed ${sim.seed}): ${w.winner}: ${match.winner ?? w.draw}  (A ${match.points.A} : ${match.points.B} B)`,
    ...match.reasons.map((r) => `  ${formatReason(r, lang)}`),
    ...match.rounds.map(
      (r, i) =>
        `  ${w.round} ${i + 1}: ${r.winner ?? w.draw} — ${formatReason(r.reason, lang)} (${(r.simTimeMs / 1000).toFixed(2)} s)`,
    ),
    ...printsBlock(sim, lang),
  ];
  return lines.join('\n');
}
