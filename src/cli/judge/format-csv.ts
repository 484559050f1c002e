/**
 * The judge's standings as CSV (RFC 4180, one row per entrant, English column names; reasons
 * in the report's language). Single-robot rounds get three columns per seed.
 */
import type { JudgeReport } from './report.ts';

/**
 * One CSV field. Quoted when it holds a comma, a quote or a line break; text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: (string | number | null | undefined)[]) => cells.map(csvField).join(',');

export function formatJudgeCsv(report: JudgeReport): string {
  const fileOf = new Map(report.entrants.map((e) => [e.name, e.file]));
  const rows: string[] = [];
  if (report.kind === 'solo') {
    const seeds = report.round.seeds;
    rows.push(
      line([
        'rank',
        'entrant',
        'file',
        'finished',
        'attempts',
        'best_time_s',
        'total_time_s',
        'progress',
        'unit',
        'error',
        ...seeds.flatMap((s) => [`seed_${s}_outcome`, `seed_${s}_score`, `seed_${s}_reasons`]),
      ]),
    );
    for (const s of report.standings) {
      const attempts = report.attempts.filter((a) => a.entrant === s.name);
      rows.push(
        line([
          s.rank,
          s.name,
          fileOf.get(s.name),
          s.finished,
          s.counted,
          s.bestTime,
          s.totalTime,
          s.progress,
          s.unit,
          s.error?.text,
          ...seeds.flatMap((seed) => {
            const a = attempts.find((x) => x.seed === seed);
            return a ? [a.outcome, a.score, a.reasons.map((r) => r.text).join(' ')] : ['', '', ''];
          }),
        ]),
      );
    }
  } else if (report.kind === 'round-robin') {
    rows.push(
      line([
        'rank',
        'entrant',
        'file',
        'played',
        'won',
        'drawn',
        'lost',
        'match_points',
        'rounds_won',
        'rounds_lost',
        'error',
      ]),
    );
    for (const s of report.standings) {
      rows.push(
        line([
          s.rank,
          s.name,
          fileOf.get(s.name),
          s.played,
          s.won,
          s.drawn,
          s.lost,
          s.matchPoints,
          s.roundsWon,
          s.roundsLost,
          s.error?.text,
        ]),
      );
    }
  } else {
    rows.push(line(['rank', 'entrant', 'file', 'seed', 'eliminated_in', 'error']));
    for (const s of report.standings) {
      rows.push(line([s.rank, s.name, fileOf.get(s.name), s.seed, s.eliminatedIn, s.error?.text]));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
