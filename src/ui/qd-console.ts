/**
 * <qd-console>: what the programs print and why they stopped, per robot.
 * An error line names its line; clicking it asks the app to jump there.
 *
 * @fires qd-goto-line - detail: { line: number; blockId?: string } when an error is clicked.
 * @fires qd-clear-console - when the Clear button is pressed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t, type Lang } from '../i18n/index.ts';
import type { ConsoleLine } from './internal/types.ts';

export class QdConsole extends LitElement {
  static override properties = {
    lang: { type: String },
    lines: { attribute: false },
  };

  declare lang: Lang;
  declare lines: ConsoleLine[];

  constructor() {
    super();
    this.lang = 'kk';
    this.lines = [];
  }

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      font-size: var(--qd-font-size, 16px);
      background: var(--qd-console-bg, #1f2430);
      color: #e8ecf3;
      border-radius: 10px;
      overflow: hidden;
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 4px 10px;
      background: #2b3140;
      font-weight: 600;
    }
    button {
      font: inherit;
      min-height: 36px;
      padding: 0 14px;
      border-radius: 8px;
      border: 1px solid #56607a;
      background: #39415a;
      color: inherit;
      cursor: pointer;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 6px 10px;
      overflow: auto;
      flex: 1;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    }
    li {
      padding: 2px 0;
      word-break: break-word;
    }
    .text {
      white-space: pre-wrap;
    }
    .robot {
      display: inline-block;
      min-width: 1.6em;
      margin-right: 6px;
      padding: 0 4px;
      border-radius: 4px;
      background: #3d6fd6;
      text-align: center;
      font-weight: 700;
    }
    .robot.B {
      background: #d6543d;
    }
    .time {
      color: #9aa3b8;
      margin-right: 6px;
    }
    .error {
      color: #ffb4a8;
    }
    .error button.goto {
      margin-left: 8px;
      min-height: 30px;
    }
    .info {
      color: #a8d8ff;
    }
    .explain {
      margin: 4px 0 6px 2.4em;
      padding: 6px 10px;
      border-left: 4px solid #ffcc66;
      background: #2d2a22;
      color: #fff3d6;
      font-family: system-ui, sans-serif;
    }
    .explain strong {
      display: block;
    }
    .empty {
      color: #9aa3b8;
      font-family: system-ui, sans-serif;
    }
  `;

  private renderLine(line: ConsoleLine) {
    const goto =
      line.kind === 'error' && line.line !== undefined
        ? html`<button
            class="goto"
            @click=${() =>
              this.dispatchEvent(
                new CustomEvent('qd-goto-line', {
                  detail: { line: line.line, blockId: line.blockId },
                  bubbles: true,
                  composed: true,
                }),
              )}
          >
            ${t(this.lang, 'console.goToLine', { line: line.line })}
          </button>`
        : nothing;
    return html`<li class=${line.kind}>
      <span class="robot ${line.robot}">${line.robot}</span
      ><span class="time">${(line.t / 1000).toFixed(2)}</span
      ><span class="text">${line.text}</span>${goto}
      ${
        line.explanation
          ? html`<div class="explain" role="note">
              <strong>${line.explanation.title}</strong>${line.explanation.explanation}
              ${line.explanation.hint ? html`<div>${line.explanation.hint}</div>` : nothing}
            </div>`
          : nothing
      }
    </li>`;
  }

  override updated() {
    const list = this.renderRoot.querySelector('ol');
    if (list) list.scrollTop = list.scrollHeight;
  }

  override render() {
    return html`<header>
        <span>${t(this.lang, 'console.title')}</span>
        <button
          @click=${() =>
            this.dispatchEvent(
              new CustomEvent('qd-clear-console', { bubbles: true, composed: true }),
            )}
        >
          ${t(this.lang, 'console.clear')}
        </button>
      </header>
      <ol aria-live="polite">
        ${
          this.lines.length === 0
            ? html`<li class="empty">${t(this.lang, 'console.empty')}</li>`
            : this.lines.map((line) => this.renderLine(line))
        }
      </ol>`;
  }
}

customElements.define('qd-console', QdConsole);

declare global {
  interface HTMLElementTagNameMap {
    'qd-console': QdConsole;
  }
}
