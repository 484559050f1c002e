/**
 * <qd-round-panel>: an olympiad practice round beside the editors — the countdown, the rules,
 * attempts used, the official-attempt button and a results table with a replay file per attempt.
 *
 * @fires qd-round - detail: { action: 'attempt' | 'leave' | 'restart' | 'link' | 'list' } or
 *   { action: 'replay', index }.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t, type Lang, type UiKey } from '../i18n/index.ts';
import { formatReason } from '../i18n/reasons.ts';
import type { Round, SoloStanding } from '../rounds/index.ts';
import type { RoundAttempt } from '../storage/round-attempts.ts';
import { panelStyles } from './internal/panel-styles.ts';

export type RoundAction = 'attempt' | 'leave' | 'restart' | 'link' | 'list' | 'replay';

/** m:ss */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class QdRoundPanel extends LitElement {
  static override properties = {
    lang: { type: String },
    round: { attribute: false },
    attempts: { attribute: false },
    standing: { attribute: false },
    remainingMs: { type: Number },
    busy: { type: Boolean },
  };

  declare lang: Lang;
  declare round: Round | null;
  declare attempts: RoundAttempt[];
  declare standing: SoloStanding | null;
  declare remainingMs: number;
  declare busy: boolean;

  constructor() {
    super();
    this.lang = 'kk';
    this.round = null;
    this.attempts = [];
    this.standing = null;
    this.remainingMs = 0;
    this.busy = false;
  }

  static override styles = [
    panelStyles,
    css`
      .clock {
        font-size: 2em;
        font-variant-numeric: tabular-nums;
        font-weight: 700;
      }
      .clock.low {
        color: #c0392b;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
      }
      th,
      td {
        text-align: left;
        padding: 4px 6px;
        border-bottom: 1px solid #e3e0d0;
        vertical-align: top;
      }
      td.pass {
        color: #17703c;
        font-weight: 600;
      }
      td.fail {
        color: #c0392b;
        font-weight: 600;
      }
      .note {
        opacity: 0.8;
        font-size: 0.9em;
      }
    `,
  ];

  private fire(action: RoundAction, index?: number) {
    this.dispatchEvent(
      new CustomEvent('qd-round', { detail: { action, index }, bubbles: true, composed: true }),
    );
  }

  private result(a: RoundAttempt): string {
    if (a.match) {
      const { winner, points } = a.match;
      return `${winner ?? '='} ${points.A}:${points.B}`;
    }
    return a.verdict.outcome === 'success' ? '✓' : '✗';
  }

  private renderTable() {
    const l = this.lang;
    if (this.attempts.length === 0) return nothing;
    return html`<table data-testid="round-results">
      <thead>
        <tr>
          <th>#</th>
          <th>${t(l, 'round.col.field')}</th>
          <th>${t(l, 'round.col.result')}</th>
          <th>${t(l, 'round.col.time')}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${this.attempts.map((a, i) => {
          const good = a.match ? a.match.winner === 'A' : a.verdict.outcome === 'success';
          const reasons = a.match ? a.match.reasons : a.verdict.reasons;
          return html`<tr>
            <td>${i + 1}</td>
            <td>${a.seed}</td>
            <td class=${good ? 'pass' : 'fail'}>
              ${this.result(a)}
              <div class="note">${reasons.map((r) => formatReason(r, l)).join(' ')}</div>
            </td>
            <td>${(a.simTimeMs / 1000).toFixed(2)}</td>
            <td>
              <button data-action="replay" @click=${() => this.fire('replay', i)}>
                ${t(l, 'round.replay')}
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  override render() {
    const round = this.round;
    if (!round) return nothing;
    const l = this.lang;
    const used = this.attempts.length;
    const over = this.remainingMs === 0;
    const left = round.attempts - used;
    const standing = this.standing;
    return html`<header>
        <button
          data-action="list"
          @click=${() => this.fire('list')}
          aria-label=${t(l, 'rounds.title')}
        >
          ☰
        </button>
        <span class="grade">${t(l, 'rounds.title')}</span>
        <button data-action="link" @click=${() => this.fire('link')}>
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
      <article class="text">
        <h1>${round.title[l]}</h1>
        <div class="clock ${this.remainingMs < 60_000 ? 'low' : ''}" data-testid="round-clock">
          ${over ? t(l, 'round.over') : `${t(l, 'round.timeLeft')} ${clock(this.remainingMs)}`}
        </div>
        <p data-testid="round-attempts">
          ${t(l, 'round.attempts', { used, total: round.attempts })} ·
          ${t(l, 'round.perAttempt', { seconds: round.timeLimit })}
        </p>
        <p>${t(l, `round.scoring.${round.scoring}` as UiKey)}</p>
        <p class="note">${t(l, 'round.practiceNote')}</p>
        ${
          standing
            ? html`<p data-testid="round-standing">
                ${t(l, 'round.finished', { finished: standing.finished, counted: standing.counted })}
                ${
                  standing.bestTime !== null
                    ? html` · ${t(l, 'round.best', { value: standing.bestTime })}`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${this.renderTable()}
      </article>
      <footer>
        <button
          class="check"
          data-action="attempt"
          ?disabled=${this.busy || over || left <= 0}
          @click=${() => this.fire('attempt')}
        >
          ▶ ${t(l, 'round.attempt')} (${Math.max(0, left)})
        </button>
        <button data-action="restart" @click=${() => this.fire('restart')}>
          ↺ ${t(l, 'round.restart')}
        </button>
      </footer>`;
  }
}

customElements.define('qd-round-panel', QdRoundPanel);

declare global {
  interface HTMLElementTagNameMap {
    'qd-round-panel': QdRoundPanel;
  }
}
