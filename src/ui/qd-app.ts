/**
 * <qd-app>: the app shell. It owns the project and the run state and wires the toolbar,
 * the editors, the 3D view, the verdict, the sensors and the console together. Renders into
 * light DOM so that Blockly and Monaco (which style the document) work inside it.
 */
import { LitElement, html, nothing } from 'lit';
import { getTask } from '../../sim/tasks/index.ts';
import type { MatchResult } from '../../sim/tasks/types.ts';
import type { Verdict } from '../../sim/types.ts';
import { HostClient } from '../runtime/browser/host-client.ts';
import type { PythonStatus } from '../runtime/browser/host-protocol.ts';
import { pickLanguage, t, type Lang } from '../i18n/index.ts';
import { createAutosave } from '../storage/autosave.ts';
import { newProject, type Project } from '../storage/project.ts';
import { projectFromHash } from '../storage/share-link.ts';
import {
  copyShareLink,
  downloadProject,
  openShareLink,
  pickProjectFile,
} from '../app/project-io.ts';
import { projectErrorText, saveFailureText, type ProjectSource } from '../app/input-errors.ts';
import { rejectedLines, runFailureText } from '../app/run-reports.ts';
import { previewSnapshot, trySetup } from '../app/preview.ts';
import { errorLines, type ProgramMap } from '../app/program-errors.ts';
import { OPPONENTS, ROBOT_CHOICES, toolbarParams, toolbarTasks } from '../app/tasks-ui.ts';
import type { ConsoleLine } from './internal/types.ts';
import type { QdArenaView } from './qd-arena-view.ts';
import type { QdBlocksEditor } from './qd-blocks-editor.ts';
import type { QdPythonEditor } from './qd-python-editor.ts';
import type { QdSensorPanel } from './qd-sensor-panel.ts';
import type { ToolbarSetting } from './qd-toolbar.ts';
import './qd-arena-view.ts';
import './qd-blocks-editor.ts';
import './qd-console.ts';
import './qd-python-editor.ts';
import './qd-sensor-panel.ts';
import './qd-toolbar.ts';
import './qd-verdict.ts';

const LANG_KEY = 'qadam.lang';
/** Console lines kept in the page (the runtime caps each robot's output too). */
const MAX_CONSOLE_LINES = 1000;

export class QdApp extends LitElement {
  static override properties = {
    lang: { state: true },
    project: { state: true },
    running: { state: true },
    speed: { state: true },
    camera: { state: true },
    panel: { state: true },
    showRays: { state: true },
    showTrail: { state: true },
    python: { state: true },
    verdict: { state: true },
    match: { state: true },
    lines: { state: true },
    notice: { state: true },
    opponent: { state: true },
    bottom: { state: true },
    viewportWidth: { state: true },
    applyUpdate: { state: true },
    toast: { state: true },
  };

  declare lang: Lang;
  declare project: Project;
  declare running: boolean;
  declare speed: number;
  declare camera: 'top' | 'follow' | 'orbit';
  declare panel: boolean;
  declare showRays: boolean;
  declare showTrail: boolean;
  declare python: PythonStatus;
  declare verdict: Verdict | null;
  declare match: MatchResult | null;
  declare lines: ConsoleLine[];
  declare notice: string;
  declare opponent: string;
  /** Which panel shows under the 3D view. */
  declare bottom: 'console' | 'sensors';
  declare viewportWidth: number;
  /** Set when a new version is waiting: applying it reloads the page. */
  declare applyUpdate: (() => Promise<void>) | null;
  /** A passing message (not an error): it disappears by itself. */
  declare toast: string;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  private host: HostClient | null = null;
  private autosave = createAutosave();
  private runId: number | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private restored = false;

  constructor() {
    super();
    this.lang = pickLanguage(localStorage.getItem(LANG_KEY), navigator.languages ?? []);
    this.project = newProject();
    this.running = false;
    this.speed = 1;
    this.camera = 'top';
    this.panel = false;
    this.showRays = true;
    this.showTrail = false;
    this.python = { state: 'loading', percent: 0 };
    this.verdict = null;
    this.match = null;
    this.lines = [];
    this.notice = '';
    this.opponent = 'idle';
    this.bottom = 'console';
    this.viewportWidth = window.innerWidth;
    this.applyUpdate = null;
    this.toast = '';
  }

  /** Shows a short message for a few seconds. */
  showToast(text: string) {
    this.toast = text;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toast = ''), 8000);
  }

  /** Called by the service worker registration (src/app/offline.ts). */
  offerUpdate(apply: () => Promise<void>) {
    this.applyUpdate = apply;
  }

  /** Saves the project right now (before an update reloads the page). */
  async flushSave() {
    clearTimeout(this.saveTimer);
    if (this.restored) await this.autosave.save(this.project);
  }

  private async installUpdate() {
    await this.flushSave();
    await this.applyUpdate?.();
  }

  /**
   * How much larger than on a 1920-pixel screen everything is drawn: a 4K panel gets twice
   * the size (readable from the back of a classroom); panel mode adds a third on top.
   */
  private get uiScale(): number {
    return Math.max(1, this.viewportWidth / 1920) * (this.panel ? 1.35 : 1);
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    document.documentElement.lang = this.lang;
    // Capture phase: the shortcuts work inside Monaco and Blockly too, before they see the key.
    document.addEventListener('keydown', this.onKey, true);
    window.addEventListener('resize', this.onResize);
    this.host = new HostClient();
    this.host.onPython((status) => (this.python = status));
    this.host.warm();
    void this.restore();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('resize', this.onResize);
  }

  private onResize = () => {
    this.viewportWidth = window.innerWidth;
  };

  private get blocksEditor() {
    return this.querySelector<QdBlocksEditor>('qd-blocks-editor');
  }
  private get pythonEditor() {
    return this.querySelector<QdPythonEditor>('qd-python-editor');
  }
  private get arenaView() {
    return this.querySelector<QdArenaView>('qd-arena-view');
  }

  /** Start-up: a shared link wins, then the autosaved project, else a new one. */
  private async restore() {
    const shared = projectFromHash(location.hash);
    let project: Project | null = null;
    if (shared) {
      try {
        project = openShareLink(shared);
        this.notice = t(this.lang, 'project.opened');
      } catch (error) {
        this.showProjectError(error, 'link');
      }
      history.replaceState(null, '', location.pathname + location.search);
    }
    project ??= await this.autosave.load();
    if (project) this.applyProject(project);
    else this.showPreview();
    // Only now may autosave write: before, the editors' start-up would overwrite good saved
    // work with an empty project (I-9).
    this.restored = true;
    if (shared && project) this.scheduleSave();
  }

  private applyProject(project: Project) {
    // Blocks first: if Blockly refuses them, nothing of the current project has changed.
    this.blocksEditor?.load(project.blocks);
    this.project = project;
    this.pythonEditor?.setValue(project.python);
    if (project.editor === 'python') void this.pythonEditor?.start();
    this.resetRun();
  }

  private update_(patch: Partial<Project>) {
    this.project = { ...this.project, ...patch };
    this.scheduleSave();
  }

  private scheduleSave() {
    if (!this.restored) return;
    clearTimeout(this.saveTimer);
    // data-saved tells tests (and anyone curious) whether the latest change is stored.
    this.dataset.saved = 'false';
    this.saveTimer = setTimeout(async () => {
      const project = this.project;
      const result = await this.autosave.save(project);
      if (!result.ok) this.notice = saveFailureText(this.lang, result);
      else if (project === this.project) this.dataset.saved = 'true';
    }, 250);
  }

  private showProjectError(error: unknown, source: ProjectSource = 'file') {
    this.notice = projectErrorText(this.lang, error, source);
  }

  private showPreview() {
    const task = getTask(this.project.task.id);
    const setup = task && trySetup(task, this.project.task.seed, this.project.task.params);
    const view = this.arenaView;
    if (!setup || !view) return;
    const robots = setup.starts.map((_, i) => ({
      id: i === 0 ? 'A' : 'B',
      profile: this.project.robot,
    }));
    view.setArena(setup.arena, robots);
    view.pushSnapshot(previewSnapshot(setup, this.project.robot));
  }

  private resetRun() {
    this.verdict = null;
    this.match = null;
    this.querySelector<QdSensorPanel>('qd-sensor-panel')?.clear();
    this.blocksEditor?.highlight(null);
    this.showPreview();
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      if (!this.running) void this.run();
    } else if (event.key === 'Escape' && this.running) {
      event.preventDefault();
      event.stopPropagation();
      this.stop();
    }
  };

  private currentProgram(): ProgramMap {
    if (this.project.editor === 'blocks' && this.blocksEditor) {
      // Trace calls let the executing block light up; line numbers map to blocks either way.
      const { code, lineToBlockId } = this.blocksEditor.generate(true);
      const shown = this.blocksEditor.generate(false).lineToBlockId;
      const shownLine = (line: number) => {
        const block = lineToBlockId[line];
        const match = Object.entries(shown).find(([, id]) => id === block);
        return match ? Number(match[0]) : undefined;
      };
      return { code, lineToBlockId, shownLine, editor: 'blocks' };
    }
    return { code: this.pythonEditor?.getValue() ?? this.project.python, editor: 'python' };
  }

  private async run() {
    if (!this.host || this.running) return;
    const task = getTask(this.project.task.id);
    if (!task) return;
    this.resetRun();
    this.lines = [];
    this.pythonEditor?.setErrorMarkers([]);
    const program = this.currentProgram();
    const programs = [{ code: program.code, profile: this.project.robot }];
    if (task.robots === 2)
      programs.push({
        code: OPPONENTS[this.opponent]?.code ?? OPPONENTS.idle.code,
        profile: this.project.robot,
      });
    this.running = true;
    const sensors = this.querySelector<QdSensorPanel>('qd-sensor-panel');
    const { runId, done } = this.host.run(
      {
        task: task.id,
        seed: this.project.task.seed,
        params: this.project.task.params,
        programs,
        speed: this.speed,
        traceBlocks: program.editor === 'blocks',
      },
      {
        onStarted: (m) => this.arenaView?.setArena(m.arena, m.robots),
        onFrame: (m) => {
          this.arenaView?.pushSnapshot(m.snapshot);
          const robot = m.snapshot.robots[0];
          if (robot) sensors?.push(robot, m.snapshot.t);
        },
        onPrint: (m) => this.addLines([{ robot: m.robot, t: m.t, text: m.text, kind: 'out' }]),
        onBlock: (m) => m.robot === 'A' && this.blocksEditor?.highlight(m.blockId),
      },
    );
    this.runId = runId;
    try {
      const outcome = await done;
      if (outcome.aborted) {
        this.addLines([
          { robot: 'A', t: outcome.simTimeMs, text: t(this.lang, 'run.stopped'), kind: 'info' },
        ]);
      } else {
        this.verdict = outcome.verdict;
        this.match = outcome.match ?? null;
      }
      // A program the student stopped ends with KeyboardInterrupt: that is no error to explain.
      const statuses = outcome.aborted ? [] : outcome.programStatuses;
      const errors = errorLines(statuses, program, this.lang, outcome.simTimeMs);
      if (errors.lines.length) {
        this.addLines(errors.lines);
        this.bottom = 'console';
      }
      if (errors.markers.length && program.editor === 'python')
        this.pythonEditor?.setErrorMarkers(errors.markers);
      if (errors.blockId) this.blocksEditor?.select(errors.blockId);
      this.addLines(rejectedLines(outcome, this.lang));
    } catch (error) {
      this.addLines([{ robot: 'A', t: 0, text: runFailureText(this.lang, error), kind: 'error' }]);
    } finally {
      this.running = false;
      this.runId = null;
      this.blocksEditor?.highlight(null);
    }
  }

  private stop() {
    if (this.host && this.runId !== null) this.host.stop(this.runId);
  }

  private addLines(lines: ConsoleLine[]) {
    this.lines = [...this.lines, ...lines].slice(-MAX_CONSOLE_LINES);
  }

  private onSetting(
    key: ToolbarSetting | 'showRays' | 'showTrail',
    value: string | number | boolean,
  ) {
    const task = this.project.task;
    if (key === 'task') {
      this.update_({ task: { id: String(value), params: {}, seed: task.seed } });
      this.resetRun();
    } else if (key.startsWith('param:')) {
      this.update_({
        task: { ...task, params: { ...task.params, [key.slice(6)]: String(value) } },
      });
      this.resetRun();
    } else if (key === 'seed') {
      this.update_({ task: { ...task, seed: Number(value) } });
      this.resetRun();
    } else if (key === 'robot') {
      this.update_({ robot: value as Project['robot'] });
      this.resetRun();
    } else if (key === 'speed') {
      this.speed = Number(value);
      this.host?.setSpeed(this.speed);
    } else if (key === 'camera') this.camera = value as QdApp['camera'];
    else if (key === 'lang') {
      this.lang = value as Lang;
      localStorage.setItem(LANG_KEY, this.lang);
      document.documentElement.lang = this.lang;
    } else if (key === 'panel') this.panel = Boolean(value);
    else if (key === 'opponent') this.opponent = String(value);
    else if (key === 'showRays') this.showRays = Boolean(value);
    else if (key === 'showTrail') this.showTrail = Boolean(value);
  }

  private async onProject(action: 'new' | 'open' | 'save' | 'share') {
    if (action === 'new') {
      if (!confirm(t(this.lang, 'project.confirmNew'))) return;
      this.applyProject(newProject(this.project.task.id, this.project.robot));
      this.scheduleSave();
    } else if (action === 'open') {
      try {
        const project = await pickProjectFile();
        if (!project) return;
        this.applyProject(project);
        this.scheduleSave();
        this.notice = t(this.lang, 'project.opened');
      } catch (error) {
        this.showProjectError(error);
      }
    } else if (action === 'save') downloadProject(this.project);
    else {
      const link = await copyShareLink(this.project);
      this.notice = `${t(this.lang, 'project.shared')} ${link.length > 120 ? '' : link}`;
      this.dataset.shareLink = link;
    }
  }

  private switchTab(editor: 'blocks' | 'python') {
    this.update_({ editor });
    if (editor === 'python') void this.pythonEditor?.start();
  }

  private openAsPython(python: string) {
    const current = this.pythonEditor?.getValue() ?? this.project.python;
    if (current.trim() && current !== python && !confirm(t(this.lang, 'editor.replaceConfirm')))
      return;
    this.pythonEditor?.setValue(python);
    this.update_({ python });
    this.switchTab('python');
  }

  private gotoLine(line: number, blockId?: string) {
    if (blockId && this.project.editor === 'blocks') this.blocksEditor?.select(blockId);
    else this.pythonEditor?.revealLine(line);
  }

  override firstUpdated() {
    this.blocksEditor?.load(this.project.blocks);
    this.pythonEditor?.setValue(this.project.python);
    this.showPreview();
  }

  override render() {
    const task = getTask(this.project.task.id) ?? getTask('maze')!;
    const l = this.lang;
    const status =
      this.python.state === 'ready'
        ? t(l, this.running ? 'run.running' : 'python.ready')
        : this.python.state === 'failed'
          ? t(l, 'python.failed', { detail: this.python.detail ?? '' })
          : t(l, this.running ? 'python.waiting' : 'python.loading', {
              percent: this.python.percent,
            });
    const scale = this.uiScale;
    return html`<div
      class="qd-app ${this.panel ? 'panel' : ''}"
      style="--qd-font-size: ${Math.round(16 * scale)}px"
    >
      <qd-toolbar
        .lang=${l}
        .tasks=${toolbarTasks()}
        .task=${task.id}
        .params=${toolbarParams(task, this.project.task.params)}
        .seed=${this.project.task.seed}
        .robot=${this.project.robot}
        .robots=${[...ROBOT_CHOICES]}
        .opponents=${
          task.robots === 2
            ? Object.entries(OPPONENTS).map(([value, o]) => ({ value, label: t(l, o.labelKey) }))
            : []
        }
        .opponent=${this.opponent}
        .running=${this.running}
        .speed=${this.speed}
        .camera=${this.camera}
        .panel=${this.panel}
        .status=${status}
        @qd-run=${() => this.run()}
        @qd-stop=${() => this.stop()}
        @qd-reset=${() => this.resetRun()}
        @qd-setting=${(e: CustomEvent) => this.onSetting(e.detail.key, e.detail.value)}
        @qd-project=${(e: CustomEvent) => this.onProject(e.detail.action)}
      ></qd-toolbar>
      ${this.toast ? html`<div class="qd-toast" role="status">${this.toast}</div>` : nothing}
      ${
        this.applyUpdate
          ? html`<div class="qd-notice" role="alert" data-testid="update">
              <span>${t(l, 'update.ready')}</span
              ><button data-action="update" @click=${() => this.installUpdate()}>
                ${t(l, 'update.apply')}
              </button>
            </div>`
          : nothing
      }
      ${
        this.notice
          ? html`<div class="qd-notice" role="alert">
              <span>${this.notice}</span><button @click=${() => (this.notice = '')}>✕</button>
            </div>`
          : nothing
      }
      <main class="qd-main">
        <section class="qd-editors">
          <div class="qd-tabs" role="tablist">
            ${(['blocks', 'python'] as const).map(
              (tab) =>
                html`<button
                  role="tab"
                  data-tab=${tab}
                  aria-selected=${this.project.editor === tab}
                  @click=${() => this.switchTab(tab)}
                >
                  ${t(l, tab === 'blocks' ? 'tab.blocks' : 'tab.python')}
                </button>`,
            )}
          </div>
          <qd-blocks-editor
            ?hidden=${this.project.editor !== 'blocks'}
            .lang=${l}
            .scale=${0.9 * scale}
            @qd-blocks-change=${(e: CustomEvent) => this.update_({ blocks: e.detail.blocks })}
            @qd-open-as-python=${(e: CustomEvent) => this.openAsPython(e.detail.python)}
          ></qd-blocks-editor>
          <qd-python-editor
            ?hidden=${this.project.editor !== 'python'}
            .lang=${l}
            .fontSize=${Math.round(18 * scale)}
            @qd-python-change=${(e: CustomEvent) => this.update_({ python: e.detail.python })}
          ></qd-python-editor>
        </section>
        <section class="qd-stage">
          <qd-arena-view
            .lang=${l}
            .camera=${this.camera}
            .showRays=${this.showRays}
            .showTrail=${this.showTrail}
            @qd-setting=${(e: CustomEvent) => this.onSetting(e.detail.key, e.detail.value)}
          >
            <qd-verdict
              .lang=${l}
              .verdict=${this.verdict}
              .match=${this.match}
              @qd-verdict-close=${() => (this.verdict = null)}
            ></qd-verdict>
          </qd-arena-view>
          <div class="qd-tabs qd-bottom-tabs" role="tablist">
            ${(['console', 'sensors'] as const).map(
              (tab) =>
                html`<button
                  role="tab"
                  data-tab=${tab}
                  aria-selected=${this.bottom === tab}
                  @click=${() => (this.bottom = tab)}
                >
                  ${t(l, tab === 'console' ? 'console.title' : 'sensors.title')}
                </button>`,
            )}
          </div>
          <qd-console
            ?hidden=${this.bottom !== 'console'}
            .lang=${l}
            .lines=${this.lines}
            @qd-clear-console=${() => (this.lines = [])}
            @qd-goto-line=${(e: CustomEvent) => this.gotoLine(e.detail.line, e.detail.blockId)}
          ></qd-console>
          <qd-sensor-panel ?hidden=${this.bottom !== 'sensors'} .lang=${l}></qd-sensor-panel>
        </section>
      </main>
    </div>`;
  }
}

customElements.define('qd-app', QdApp);

declare global {
  interface HTMLElementTagNameMap {
    'qd-app': QdApp;
  }
}
