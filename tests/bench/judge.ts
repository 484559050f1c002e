/**
 * `npm run bench:judge`: judge throughput — submissions per minute for a 30-entry maze round
 * (lessons/rounds/maze-school-practice.json: 6×6 school maze, 3 seeds, 120 s) and a
 * 16-entry sumo round robin (120 matches on the school ring) with the practice round's 60 s
 * clock and with the rules' 3-minute clock, all with `--jobs 2`. The submissions are variants
 * of tests/fixtures/programs written to a temp dir. Figures, not pass/fail; not run in CI.
 *
 *   npm run bench:judge [-- --only maze|sumo] [-- --clock 60,180] [-- --jobs N]
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../../src/cli/main.ts';
import type { JudgeReport } from '../../src/cli/judge/report.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/programs/${name}`, import.meta.url), 'utf8');
const ROUNDS = new URL('../../lessons/rounds/', import.meta.url);

/** 30 maze entries: 24 left-hand variants (speeds, turn rates), 6 that fail or break. */
function mazeEntries(): Record<string, string> {
  const leftHand = fixture('left_hand.py');
  const out: Record<string, string> = {};
  const speeds = [150, 200, 250, 300, 350, 400];
  const turns = [120, 180, 240, 300];
  for (const s of speeds) {
    for (const t of turns) {
      out[`lh-s${s}-t${t}.py`] = leftHand.replace(
        'robot.settings(straight_speed=250, turn_rate=180)',
        `robot.settings(straight_speed=${s}, turn_rate=${t})`,
      );
    }
  }
  out['forward.py'] = fixture('drive_forward.py');
  out['idle.py'] = fixture('idle.py');
  out['syntax.py'] = fixture('syntax_error.py');
  out['name-error.py'] = fixture('name_error.py');
  out['runaway.py'] = fixture('runaway.py');
  out['broken.qadam'] = '{"format": "qadam-project"';
  return out;
}

/** 16 sumo entries: chargers and circlers at several speeds, a stander, two broken programs. */
function sumoEntries(): Record<string, string> {
  const charger = fixture('charger.py');
  const circler = fixture('circler.py');
  const out: Record<string, string> = {};
  for (const v of [300, 400, 500, 600, 700, 800]) {
    out[`charger-${v}.py`] = charger.replace('robot.drive(600, 0)', `robot.drive(${v}, 0)`);
  }
  for (const [v, turn] of [
    [100, 60],
    [120, 90],
    [150, 90],
    [150, 120],
    [200, 90],
    [200, 150],
  ]) {
    out[`circler-${v}-${turn}.py`] = circler.replace(
      'robot.drive(120, 90)',
      `robot.drive(${v}, ${turn})`,
    );
  }
  out['idle.py'] = fixture('idle.py');
  out['forward.py'] = fixture('drive_forward.py');
  out['syntax.py'] = fixture('syntax_error.py');
  out['name-error.py'] = fixture('name_error.py');
  return out;
}

function writeEntries(dir: string, entries: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(entries)) writeFileSync(join(dir, file), text);
}

interface Figure {
  label: string;
  entries: number;
  sessions: number;
  simS: number;
  wallS: number;
}

async function judge(label: string, round: string, dir: string, jobs: number): Promise<Figure> {
  const out: string[] = [];
  const err: string[] = [];
  const t0 = performance.now();
  const status = await main(['judge', round, dir, '--json', '--jobs', String(jobs)], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  const wallS = (performance.now() - t0) / 1000;
  if (status !== 0) throw new Error(`judge exited ${status}: ${err.join('\n')}`);
  const report = JSON.parse(out.join('')) as JudgeReport;
  const sessions = report.kind === 'solo' ? report.attempts : report.games;
  const simS = sessions.reduce((s, x) => s + x.simTimeMs, 0) / 1000;
  return { label, entries: report.entrants.length, sessions: sessions.length, simS, wallS };
}

function format(f: Figure): string {
  const perMin = (n: number) => ((n / f.wallS) * 60).toFixed(1);
  return `| ${f.label} | ${f.entries} | ${f.sessions} | ${f.simS.toFixed(0)} s | ${f.wallS.toFixed(1)} s | ${perMin(f.entries)} | ${perMin(f.sessions)} | ${(f.simS / f.wallS).toFixed(1)}× |`;
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      clock: { type: 'string', default: '60,180' },
      jobs: { type: 'string', default: '2' },
    },
  });
  const jobs = Number(values.jobs);
  const dir = mkdtempSync(join(tmpdir(), 'qadam-bench-judge-'));
  console.log(
    `Judge throughput, --jobs ${jobs}: Node ${process.version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)} at the start`,
  );
  console.log(
    '\n| round | entries | sessions | simulated | wall | submissions/min | sessions/min | sim ÷ wall |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  if (values.only !== 'sumo') {
    writeEntries(join(dir, 'maze'), mazeEntries());
    const round = new URL('maze-school-practice.json', ROUNDS).pathname;
    const label = 'maze, school 6×6, 3 seeds, 120 s limit';
    console.log(format(await judge(label, round, join(dir, 'maze'), jobs)));
  }
  if (values.only !== 'maze') {
    writeEntries(join(dir, 'sumo'), sumoEntries());
    const base = JSON.parse(readFileSync(new URL('sumo-school-round-robin.json', ROUNDS), 'utf8'));
    for (const clock of values.clock.split(',').map(Number)) {
      const round = join(dir, `sumo-${clock}.json`);
      writeFileSync(round, JSON.stringify({ ...base, timeLimit: clock }));
      const label = `sumo round robin, school ring, ${clock} s clock`;
      console.log(format(await judge(label, round, join(dir, 'sumo'), jobs)));
    }
  }
  console.log(`\nLoad average at the end: ${loadavg()[0].toFixed(2)}`);
}

await run();
