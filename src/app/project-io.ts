/**
 * Project files in the browser: open a `.qadam` file (validated, never executed), save one,
 * make a share link. Errors come back as ProjectError codes the UI translates.
 */
import { getTask } from '../../sim/tasks/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import {
  newProject,
  parseProject,
  ProjectError,
  serializeProject,
  type Project,
} from '../storage/project.ts';
import { decodeShare, shareUrl } from '../storage/share-link.ts';
import { projectBlocksToPython } from '../../blocks/index.ts';
import type { ProjectController } from './project-controller.ts';

/**
 * Refuses a project whose blocks Blockly cannot load (unknown block types, broken inputs):
 * checked headless before anything of the current project is replaced, so such a file or
 * link leaves the student's work as it was (I-9) instead of half-opening.
 */
export function checkProjectBlocks(project: Project): Project {
  if (project.blocks === null) return project;
  try {
    projectBlocksToPython(project.blocks);
  } catch (error) {
    throw new ProjectError('invalid', `blocks cannot be loaded: ${(error as Error).message}`);
  }
  return project;
}

/** The project of a share link's `#project=` value, checked like a file. Throws ProjectError. */
export function openShareLink(value: string): Project {
  return checkProjectBlocks(decodeShare(value));
}

/** Lets the user pick a file (resolves null when nothing was chosen). */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Lets the student pick a project file and parses it; null when nothing was chosen. */
export async function pickProjectFile(): Promise<Project | null> {
  const file = await pickFile('.qadam,application/json');
  if (!file) return null;
  if (file.size > 1_000_000) throw new ProjectError('too_large', `${file.size} bytes`);
  return checkProjectBlocks(parseProject(await file.text()));
}

/** A safe file name from the project name (letters of any script, digits, - and _). */
export function fileNameFor(project: Project): string {
  const base = project.name.replace(/[^\p{L}\p{N}_-]+/gu, '_').replace(/^_+|_+$/g, '');
  return `${base || 'qadam'}.qadam`;
}

export function downloadProject(project: Project) {
  downloadText(fileNameFor(project), serializeProject(project));
}

/** Saves text as a file in the browser's downloads. */
export function downloadText(name: string, text: string) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies a share link for the project; resolves with the link (also when copying failed). */
export async function copyShareLink(project: Project): Promise<string> {
  const link = shareUrl(location.href.split('#')[0], project);
  try {
    await navigator.clipboard.writeText(link);
  } catch {
    // Clipboard may be refused (no permission): the link is still shown to the student.
  }
  return link;
}

export type ProjectAction = 'new' | 'open' | 'save' | 'share';
/** The Project menu's items: the project's own, and watching a replay file. */
export type MenuAction = ProjectAction | 'replay';

/** The Project menu: new, open a file, save a file, share a link. */
export async function projectMenu(
  action: ProjectAction,
  projects: ProjectController,
  lang: Lang,
): Promise<{ notice?: string; link?: string }> {
  const current = projects.project;
  if (action === 'new') {
    if (!confirm(t(lang, 'project.confirmNew'))) return {};
    const fresh = newProject(getTask(current.task.id) ? current.task.id : 'maze');
    projects.replace({ ...fresh, robot: current.robot });
    return {};
  }
  if (action === 'open') {
    try {
      const project = await pickProjectFile();
      if (!project) return {};
      projects.replace(project);
      return { notice: t(lang, 'project.opened') };
    } catch (error) {
      projects.showError(error);
      return {};
    }
  }
  if (action === 'save') {
    downloadProject(current);
    return {};
  }
  const link = await copyShareLink(current);
  return { notice: `${t(lang, 'project.shared')} ${link.length > 120 ? '' : link}`, link };
}
