/**
 * <qd-lesson-panel>: the lesson beside the editors — its text in the student's language, the
 * Check button with a result per field variant, hints one at a time, and the way on.
 *
 * @fires qd-lesson - detail: { action: 'check' | 'hint' | 'next' | 'list' | 'leave' | 'restart' | 'link' }.
 */
import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { marked } from 'marked';
import { t, type Lang } from '../i18n/index.ts';
import { formatReason } from '../i18n/reasons.ts';
import type { Lesson } from '../lessons/lesson.ts';
import type { FieldResult } from '../app/lesson-controller.ts';

export type LessonAction = 'check' | 'hint' | 'next' | 'list' | 'leave' | 'restart' | 'link';

/** Lesson texts are our own bundled Markdown (never a user's file), rendered once per text. */
const rendered = new Map<string, string>();
function markdown(text: string): string {
  let out = rendered.get(text);
  if (out === undefined) {
    out = marked.parse(text, { async: false, gfm: true });
    rendered.set(text, out);
  }
  return out;
}

export class QdLessonPanel extends LitElement {
  static override properties = {
    lang: { type: String },
    lesson: { attribute: false },
    results: { attribute: false },
    checking: { attribute: false },
    hintsShown: { type: Number },
    hasNext: { type: Boolean },
    busy: { type: Boolean },
  };

  declare lang: Lang;
  declare lesson: Lesson | null;
  declare results: FieldResult[];
  declare checking: { done: number; total: number } | null;
  declare hintsShown: number;
  declare hasNext: boolean;
  /** A run is going on: Check waits. */
  declare busy: boolean;

  constructor() {
    super();
    this.lang = 'kk';
    this.lesson = null;
    this.results = [];
    this.checking = null;
    this.hintsShown = 0;
    this.hasNext = false;
    this.busy = false;
  }

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: #fffdf6;
      border-right: 1px solid #c9d3e3;
      font-size: var(--qd-font-size, 16px);
    }
    header {
      display: flex;
      gap: 6px;
      align-items: center;
      padding: 6px 10px;
      border-bottom: 1px solid #e3e0d0;
    }
    .grade {
      opacity: 0.7;
      font-size: 0.85em;
      flex: 1;
    }
    .text {
      flex: 1;
      min-height: 6em;
      overflow: auto;
      padding: 0 14px 10px;
      line-height: 1.45;
    }
    .text h1 {
      font-size: 1.45em;
      margin: 0.5em 0 0.3em;
    }
    .text h2 {
      font-size: 1.1em;
      margin: 0.8em 0 0.2em;
    }
    .text ul,
    .text ol {
      padding-left: 1.3em;
      margin: 0.3em 0;
    }
    .text code,
    .text pre {
      background: #f1eee0;
      border-radius: 6px;
      padding: 0 4px;
    }
    .text pre {
      padding: 8px;
      overflow: auto;
    }
    .hints {
      padding: 0 14px;
    }
    .hint {
      background: #e8f3ff;
      border-left: 4px solid #3d7bd9;
      border-radius: 6px;
      padding: 6px 10px;
      margin: 6px 0;
    }
    footer {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      padding: 10px 14px;
      border-top: 1px solid #e3e0d0;
    }
    button {
      font: inherit;
      min-height: calc(var(--qd-font-size, 16px) * 2.75);
      min-width: calc(var(--qd-font-size, 16px) * 2.75);
      padding: 0 12px;
      border-radius: 10px;
      border: 1px solid #9aa7bd;
      background: #fff;
      cursor: pointer;
    }
    button.check {
      background: #1f8f4e;
      color: #fff;
      border-color: #17703c;
      font-weight: 600;
    }
    button:disabled {
      opacity: 0.5;
      cursor: default;
    }
    .results {
      padding: 4px 14px 8px;
      max-height: 40%;
      overflow: auto;
      flex-shrink: 0;
    }

    .summary {
      font-weight: 600;
      margin: 4px 0;
    }
    .summary.pass {
      color: #17703c;
    }
    .results ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .results li {
      padding: 2px 0;
    }
    .results li.pass::before {
      content: '✓ ';
      color: #17703c;
      font-weight: 700;
    }
    .results li.fail::before {
      content: '✗ ';
      color: #c0392b;
      font-weight: 700;
    }
  `;

  private fire(action: LessonAction) {
    this.dispatchEvent(
      new CustomEvent('qd-lesson', { detail: { action }, bubbles: true, composed: true }),
    );
  }

  private renderResults() {
    const l = this.lang;
    const total = this.lesson?.file.seeds.length ?? 0;
    const passed = this.results.filter((r) => r.passed).length;
    const finished = !this.checking && this.results.length > 0;
    if (!this.checking && !finished) return nothing;
    return html`<section class="results" aria-live="polite" data-testid="lesson-results">
      ${
        this.checking
          ? html`<div class="summary">${t(l, 'lesson.checking', this.checking)}</div>`
          : nothing
      }
      ${
        finished
          ? html`<div
              class="summary ${passed === total ? 'pass' : ''}"
              data-testid="lesson-summary"
            >
              ${
                passed === total
                  ? t(l, 'lesson.passed', { total })
                  : t(l, 'lesson.failed', { passed, total })
              }
            </div>`
          : nothing
      }
      <ul>
        ${this.results.map(
          (r) =>
            html`<li class=${r.passed ? 'pass' : 'fail'}>
              ${t(l, 'lesson.field', { seed: r.seed })}:
              ${r.verdict.reasons.map((x) => formatReason(x, l)).join(' ')}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  override render() {
    const lesson = this.lesson;
    if (!lesson) return nothing;
    const l = this.lang;
    const { file } = lesson;
    const hints = file.hints[l];
    const allPassed =
      this.results.length === file.seeds.length && this.results.every((r) => r.passed);
    return html`<header>
        <button
          data-action="list"
          @click=${() => this.fire('list')}
          aria-label=${t(l, 'lessons.title')}
        >
          ☰
        </button>
        <span class="grade">${t(l, 'lessons.grade', { grade: file.grade })} · ${file.order}</span>
        <button data-action="link" @click=${() => this.fire('link')} title=${t(l, 'lesson.link')}>
          ${t(l, 'lesson.linkShort')}
        </button>
        <button
          data-action="leave"
          @click=${() => this.fire('leave')}
          title=${t(l, 'lessons.free')}
        >
          ✕
        </button>
      </header>
      <article class="text" data-testid="lesson-text">
        ${unsafeHTML(markdown(lesson.texts[l]))}
      </article>
      ${
        this.hintsShown > 0
          ? html`<div class="hints">
              ${hints
                .slice(0, this.hintsShown)
                .map(
                  (h, i) =>
                    html`<div class="hint">
                      <b>${t(l, 'lesson.hintN', { n: i + 1 })}:</b> ${h}
                    </div>`,
                )}
            </div>`
          : nothing
      }
      ${this.renderResults()}
      <footer>
        <button
          class="check"
          data-action="check"
          ?disabled=${this.busy || this.checking !== null}
          @click=${() => this.fire('check')}
        >
          ✔ ${t(l, 'lesson.check')}
        </button>
        ${
          this.hintsShown < hints.length
            ? html`<button data-action="hint" @click=${() => this.fire('hint')}>
                ? ${t(l, 'lesson.hint')}
              </button>`
            : nothing
        }
        <button data-action="restart" @click=${() => this.fire('restart')}>
          ↺ ${t(l, 'lesson.restart')}
        </button>
        ${
          this.hasNext
            ? html`<button
                data-action="next"
                class=${allPassed ? 'check' : ''}
                @click=${() => this.fire('next')}
              >
                ${t(l, 'lesson.next')} →
              </button>`
            : nothing
        }
      </footer>`;
  }
}

customElements.define('qd-lesson-panel', QdLessonPanel);

declare global {
  interface HTMLElementTagNameMap {
    'qd-lesson-panel': QdLessonPanel;
  }
}
