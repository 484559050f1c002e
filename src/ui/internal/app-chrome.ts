/**
 * Pieces of <qd-app>'s template that need no app state of their own: notices, tab strips and
 * the lesson panel and list (driven by the LessonController).
 */
import { html, nothing } from 'lit';
import { t, type Lang, type UiKey } from '../../i18n/index.ts';
import type { LessonController } from '../../app/lesson-controller.ts';
import type { LessonAction } from '../qd-lesson-panel.ts';
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

/** The lesson panel (beside the editors) and the lesson list (a dialog), when shown. */
export function renderLessonParts(
  lang: Lang,
  lessons: LessonController,
  busy: boolean,
  onAction: (action: LessonAction) => void,
) {
  const lesson = lessons.lesson;
  const list = lessons.listOpen
    ? html`<qd-lesson-list
        .lang=${lang}
        .lessons=${lessons.lessons}
        .progress=${lessons.progress}
        .current=${lesson?.file.id ?? ''}
        @qd-open-lesson=${(e: CustomEvent) => lessons.open(e.detail.id)}
        @qd-close=${() => lessons.showList(false)}
      ></qd-lesson-list>`
    : nothing;
  const panel = lesson
    ? html`<qd-lesson-panel
        class="qd-lesson"
        .lang=${lang}
        .lesson=${lesson}
        .results=${lessons.results}
        .checking=${lessons.checking}
        .hintsShown=${lessons.hintsShown}
        .hasNext=${lessons.next !== null}
        .busy=${busy}
        @qd-lesson=${(e: CustomEvent) => onAction(e.detail.action)}
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
