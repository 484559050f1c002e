/**
 * Pieces of <qd-app>'s template that need no app state of their own: notices, tab strips and
 * the lesson panel and list (driven by the LessonController).
 */
import { html, nothing } from 'lit';
import { t, type Lang, type UiKey } from '../../i18n/index.ts';
import type { LessonController } from '../../app/lesson-controller.ts';
import type { LessonAction } from '../qd-lesson-panel.ts';
import type { RoundAction } from '../qd-round-panel.ts';
import type { RoundController } from '../../app/round-controller.ts';
import { ROUNDS } from '../../rounds/catalog.ts';
import type { PythonStatus } from '../../runtime/browser/host-protocol.ts';

export interface NoticeProps {
  lang: Lang;
  toast: string;
  notice: string;
  updateReady: boolean;
  onUpdate: () => void;
  onDismiss: () => void;
}

export function renderNotices(p: NoticeProps) {
  const l = p.lang;
  return html`${p.toast ? html`<div class="qd-toast" role="status">${p.toast}</div>` : nothing}
  ${
    p.updateReady
      ? html`<div class="qd-notice" role="alert" data-testid="update">
          <span>${t(l, 'update.ready')}</span
          ><button data-action="update" @click=${p.onUpdate}>${t(l, 'update.apply')}</button>
        </div>`
      : nothing
  }
  ${
    p.notice
      ? html`<div class="qd-notice" role="alert">
          <span>${p.notice}</span><button @click=${p.onDismiss}>✕</button>
        </div>`
      : nothing
  }`;
}

export function renderTabs<T extends string>(
  lang: Lang,
  tabs: readonly T[],
  current: T,
  label: (tab: T) => UiKey,
  pick: (tab: T) => void,
) {
  return tabs.map(
    (tab) =>
      html`<button
        role="tab"
        data-tab=${tab}
        aria-selected=${current === tab}
        @click=${() => pick(tab)}
      >
        ${t(lang, label(tab))}
      </button>`,
  );
}

export interface SidePanelProps {
  lang: Lang;
  lessons: LessonController;
  rounds: RoundController;
  busy: boolean;
  onLesson: (action: LessonAction) => void;
  onRound: (action: RoundAction, index?: number) => void;
  openLesson: (id: string) => void;
  openRound: (id: string) => void;
}

/**
 * The panel beside the editors (a round, else a lesson, else none) and the list of lessons and
 * rounds (a dialog), when shown.
 */
export function renderSidePanels(p: SidePanelProps) {
  const { lessons, rounds, lang } = p;
  const lesson = lessons.lesson;
  const list = lessons.listOpen
    ? html`<qd-lesson-list
        .lang=${lang}
        .lessons=${lessons.lessons}
        .rounds=${ROUNDS}
        .progress=${lessons.progress}
        .current=${lesson?.file.id ?? ''}
        @qd-open-lesson=${(e: CustomEvent) => p.openLesson(e.detail.id)}
        @qd-open-round=${(e: CustomEvent) => p.openRound(e.detail.id)}
        @qd-close=${() => lessons.showList(false)}
      ></qd-lesson-list>`
    : nothing;
  if (rounds.round) {
    const panel = html`<qd-round-panel
      class="qd-lesson"
      .lang=${lang}
      .round=${rounds.round}
      .attempts=${rounds.attempts}
      .standing=${rounds.standing}
      .remainingMs=${rounds.remainingMs}
      .busy=${p.busy}
      @qd-round=${(e: CustomEvent) => p.onRound(e.detail.action, e.detail.index)}
    ></qd-round-panel>`;
    return { list, panel };
  }
  const panel = lesson
    ? html`<qd-lesson-panel
        class="qd-lesson"
        .lang=${lang}
        .lesson=${lesson}
        .results=${lessons.results}
        .checking=${lessons.checking}
        .hintsShown=${lessons.hintsShown}
        .hasNext=${lessons.next !== null}
        .busy=${p.busy}
        @qd-lesson=${(e: CustomEvent) => p.onLesson(e.detail.action)}
      ></qd-lesson-panel>`
    : nothing;
  return { list, panel };
}

/** The toolbar's status: Python loading, ready, running. */
export function statusText(lang: Lang, python: PythonStatus, running: boolean): string {
  if (python.state === 'ready') return t(lang, running ? 'run.running' : 'python.ready');
  if (python.state === 'failed') return t(lang, 'python.failed', { detail: python.detail ?? '' });
  return t(lang, running ? 'python.waiting' : 'python.loading', { percent: python.percent });
}
