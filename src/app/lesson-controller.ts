/**
 * Lesson mode: opening a lesson (the student's draft for it, or its starter), checking the
 * program on the lesson's field variants, hints and progress. A lesson is a project whose task
 * is `lesson/<id>`, so running, saving and sharing work as for any project.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Verdict } from '../../sim/types.ts';
import { getLesson, LESSONS } from '../lessons/catalog.ts';
import { LESSON_PREFIX, type Lang, type Lesson } from '../lessons/lesson.ts';
import { opponentCode } from './tasks-ui.ts';
import { createProgressStore, type Progress } from '../lessons/progress.ts';
import { createDrafts, type Drafts } from '../storage/drafts.ts';
import { newProject, type Project } from '../storage/project.ts';
import type { ProjectController } from './project-controller.ts';
import type { RunController } from './run-controller.ts';

/** Checks run this fast (simulated ms per wall ms) so five fields take seconds, not minutes. */
const CHECK_SPEED = 10;
/** Free play (no lesson) keeps its project under this draft key. */
const SANDBOX = 'sandbox';

export interface FieldResult {
  seed: number;
  passed: boolean;
  verdict: Verdict;
}

export function lessonIdOf(taskId: string): string | null {
  return taskId.startsWith(LESSON_PREFIX) ? taskId.slice(LESSON_PREFIX.length) : null;
}

/** A project holding a lesson's starter. */
export function starterProject(lesson: Lesson, lang: Lang): Project {
  const { file } = lesson;
  const starter = lesson.starters[lang];
  return {
    ...newProject(`${LESSON_PREFIX}${file.id}`, file.profile),
    name: file.title.en,
    task: { id: `${LESSON_PREFIX}${file.id}`, params: {}, seed: file.seeds[0] },
    editor: file.editor,
    blocks: starter.editor === 'blocks' ? (starter.blocks as Record<string, unknown>) : null,
    python: starter.editor === 'python' ? starter.code : '',
  };
}

export class LessonController implements ReactiveController {
  listOpen = false;
  checking: { done: number; total: number } | null = null;
  results: FieldResult[] = [];
  hintsShown = 0;
  progress: Progress;
  private readonly store = createProgressStore(localStorage);
  private readonly drafts: Drafts = createDrafts();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly projects: ProjectController,
    private readonly runs: RunController,
    private readonly speed: () => number,
    private readonly lang: () => Lang,
  ) {
    host.addController(this);
    this.progress = this.store.read();
  }

  hostConnected() {}

  /** The lesson the open project belongs to, if any. */
  get lesson(): Lesson | null {
    const id = lessonIdOf(this.projects.project.task.id);
    return id ? (getLesson(id) ?? null) : null;
  }

  get lessons(): readonly Lesson[] {
    return LESSONS;
  }

  /** The lesson after the current one in the path. */
  get next(): Lesson | null {
    const current = this.lesson;
    if (!current) return LESSONS[0] ?? null;
    return LESSONS.find((l) => l.file.order > current.file.order) ?? null;
  }

  /** The Python of a sumo lesson's opponent. */
  opponentCode(name: string): string {
    return opponentCode(name);
  }

  showList(open: boolean) {
    this.listOpen = open;
    this.host.requestUpdate();
  }

  private draftKey(project: Project): string {
    return lessonIdOf(project.task.id) !== null ? project.task.id : SANDBOX;
  }

  /** Opens a lesson: the student's draft for it if there is one, else its starter. */
  async open(id: string): Promise<boolean> {
    const lesson = getLesson(id);
    if (!lesson) return false;
    const current = this.projects.project;
    await this.drafts.save(this.draftKey(current), current);
    const key = `${LESSON_PREFIX}${id}`;
    const draft = await this.drafts.load(key);
    this.projects.replace(draft ?? starterProject(lesson, this.lang()));
    this.reset();
    return true;
  }

  /** Back to free play: the project the student had before opening lessons. */
  async leave() {
    const current = this.projects.project;
    await this.drafts.save(this.draftKey(current), current);
    this.projects.replace((await this.drafts.load(SANDBOX)) ?? newProject());
    this.reset();
  }

  /** Replaces the program with the lesson's starter. */
  restart() {
    const lesson = this.lesson;
    if (lesson) this.projects.replace(starterProject(lesson, this.lang()));
    this.reset();
  }

  showHint() {
    this.hintsShown += 1;
    this.host.requestUpdate();
  }

  private reset() {
    this.results = [];
    this.hintsShown = 0;
    this.listOpen = false;
    this.host.requestUpdate();
  }

  /** Runs the program on every field variant of the lesson, one after another, on screen. */
  async check() {
    const lesson = this.lesson;
    if (!lesson || this.checking || this.runs.running) return;
    const { file } = lesson;
    const project = this.projects.project;
    const program = this.runs.currentProgram(project.editor, project.python);
    const opponent = file.task === 'sumo' ? this.opponentCode(file.opponent ?? '') : undefined;
    this.results = [];
    this.checking = { done: 0, total: file.seeds.length };
    this.host.requestUpdate();
    try {
      for (const seed of file.seeds) {
        this.checking = { done: this.results.length + 1, total: file.seeds.length };
        this.host.requestUpdate();
        const outcome = await this.runs.run({
          task: project.task.id,
          seed,
          params: {},
          program,
          profile: file.profile,
          opponent,
          speed: Math.max(this.speed(), CHECK_SPEED),
        });
        if (!outcome || outcome.aborted) return;
        const passed = outcome.verdict.outcome === 'success';
        this.results = [...this.results, { seed, passed, verdict: outcome.verdict }];
        // A Python error will fail every field the same way: stop at the first.
        if (outcome.programStatuses.some((s) => s.id === 'A' && s.state === 'error')) break;
      }
      const passed =
        this.results.length === file.seeds.length && this.results.every((r) => r.passed);
      const scores = this.results.map((r) => r.verdict.score ?? Infinity);
      const worst = passed ? Math.max(...scores) : null;
      this.progress = this.store.record(file.id, passed, worst === Infinity ? null : worst);
    } finally {
      this.checking = null;
      this.host.requestUpdate();
    }
  }
}
