/**
 * Round mode: an olympiad practice round in the app. The round fixes the task, its parameters,
 * the robot and the field variants; a countdown runs for the round's duration (kept across
 * reloads); each official attempt runs the next field variant and is kept with its program, so
 * it can be exported as a replay file that `qadam replay` verifies in Node.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getRound } from '../rounds/catalog.ts';
import { CURRENT_LOCKSTEP } from '../runtime/runner.ts';
import { rankSolo, soloRules, type Round, type SoloStanding } from '../rounds/index.ts';
import {
  RECORDING_FORMAT,
  RECORDING_VERSION,
  recordedResult,
  type Recording,
} from '../storage/recording.ts';
import {
  activeRound,
  forgetRound,
  loadRound,
  saveRound,
  setActiveRound,
  type RoundAttempt,
} from '../storage/round-attempts.ts';
import type { ProjectController } from './project-controller.ts';
import type { RunController } from './run-controller.ts';

export class RoundController implements ReactiveController {
  round: Round | null = null;
  attempts: RoundAttempt[] = [];
  startedAt = 0;
  now = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly projects: ProjectController,
    private readonly runs: RunController,
    private readonly speed: () => number,
    private readonly opponent: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  hostDisconnected() {
    clearInterval(this.timer);
  }

  /** Milliseconds left in the round (0 when it is over). */
  get remainingMs(): number {
    if (!this.round) return 0;
    return Math.max(0, this.startedAt + this.round.durationMin * 60_000 - this.now);
  }

  get attemptsLeft(): number {
    return this.round ? Math.max(0, this.round.attempts - this.attempts.length) : 0;
  }

  /** Where the student stands under the round's scoring rule (single-robot rounds). */
  get standing(): SoloStanding | null {
    const round = this.round;
    if (!round || round.task.robots !== 1 || this.attempts.length === 0) return null;
    const [standing] = rankSolo(soloRules(round), [
      { name: 'you', attempts: this.attempts.map((a) => a.verdict) },
    ]);
    return standing ?? null;
  }

  open(id: string): boolean {
    const round = getRound(id);
    if (!round) return false;
    this.round = round;
    const stored = loadRound(localStorage, id);
    this.startedAt = stored?.startedAt ?? Date.now();
    this.attempts = stored?.attempts ?? [];
    this.save();
    setActiveRound(localStorage, id);
    const project = this.projects.project;
    // replace (not update): the editors reload and the 3D view shows the round's field.
    this.projects.replace({
      ...project,
      task: { id: round.task.id, params: { ...round.params }, seed: round.seeds[0] },
      robot: round.robot,
    });
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.now = Date.now();
      this.host.requestUpdate();
    }, 1000);
    this.now = Date.now();
    this.host.requestUpdate();
    return true;
  }

  /** The round that was open when the page was left (a reload returns to it). */
  get lastOpen(): string | null {
    return activeRound(localStorage);
  }

  leave() {
    clearInterval(this.timer);
    if (this.round) setActiveRound(localStorage, null);
    this.round = null;
    this.host.requestUpdate();
  }

  /** Starts the round again: a fresh countdown and no attempts. */
  restart() {
    if (!this.round) return;
    forgetRound(localStorage, this.round.id);
    this.open(this.round.id);
  }

  private save() {
    if (!this.round) return;
    // A full storage loses only the list of attempts, never the program (autosave has it).
    saveRound(localStorage, this.round.id, { startedAt: this.startedAt, attempts: this.attempts });
  }

  /** One official attempt on the next field variant. */
  async attempt() {
    const round = this.round;
    if (!round || this.runs.running || this.attemptsLeft === 0 || this.remainingMs === 0) return;
    const seed = round.seeds[this.attempts.length % round.seeds.length];
    const project = this.projects.project;
    const program = this.runs.currentProgram(project.editor, project.python);
    const opponent = round.task.robots === 2 ? this.opponent() : undefined;
    const outcome = await this.runs.run({
      task: round.task.id,
      seed,
      params: round.params,
      program,
      profile: round.robot,
      opponent,
      speed: this.speed(),
    });
    if (!outcome || outcome.aborted) return;
    const programs: RoundAttempt['programs'] = [
      { name: project.name || 'program', code: program.code, profile: round.robot },
    ];
    if (opponent !== undefined)
      programs.push({ name: 'opponent', code: opponent, profile: round.robot });
    this.attempts = [
      ...this.attempts,
      {
        seed,
        verdict: outcome.verdict,
        match: outcome.match ?? null,
        hash: outcome.hash,
        simTimeMs: outcome.simTimeMs,
        programs,
      },
    ];
    this.save();
    this.host.requestUpdate();
  }

  /** The replay file of an attempt (what `qadam replay` verifies). */
  recording(index: number): Recording | null {
    const round = this.round;
    const attempt = this.attempts[index];
    if (!round || !attempt) return null;
    return {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      task: round.task.id,
      seed: attempt.seed,
      params: { ...round.params },
      programs: attempt.programs,
      result: recordedResult(attempt),
      engine: 'browser',
      lockstep: CURRENT_LOCKSTEP,
    };
  }
}
