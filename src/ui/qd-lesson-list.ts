/**
 * <qd-lesson-list>: the path of lessons, grouped by unit, with each lesson's grade and a tick
 * for the ones passed (progress is kept on this computer).
 *
 * @fires qd-open-lesson - detail: { id }.
 * @fires qd-open-round - detail: { id }.
 * @fires qd-close - the list is dismissed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t, type Lang, type UiKey } from '../i18n/index.ts';
import type { Lesson } from '../lessons/lesson.ts';
import type { Progress } from '../lessons/progress.ts';
import type { Round } from '../rounds/index.ts';

export class QdLessonList extends LitElement {
  static override properties = {
    lang: { type: String },
    lessons: { attribute: false },
    progress: { attribute: false },
    current: { type: String },
    rounds: { attribute: false },
  };

  declare lang: Lang;
  declare lessons: readonly Lesson[];
  declare progress: Progress;
  declare current: string;
  declare rounds: readonly Round[];

  constructor() {
    super();
    this.lang = 'kk';
    this.lessons = [];
    this.progress = {};
    this.current = '';
    this.rounds = [];
  }

  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      z-index: 1000;
      display: flex;
      align-items: center;
      justify-content: center;
      background: rgba(10, 20, 40, 0.45);
      font-size: var(--qd-font-size, 16px);
    }
    .dialog {
      background: #fff;
      border-radius: 16px;
      width: min(94vw, 56em);
      max-height: 88vh;
      display: flex;
      flex-direction: column;
      box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      padding: 10px 16px;
      border-bottom: 1px solid #dde3ee;
    }
    h2 {
      margin: 0;
      font-size: 1.4em;
    }
    .units {
      overflow: auto;
      padding: 6px 16px 16px;
    }
    h3 {
      margin: 14px 0 6px;
      font-size: 1.05em;
      color: #3d4a63;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
      gap: 8px;
    }
    button {
      font: inherit;
      width: 100%;
      min-height: calc(var(--qd-font-size, 16px) * 2.75);
      text-align: left;
      padding: 8px 12px;
      border-radius: 10px;
      border: 1px solid #b9c4d6;
      background: #f7f9fc;
      cursor: pointer;
    }
    button.current {
      border: 2px solid #3d7bd9;
    }
    button.done {
      background: #e3f6e9;
      border-color: #6cc08b;
    }
    .meta {
      display: block;
      font-size: 0.8em;
      opacity: 0.75;
    }
    .close {
      width: auto;
      min-width: calc(var(--qd-font-size, 16px) * 2.75);
      text-align: center;
    }
  `;

  private fire(name: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const l = this.lang;
    const units: string[] = [];
    for (const lesson of this.lessons)
      if (!units.includes(lesson.file.unit)) units.push(lesson.file.unit);
    return html`<div
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-label=${t(l, 'lessons.title')}
    >
      <header>
        <h2>${t(l, 'lessons.title')}</h2>
        <button
          class="close"
          aria-label=${t(l, 'lessons.close')}
          @click=${() => this.fire('qd-close')}
        >
          ✕
        </button>
      </header>
      <div class="units">
        ${units.map(
          (unit) =>
            html`<h3>${t(l, `unit.${unit}` as UiKey)}</h3>
              <ol>
                ${this.lessons
                  .filter((lesson) => lesson.file.unit === unit)
                  .map((lesson) => {
                    const { file } = lesson;
                    const done = this.progress[file.id]?.passed === true;
                    return html`<li>
                      <button
                        data-lesson=${file.id}
                        class="${done ? 'done' : ''} ${file.id === this.current ? 'current' : ''}"
                        @click=${() => this.fire('qd-open-lesson', { id: file.id })}
                      >
                        ${done ? '✓ ' : ''}${file.order}. ${file.title[l]}
                        <span class="meta">
                          ${t(l, 'lessons.grade', { grade: file.grade })} ·
                          ${file.editor === 'blocks' ? t(l, 'tab.blocks') : t(l, 'tab.python')}
                          ${done ? ` · ${t(l, 'lessons.done')}` : ''}
                        </span>
                      </button>
                    </li>`;
                  })}
              </ol>`,
        )}
        ${
          this.rounds.length
            ? html`<h3>${t(l, 'rounds.title')}</h3>
                <ol>
                  ${this.rounds.map(
                    (round) =>
                      html`<li>
                        <button
                          data-round=${round.id}
                          @click=${() => this.fire('qd-open-round', { id: round.id })}
                        >
                          ${round.title[l]}
                          <span class="meta"
                            >${t(l, 'round.perAttempt', { seconds: round.timeLimit })}</span
                          >
                        </button>
                      </li>`,
                  )}
                </ol>`
            : nothing
        }
      </div>
    </div>`;
  }
}

customElements.define('qd-lesson-list', QdLessonList);

declare global {
  interface HTMLElementTagNameMap {
    'qd-lesson-list': QdLessonList;
  }
}
