/** <qd-toolbar> as <qd-app> shows it: the task, its parameters, the robot and the run state. */
import { html } from 'lit';
import { getTask } from '../../../sim/tasks/index.ts';
import type { LessonController } from '../../app/lesson-controller.ts';
import type { RoundController } from '../../app/round-controller.ts';
import type { RunController } from '../../app/run-controller.ts';
import { opponentChoices, ROBOT_CHOICES, toolbarParams, toolbarTasks } from '../../app/tasks-ui.ts';
import type { Lang } from '../../i18n/index.ts';
import type { Project } from '../../storage/project.ts';
import type { MenuAction } from '../../app/project-io.ts';
import type { ToolbarSetting } from '../qd-toolbar.ts';
import { statusText } from './app-chrome.ts';

export interface ToolbarProps {
  lang: Lang;
  project: Project;
  opponent: string;
  speed: number;
  camera: 'top' | 'follow' | 'orbit';
  panel: boolean;
  runs: RunController;
  lessons: LessonController;
  rounds: RoundController;
  run: () => void;
  reset: () => void;
  onSetting: (key: ToolbarSetting, value: string | number | boolean) => void;
  onProject: (action: MenuAction) => void;
}

/** What the toolbar names as the current work: the round, else the lesson, else nothing. */
function workTitle(p: ToolbarProps): string {
  const l = p.lang;
  const lesson = p.lessons.lesson;
  if (p.rounds.round) return p.rounds.round.title[l];
  return lesson ? `${lesson.file.order}. ${lesson.file.title[l]}` : '';
}

export function renderToolbar(p: ToolbarProps) {
  const l = p.lang;
  const task = getTask(p.project.task.id) ?? getTask('maze')!;
  return html`<qd-toolbar
    .lang=${l}
    .tasks=${toolbarTasks()}
    .task=${task.id}
    .params=${toolbarParams(task, p.project.task.params)}
    .seed=${p.project.task.seed}
    .robot=${p.project.robot}
    .robots=${[...ROBOT_CHOICES]}
    .opponents=${task.robots === 2 ? opponentChoices(l) : []}
    .opponent=${p.opponent}
    .running=${p.runs.running}
    .speed=${p.speed}
    .camera=${p.camera}
    .panel=${p.panel}
    .status=${statusText(l, p.runs.python, p.runs.running)}
    .lessonTitle=${workTitle(p)}
    @qd-run=${() => p.run()}
    @qd-stop=${() => p.runs.stop()}
    @qd-reset=${() => p.reset()}
    @qd-lessons=${() => p.lessons.showList(true)}
    @qd-setting=${(e: CustomEvent) => p.onSetting(e.detail.key, e.detail.value)}
    @qd-project=${(e: CustomEvent) => p.onProject(e.detail.action)}
  ></qd-toolbar>`;
}
