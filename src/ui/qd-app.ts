/**
 * <qd-app>: the app shell. The open project (ProjectController), runs (RunController) and
 * lessons (LessonController) live in controllers under src/app; this element wires them to
 * the toolbar, the editors, the 3D view, the verdict, the sensors, the console and the lesson
 * panel. Renders into light DOM so that Blockly and Monaco (which style the document) work.
 */
import { LitElement, html } from 'lit';
import { pickLanguage, t, type Lang } from '../i18n/index.ts';
import type { Project } from '../storage/project.ts';
import { projectMenu, type MenuAction } from '../app/project-io.ts';
import { watchReplay } from '../app/replay-viewer.ts';
import { Modes } from '../app/modes.ts';
import { previewSnapshot, trySetup } from '../app/preview.ts';
import { opponentCode, opponentId, pythonStarter } from '../app/tasks-ui.ts';
import { ProjectController } from '../app/project-controller.ts';
import { RunController } from '../app/run-controller.ts';
import { LessonController } from '../app/lesson-controller.ts';
import { RoundController } from '../app/round-controller.ts';
import './qd-round-panel.ts';
import { resolveTask } from '../lessons/catalog-tasks.ts';
import { renderSidePanels, renderNotices } from './internal/app-chrome.ts';
import { renderEditors } from './internal/app-editors.ts';
import { renderStage } from './internal/app-stage.ts';
import { renderToolbar } from './internal/app-toolbar.ts';
import type { QdArenaView } from './qd-arena-view.ts';
import type { QdBlocksEditor } from './qd-blocks-editor.ts';
import type { QdPythonEditor } from './qd-python-editor.ts';
import type { QdSensorPanel } from './qd-sensor-panel.ts';
import type { ToolbarSetting } from './qd-toolbar.ts';
import './qd-arena-view.ts';
import './qd-blocks-editor.ts';
import './qd-console.ts';
import './qd-lesson-list.ts';
import './qd-lesson-panel.ts';
import './qd-python-editor.ts';
import './qd-sensor-panel.ts';
import './qd-toolbar.ts';
import './qd-verdict.ts';

const LANG_KEY = 'qadam.lang';

export class QdApp extends LitElement {
  static override properties = {
    lang: { state: true },
    speed: { state: true },
    camera: { state: true },
    panel: { state: true },
    showRays: { state: true },
    showTrail: { state: true },
    notice: { state: true },
    opponent: { state: true },
    bottom: { state: true },
    viewportWidth: { state: true },
    applyUpdate: { state: true },
    toast: { state: true },
  };

  declare lang: Lang;
  declare speed: number;
  declare camera: 'top' | 'follow' | 'orbit';
  declare panel: boolean;
  declare showRays: boolean;
  declare showTrail: boolean;
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
  /** Start-up (project, then a teacher's link or the round left open); settles once. */
  private restoring: Promise<void> = Promise.resolve();

  readonly projects = new ProjectController(this, {
    applied: (project) => this.loadEditors(project),
    replaced: () => this.resetRun(),
    notify: (text) => (this.notice = text),
    lang: () => this.lang,
    savedState: (saved) => (this.dataset.saved = String(saved)),
  });
  readonly runs = new RunController(this, {
    arena: () => this.arenaView,
    sensors: () => this.querySelector<QdSensorPanel>('qd-sensor-panel'),
    blocks: () => this.blocksEditor,
    python: () => this.pythonEditor,
    lang: () => this.lang,
    showConsole: () => (this.bottom = 'console'),
  });
  readonly lessons = new LessonController(
    this,
    this.projects,
    this.runs,
    () => this.speed,
    () => this.lang,
  );
  readonly rounds = new RoundController(
    this,
    this.projects,
    this.runs,
    () => this.speed,
    () => opponentCode(this.opponent),
  );
  private readonly modes = new Modes(this.lessons, this.rounds, {
    lang: () => this.lang,
    notice: (text) => (this.notice = text),
    toast: (text) => this.showToast(text),
    mark: (key, value) => (this.dataset[key] = value),
  });

  constructor() {
    super();
    this.lang = pickLanguage(localStorage.getItem(LANG_KEY), navigator.languages ?? []);
    this.speed = 1;
    this.camera = 'top';
    this.panel = false;
    this.showRays = true;
    this.showTrail = false;
    this.notice = '';
    this.opponent = opponentId(undefined);
    this.bottom = 'console';
    this.viewportWidth = window.innerWidth;
    this.applyUpdate = null;
    this.toast = '';
  }

  get project(): Project {
    return this.projects.project;
  }

  /** Python's loading state (tests and benchmarks wait on it). */
  get python() {
    return this.runs.python;
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
    await this.projects.flush();
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
    window.addEventListener('hashchange', this.onHashChange);
    this.restoring = this.restore();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('hashchange', this.onHashChange);
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

  /** Start-up: a shared project link, else the autosaved project; then a teacher's link. */
  private async restore() {
    const hash = location.hash;
    const { fromLink } = await this.projects.restore(hash);
    if (!fromLink) this.showPreview();
    // A shared project opened from the link is what the student asked for: no round resumes.
    await this.modes.openLink(hash, !fromLink);
    this.dataset.started = 'true';
  }

  /**
   * A link followed while the app is open (same page, new fragment). One followed while the
   * app is still starting waits for the start-up to finish, so it is not lost.
   */
  private onHashChange = async () => {
    await this.restoring;
    const hash = location.hash;
    if (!hash) return;
    if (!this.projects.openLink(hash)) void this.modes.openLink(hash);
    else history.replaceState(null, '', location.pathname + location.search);
  };

  private loadEditors(project: Project) {
    this.opponent = opponentId(project.opponent ?? this.opponent);
    this.blocksEditor?.load(project.blocks);
    this.pythonEditor?.setValue(project.python);
    if (project.editor === 'python') void this.pythonEditor?.start();
  }

  private showPreview() {
    const task = resolveTask(this.project.task.id);
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
    this.runs.reset();
    this.showPreview();
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      if (!this.runs.running) void this.run();
    } else if (event.key === 'Escape' && this.runs.running) {
      event.preventDefault();
      event.stopPropagation();
      this.runs.stop();
    }
  };

  private async run() {
    const task = resolveTask(this.project.task.id);
    if (!task || this.runs.running) return;
    this.runs.clearLines();
    const lesson = this.lessons.lesson;
    const file = lesson?.file;
    let opponent: string | undefined;
    if (task.robots === 2) {
      opponent =
        file?.task === 'sumo' && file.opponent
          ? this.lessons.opponentCode(file.opponent)
          : opponentCode(this.opponent);
    }
    await this.runs.run({
      task: task.id,
      seed: this.project.task.seed,
      params: this.project.task.params,
      program: this.runs.currentProgram(this.project.editor, this.project.python),
      profile: this.project.robot,
      opponent,
      speed: this.speed,
    });
  }

  private onSetting(
    key: ToolbarSetting | 'showRays' | 'showTrail',
    value: string | number | boolean,
  ) {
    const task = this.project.task;
    const update = (patch: Partial<Project>) => {
      this.projects.update(patch);
      this.resetRun();
    };
    if (key === 'task') update({ task: { id: String(value), params: {}, seed: task.seed } });
    else if (key.startsWith('param:'))
      update({ task: { ...task, params: { ...task.params, [key.slice(6)]: String(value) } } });
    else if (key === 'seed') update({ task: { ...task, seed: Number(value) } });
    else if (key === 'robot') update({ robot: value as Project['robot'] });
    else if (key === 'speed') {
      this.speed = Number(value);
      this.runs.setSpeed(this.speed);
    } else if (key === 'camera') this.camera = value as QdApp['camera'];
    else if (key === 'lang') {
      this.lang = value as Lang;
      localStorage.setItem(LANG_KEY, this.lang);
      document.documentElement.lang = this.lang;
    } else if (key === 'panel') this.panel = Boolean(value);
    else if (key === 'opponent') {
      this.opponent = opponentId(String(value));
      this.projects.update({ opponent: this.opponent });
    } else if (key === 'showRays') this.showRays = Boolean(value);
    else if (key === 'showTrail') this.showTrail = Boolean(value);
  }

  private async onProject(action: MenuAction) {
    if (action === 'replay') {
      await watchReplay(this.runs, {
        lang: () => this.lang,
        speed: () => this.speed,
        notice: (text) => (this.notice = text),
        mark: (key, value) => (this.dataset[key] = value),
      });
      return;
    }
    const result = await projectMenu(action, this.projects, this.lang);
    if (result.notice) this.notice = result.notice;
    if (result.link) this.dataset.shareLink = result.link;
  }

  private switchTab(editor: 'blocks' | 'python') {
    if (editor === 'python' && !this.project.python.trim()) {
      // An empty editor gives a beginner nothing to start from.
      const python = pythonStarter(this.lang, resolveTask(this.project.task.id)?.robots ?? 1);
      this.pythonEditor?.setValue(python);
      this.projects.update({ python });
    }
    this.projects.update({ editor });
    if (editor === 'python') void this.pythonEditor?.start();
  }

  private openAsPython(python: string) {
    const current = this.pythonEditor?.getValue() ?? this.project.python;
    if (current.trim() && current !== python && !confirm(t(this.lang, 'editor.replaceConfirm')))
      return;
    this.pythonEditor?.setValue(python);
    this.projects.update({ python });
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
    const l = this.lang;
    const scale = this.uiScale;
    const { list, panel } = renderSidePanels({
      lang: l,
      lessons: this.lessons,
      rounds: this.rounds,
      busy: this.runs.running,
      onLesson: (action) => this.modes.onLesson(action),
      onRound: (action, index) => this.modes.onRound(action, index),
      openLesson: (id) => void this.modes.openLesson(id),
      openRound: (id) => void this.modes.openRound(id),
    });
    return html`<div
      class="qd-app ${this.panel ? 'panel' : ''}"
      style="--qd-font-size: ${Math.round(16 * scale)}px"
    >
      ${renderToolbar({
        lang: l,
        project: this.project,
        opponent: this.opponent,
        speed: this.speed,
        camera: this.camera,
        panel: this.panel,
        runs: this.runs,
        lessons: this.lessons,
        rounds: this.rounds,
        run: () => void this.run(),
        reset: () => this.resetRun(),
        onSetting: (key, value) => this.onSetting(key, value),
        onProject: (action) => void this.onProject(action),
      })}
      ${renderNotices({
        lang: l,
        toast: this.toast,
        notice: this.notice,
        updateReady: this.applyUpdate !== null,
        onUpdate: () => this.installUpdate(),
        onDismiss: () => (this.notice = ''),
      })}
      <main class="qd-main ${this.lessons.lesson || this.rounds.round ? 'with-lesson' : ''}">
        ${panel}
        ${renderEditors({
          lang: l,
          editor: this.project.editor,
          scale,
          switchTab: (tab) => this.switchTab(tab),
          blocksChanged: (blocks) => this.projects.update({ blocks }),
          pythonChanged: (python) => this.projects.update({ python }),
          openAsPython: (python) => this.openAsPython(python),
        })}
        ${renderStage({
          lang: l,
          camera: this.camera,
          showRays: this.showRays,
          showTrail: this.showTrail,
          runs: this.runs,
          bottom: this.bottom,
          pickBottom: (tab) => (this.bottom = tab),
          onSetting: (key, value) => this.onSetting(key, value),
          gotoLine: (line, blockId) => this.gotoLine(line, blockId),
        })}
      </main>
      ${list}
    </div>`;
  }
}

customElements.define('qd-app', QdApp);

declare global {
  interface HTMLElementTagNameMap {
    'qd-app': QdApp;
  }
}
