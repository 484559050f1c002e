/**
 * <qd-lesson-panel>: the lesson beside the editors — its text in the student's language, the
 * Check button with a result per field variant, hints one at a time, and the way on.
 *
 * @fires qd-lesson - detail: { action: 'check' | 'hint' | 'next' | 'list' | 'leave' | 'restart' | 'link' }.
 */
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { marked } from 'marked';
import { t, type Lang } from '../i18n/index.ts';
import { formatReason } from '../i18n/reasons.ts';
import type { Lesson } from '../lessons/lesson.ts';
import type { FieldResult } from '../app/lesson-controller.ts';
import { panelStyles } from './internal/panel-styles.ts';

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

  static override styles = panelStyles;

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
