/**
 * Runs in the app: owns the simulation host client, the run state (running, verdict, console
 * lines, Python's loading status) and what a run shows on the way (frames in the 3D view,
 * sensor plots, the executing block, errors explained in the student's language).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MatchResult } from '../../sim/tasks/types.ts';
import type { RobotProfile, Verdict } from '../../sim/types.ts';
import { HostClient } from '../runtime/browser/host-client.ts';
import type { PythonStatus, RunOutcome } from '../runtime/browser/host-protocol.ts';
import { t, type Lang } from '../i18n/index.ts';
import { errorLines, type ProgramMap } from './program-errors.ts';
import { rejectedLines, runFailureText } from './run-reports.ts';
import type { ConsoleLine } from '../ui/internal/types.ts';
import type { QdArenaView } from '../ui/qd-arena-view.ts';
import type { QdBlocksEditor } from '../ui/qd-blocks-editor.ts';
import type { QdPythonEditor } from '../ui/qd-python-editor.ts';
import type { QdSensorPanel } from '../ui/qd-sensor-panel.ts';

/** Console lines kept in the page (the runtime caps each robot's output too). */
const MAX_CONSOLE_LINES = 1000;

/** The elements a run draws into, found when needed (they may not exist yet). */
export interface RunViews {
  arena(): QdArenaView | null;
  sensors(): QdSensorPanel | null;
  blocks(): QdBlocksEditor | null;
  python(): QdPythonEditor | null;
  lang(): Lang;
  /** Errors arrived: show the console. */
  showConsole(): void;
}

export interface RunSpec {
  task: string;
  seed: number;
  params: Record<string, string | number>;
  program: ProgramMap;
  profile: RobotProfile['id'];
  /** The second robot's program (sumo). */
  opponent?: string;
  /** The second robot's profile, when it differs (a replay file may say so). */
  opponentProfile?: RobotProfile['id'];
  /**
   * The programs are not the editors' (a replay file): errors go to the console only, never
   * as marks in the student's editors.
   */
  foreign?: boolean;
  /** A replay file's lockstep mode (default: the current one). */
  lockstep?: 'pipelined' | 'strict';
  speed: number;
}

export class RunController implements ReactiveController {
  running = false;
  verdict: Verdict | null = null;
  match: MatchResult | null = null;
  lines: ConsoleLine[] = [];
  python: PythonStatus = { state: 'loading', percent: 0 };
  client: HostClient | null = null;
  private runId: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly views: RunViews,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.client) return;
    this.client = new HostClient();
    this.client.onPython((status) => {
      this.python = status;
      this.host.requestUpdate();
    });
    this.client.warm();
  }

  /** The program in the editor: blocks (with trace calls and a line → block map) or Python. */
  currentProgram(editor: 'blocks' | 'python', fallbackPython: string): ProgramMap {
    const blocks = this.views.blocks();
    if (editor === 'blocks' && blocks) {
      // Trace calls let the executing block light up; line numbers map to blocks either way.
      const { code, lineToBlockId } = blocks.generate(true);
      const shown = blocks.generate(false).lineToBlockId;
      const shownLine = (line: number) => {
        const block = lineToBlockId[line];
        const match = Object.entries(shown).find(([, id]) => id === block);
        return match ? Number(match[0]) : undefined;
      };
      return { code, lineToBlockId, shownLine, editor: 'blocks' };
    }
    return { code: this.views.python()?.getValue() ?? fallbackPython, editor: 'python' };
  }

  /** Clears the verdict, the plots and the highlighted block. */
  reset() {
    this.verdict = null;
    this.match = null;
    this.views.sensors()?.clear();
    this.views.blocks()?.highlight(null);
    this.host.requestUpdate();
  }

  addLines(lines: ConsoleLine[]) {
    this.lines = [...this.lines, ...lines].slice(-MAX_CONSOLE_LINES);
    this.host.requestUpdate();
  }

  clearLines() {
    this.lines = [];
    this.host.requestUpdate();
  }

  setSpeed(speed: number) {
    this.client?.setSpeed(speed);
  }

  stop() {
    if (this.client && this.runId !== null) this.client.stop(this.runId);
  }

  /** One run, shown as it goes; resolves with its outcome (null if it could not start). */
  async run(spec: RunSpec): Promise<RunOutcome | null> {
    if (!this.client || this.running) return null;
    const lang = this.views.lang();
    this.reset();
    this.views.python()?.setErrorMarkers([]);
    const programs = [{ code: spec.program.code, profile: spec.profile }];
    if (spec.opponent !== undefined)
      programs.push({ code: spec.opponent, profile: spec.opponentProfile ?? spec.profile });
    this.running = true;
    this.host.requestUpdate();
    const sensors = this.views.sensors();
    const { runId, done } = this.client.run(
      {
        task: spec.task,
        seed: spec.seed,
        params: spec.params,
        programs,
        speed: spec.speed,
        traceBlocks: spec.program.editor === 'blocks',
        ...(spec.lockstep ? { lockstep: spec.lockstep } : {}),
      },
      {
        onStarted: (m) => this.views.arena()?.setArena(m.arena, m.robots),
        onFrame: (m) => {
          this.views.arena()?.pushSnapshot(m.snapshot);
          const robot = m.snapshot.robots[0];
          if (robot) sensors?.push(robot, m.snapshot.t);
        },
        onPrint: (m) => this.addLines([{ robot: m.robot, t: m.t, text: m.text, kind: 'out' }]),
        onBlock: (m) => m.robot === 'A' && this.views.blocks()?.highlight(m.blockId),
      },
    );
    this.runId = runId;
    try {
      const outcome = await done;
      if (outcome.aborted) {
        this.addLines([
          { robot: 'A', t: outcome.simTimeMs, text: t(lang, 'run.stopped'), kind: 'info' },
        ]);
      } else {
        this.verdict = outcome.verdict;
        this.match = outcome.match ?? null;
      }
      this.reportErrors(outcome, spec.program, lang, spec.foreign ?? false);
      this.addLines(rejectedLines(outcome, lang));
      return outcome;
    } catch (error) {
      this.addLines([{ robot: 'A', t: 0, text: runFailureText(lang, error), kind: 'error' }]);
      return null;
    } finally {
      this.running = false;
      this.runId = null;
      this.views.blocks()?.highlight(null);
      this.host.requestUpdate();
    }
  }

  private reportErrors(outcome: RunOutcome, program: ProgramMap, lang: Lang, foreign: boolean) {
    // A program the student stopped ends with KeyboardInterrupt: that is no error to explain.
    const statuses = outcome.aborted ? [] : outcome.programStatuses;
    const errors = errorLines(statuses, program, lang, outcome.simTimeMs);
    if (errors.lines.length) {
      this.addLines(errors.lines);
      this.views.showConsole();
    }
    if (foreign) return;
    if (errors.markers.length && program.editor === 'python')
      this.views.python()?.setErrorMarkers(errors.markers);
    if (errors.blockId) this.views.blocks()?.select(errors.blockId);
  }
}
