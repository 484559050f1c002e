/**
 * The open project: restored at start-up (a shared link first, then the autosaved project),
 * changed by the editors and the toolbar, autosaved a moment after each change (I-9).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createAutosave, type Autosave } from '../storage/autosave.ts';
import { newProject, type Project } from '../storage/project.ts';
import { projectFromHash } from '../storage/share-link.ts';
import { t, type Lang } from '../i18n/index.ts';
import { projectErrorText, saveFailureText, type ProjectSource } from './input-errors.ts';
import { openShareLink } from './project-io.ts';

export interface ProjectHooks {
  /** The project was replaced (open, new, restore): load it into the editors. */
  applied(project: Project): void;
  /** A message for the student. */
  notify(text: string): void;
  lang(): Lang;
  /** Autosave state for tests and the curious: data-saved on the app element. */
  savedState(saved: boolean): void;
}

export class ProjectController implements ReactiveController {
  project: Project = newProject();
  /** Until the saved project is back, autosave must not write (it would overwrite it). */
  restored = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ProjectHooks,
    private readonly autosave: Autosave = createAutosave(),
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** The project a share link in `hash` carries, or null (a bad link is reported). */
  private sharedProject(hash: string): Project | null {
    const shared = projectFromHash(hash);
    if (!shared) return null;
    try {
      const project = openShareLink(shared);
      this.hooks.notify(t(this.hooks.lang(), 'project.opened'));
      return project;
    } catch (error) {
      this.showError(error, 'link');
      return null;
    }
  }

  /**
   * Start-up: a shared link in `hash` wins, then the autosaved project, else a new one. The
   * caller removes the link from the address bar.
   */
  async restore(hash: string): Promise<{ fromLink: boolean }> {
    const shared = this.sharedProject(hash);
    const project = shared ?? (await this.autosave.load());
    if (project) this.apply(project);
    this.restored = true;
    if (shared) this.scheduleSave();
    return { fromLink: shared !== null };
  }

  /** A share link pasted while the app is open. */
  openLink(hash: string): boolean {
    const shared = this.sharedProject(hash);
    if (shared) this.replace(shared);
    return shared !== null;
  }

  /** Replaces the project (and tells the editors). */
  apply(project: Project) {
    // The editors first: if Blockly refuses the blocks, nothing of the current project changed.
    this.hooks.applied(project);
    this.project = project;
    this.host.requestUpdate();
  }

  /** Replaces and saves (open, new, a lesson's draft). */
  replace(project: Project) {
    this.apply(project);
    this.scheduleSave();
  }

  update(patch: Partial<Project>) {
    this.project = { ...this.project, ...patch };
    this.host.requestUpdate();
    this.scheduleSave();
  }

  showError(error: unknown, source: ProjectSource = 'file') {
    this.hooks.notify(projectErrorText(this.hooks.lang(), error, source));
  }

  scheduleSave() {
    if (!this.restored) return;
    clearTimeout(this.saveTimer);
    this.hooks.savedState(false);
    this.saveTimer = setTimeout(() => void this.save(), 250);
  }

  /** Saves right now (before an update reloads the page). */
  async flush() {
    clearTimeout(this.saveTimer);
    if (this.restored) await this.save();
  }

  private async save() {
    const project = this.project;
    const result = await this.autosave.save(project);
    if (!result.ok) this.hooks.notify(saveFailureText(this.hooks.lang(), result));
    else if (project === this.project) this.hooks.savedState(true);
  }
}
