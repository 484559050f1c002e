/** The judge's report as a readable ranked table with per-attempt reasons (kk/ru/en). */
import type { Lang } from '../../i18n/types.ts';
import type { AttemptOut, GameOut, JudgeReport, ReasonOut, SoloStandingOut } from './report.ts';

type Word =
  | 'rank'
  | 'entrant'
  | 'result'
  | 'finished'
  | 'played'
  | 'won'
  | 'drawn'
  | 'lost'
  | 'points'
  | 'rounds'
  | 'out'
  | 'winner'
  | 'notLoaded'
  | 'attempts'
  | 'games'
  | 'seed'
  | 'listNo'
  | 'draw'
  | 'bye'
  | 'ignored'
  | 'entrants'
  | 's'
  | 'mm'
  | 'cans'
  | 'score'
  | 'line';

const WORDS: Record<Lang, Record<Word, string>> = {
  en: {
    rank: 'rank',
    entrant: 'entrant',
    result: 'result',
    finished: 'finished',
    played: 'played',
    won: 'W',
    drawn: 'D',
    lost: 'L',
    points: 'points',
    rounds: 'rounds',
    out: 'out in',
    winner: 'winner',
    notLoaded: 'not loaded',
    attempts: 'Attempts',
    games: 'Games',
    seed: 'seed',
    listNo: 'seed',
    draw: 'draw',
    bye: 'bye',
    ignored: 'not submissions (ignored)',
    entrants: 'entrants',
    s: 's',
    mm: 'mm',
    cans: 'cans',
    score: 'score',
    line: 'the whole line',
  },
  ru: {
    rank: 'место',
    entrant: 'участник',
    result: 'результат',
    finished: 'финиш',
    played: 'игр',
    won: 'В',
    drawn: 'Н',
    lost: 'П',
    points: 'очки',
    rounds: 'раунды',
    out: 'выбыл',
    winner: 'победитель',
    notLoaded: 'не загружено',
    attempts: 'Попытки',
    games: 'Встречи',
    seed: 'вариант',
    listNo: 'номер',
    draw: 'ничья',
    bye: 'без соперника',
    ignored: 'не решения (пропущены)',
    entrants: 'участников',
    s: 'с',
    mm: 'мм',
    cans: 'банок',
    score: 'балл',
    line: 'вся линия',
  },
  kk: {
    rank: 'орын',
    entrant: 'қатысушы',
    result: 'нәтиже',
    finished: 'мәре',
    played: 'ойын',
    won: 'Ж',
    drawn: 'Т',
    lost: 'Ұ',
    points: 'ұпай',
    rounds: 'раундтар',
    out: 'шықты',
    winner: 'жеңімпаз',
    notLoaded: 'жүктелмеді',
    attempts: 'Әрекеттер',
    games: 'Кездесулер',
    seed: 'нұсқа',
    listNo: 'нөмір',
    draw: 'тең',
    bye: 'қарсыласы жоқ',
    ignored: 'шешім емес (өткізілді)',
    entrants: 'қатысушы',
    s: 'с',
    mm: 'мм',
    cans: 'банка',
    score: 'ұпай',
    line: 'бүкіл сызық',
  },
};

/** Left-aligned columns separated by two spaces. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

const reasonsText = (reasons: readonly ReasonOut[]) => reasons.map((r) => r.text).join(' ');

function soloResult(report: JudgeReport, s: SoloStandingOut, w: Record<Word, string>): string {
  if (s.error) return w.notLoaded;
  const unit = s.unit ? w[s.unit] : '';
  const progress = s.progress !== null ? `${s.progress} ${unit}` : '—';
  switch (report.round.scoring) {
    case 'sum-time':
      return s.totalTime !== null ? `${s.totalTime} ${w.s}` : '—';
    case 'micromouse':
      return s.bestTime !== null ? `${w.score} ${s.bestTime}` : '—';
    case 'distance':
      return s.finished > 0 ? w.line : progress;
    default:
      return s.bestTime !== null ? `${s.bestTime} ${w.s}` : progress;
  }
}

function attemptLine(a: AttemptOut, w: Record<Word, string>): string {
  const mark = a.outcome === 'success' ? '✓' : '✗';
  return `  ${a.entrant} · ${w.seed} ${a.seed}: ${mark} ${reasonsText(a.reasons)}`;
}

function gameLine(g: GameOut, w: Record<Word, string>): string {
  const head = `  #${g.game}${g.stage ? ` ${g.stage}` : ''} · A ${g.a} — B ${g.b} (${w.seed} ${g.seed}): `;
  const result = `${g.winner ?? w.draw} ${g.points.A}:${g.points.B}`;
  const rounds = g.rounds
    .filter((r) => r.counted || r.reason.code !== 'sumo.false_start')
    .map((r) => r.reason.text)
    .join(' ');
  return `${head}${result} — ${reasonsText(g.reasons)}${rounds ? ` [${rounds}]` : ''}`;
}

/** The report as text in its language. */
export function formatJudgeText(report: JudgeReport): string {
  const w = WORDS[report.lang];
  const r = report.round;
  const lines = [
    `${r.title[report.lang]} (${r.id}) — ${r.task}, ${r.scoring}${r.tournament ? `, ${r.tournament}` : ''}, ${w.seed} ${r.seeds.join(' ')}, ${report.entrants.length} ${w.entrants}`,
    '',
  ];
  const errorLines = report.entrants
    .filter((e) => e.error)
    .map((e) => `  ${e.name} (${e.file}): ${e.error!.text}`);
  if (report.kind === 'solo') {
    const rows = [[w.rank, w.entrant, w.result, w.finished]];
    for (const s of report.standings) {
      rows.push([
        String(s.rank),
        s.name,
        soloResult(report, s, w),
        s.error ? '—' : `${s.finished}/${s.counted}`,
      ]);
    }
    lines.push(
      ...table(rows),
      '',
      `${w.attempts}:`,
      ...report.attempts.map((a) => attemptLine(a, w)),
    );
  } else if (report.kind === 'round-robin') {
    const rows = [[w.rank, w.entrant, w.played, w.won, w.drawn, w.lost, w.points, w.rounds]];
    for (const s of report.standings) {
      rows.push([
        String(s.rank),
        s.name + (s.error ? ` (${w.notLoaded})` : ''),
        String(s.played),
        String(s.won),
        String(s.drawn),
        String(s.lost),
        String(s.matchPoints),
        `${s.roundsWon}:${s.roundsLost}`,
      ]);
    }
    const walkovers = report.matches
      .filter((m) => m.reason)
      .map((m) => `  ${m.a} — ${m.b}: ${m.reason!.text}`);
    lines.push(
      ...table(rows),
      '',
      `${w.games}:`,
      ...report.games.map((g) => gameLine(g, w)),
      ...walkovers,
    );
  } else {
    const rows = [[w.rank, w.entrant, w.listNo, w.out]];
    for (const s of report.standings) {
      rows.push([
        String(s.rank),
        s.name + (s.error ? ` (${w.notLoaded})` : ''),
        String(s.seed),
        s.eliminatedIn ?? w.winner,
      ]);
    }
    const tieNotes = report.ties
      .filter((t) => t.reason)
      .map((t) => `  ${t.stage} · ${t.x} — ${t.y ?? w.bye}: ${t.reason!.text}`);
    lines.push(
      ...table(rows),
      '',
      `${w.games}:`,
      ...report.games.map((g) => gameLine(g, w)),
      ...tieNotes,
    );
  }
  if (errorLines.length) lines.push('', ...errorLines);
  if (report.ignored.length) lines.push('', `${w.ignored}: ${report.ignored.join(', ')}`);
  return lines.join('\n');
}
