/**
 * <qd-verdict>: the referee's verdict over the 3D view — success, out of the ring, time —
 * with the reasons in the student's language. The referee decides; this only shows.
 *
 * @fires qd-verdict-close - when the student closes the banner.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { MatchResult } from '../../sim/tasks/types.ts';
import type { Verdict } from '../../sim/types.ts';
import { t, type Lang } from '../i18n/index.ts';
import { formatReason } from '../i18n/reasons.ts';

export class QdVerdict extends LitElement {
  static override properties = {
    lang: { type: String },
    verdict: { attribute: false },
    match: { attribute: false },
  };

  declare lang: Lang;
  declare verdict: Verdict | null;
  declare match: MatchResult | null;

  constructor() {
    super();
    this.lang = 'kk';
    this.verdict = null;
    this.match = null;
  }

  static override styles = css`
    :host {
      display: block;
      pointer-events: none;
    }
    .banner {
      pointer-events: auto;
      margin: 12px auto;
      max-width: min(92%, 720px);
      padding: 14px 20px;
      border-radius: 14px;
      box-shadow: 0 8px 30px rgba(0, 0, 0, 0.35);
      font-size: calc(var(--qd-font-size, 16px) * 1.1);
      color: #10202a;
      background: #ffe9a8;
      border: 3px solid #e0a800;
    }
    .banner.success {
      background: #c9f5d4;
      border-color: #23a455;
    }
    h2 {
      margin: 0 0 6px;
      font-size: 1.6em;
    }
    ul {
      margin: 0;
      padding-left: 1.2em;
    }
    .row {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: 12px;
    }
    button {
      font: inherit;
      min-height: calc(var(--qd-font-size, 16px) * 2.75);
      min-width: calc(var(--qd-font-size, 16px) * 2.75);
      border-radius: 10px;
      border: 1px solid #0004;
      background: #fff8;
      cursor: pointer;
    }
    .meta {
      margin-top: 6px;
      opacity: 0.8;
    }
  `;

  private heading(): string {
    if (this.match) {
      return this.match.winner
        ? `${t(this.lang, 'verdict.winner', { robot: this.match.winner })} ${this.match.points.A}:${this.match.points.B}`
        : `${t(this.lang, 'verdict.draw')} ${this.match.points.A}:${this.match.points.B}`;
    }
    return t(this.lang, this.verdict?.outcome === 'success' ? 'verdict.success' : 'verdict.fail');
  }

  override render() {
    const verdict = this.verdict;
    if (!verdict) return nothing;
    const reasons = this.match ? this.match.reasons : verdict.reasons;
    const good = this.match ? this.match.winner === 'A' : verdict.outcome === 'success';
    return html`<section
      class="banner ${good ? 'success' : 'fail'}"
      role="status"
      aria-live="assertive"
    >
      <div class="row">
        <h2>${this.heading()}</h2>
        <button
          aria-label=${t(this.lang, 'verdict.close')}
          @click=${() =>
            this.dispatchEvent(
              new CustomEvent('qd-verdict-close', { bubbles: true, composed: true }),
            )}
        >
          ✕
        </button>
      </div>
      <ul>
        ${reasons.map((r) => html`<li>${formatReason(r, this.lang)}</li>`)}
        ${
          this.match
            ? this.match.rounds
                .filter((r) => r.counted)
                .map((r, i) => html`<li>${i + 1}: ${formatReason(r.reason, this.lang)}</li>`)
            : nothing
        }
      </ul>
      <div class="meta">
        ${t(this.lang, 'sensors.time')}:
        ${t(this.lang, 'unit.seconds', { value: (verdict.simTimeMs / 1000).toFixed(1) })}
        ${verdict.score !== null && !this.match ? html` · ${verdict.score}` : nothing}
      </div>
    </section>`;
  }
}

customElements.define('qd-verdict', QdVerdict);

declare global {
  interface HTMLElementTagNameMap {
    'qd-verdict': QdVerdict;
  }
}
