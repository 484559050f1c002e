/**
 * <qd-toolbar>: task picker, Run / Stop / Reset, speed, camera, language, panel mode and the
 * project menu. It holds no state of its own: it shows its properties and fires events.
 *
 * @fires qd-run - Run pressed.
 * @fires qd-stop - Stop pressed.
 * @fires qd-reset - Reset pressed.
 * @fires qd-setting - detail: { key: ToolbarSetting; value: string | number | boolean }.
 * @fires qd-lessons - the Lessons button.
 * @fires qd-project - detail: { action: 'new' | 'open' | 'save' | 'share' | 'replay' }.
 */
import { LitElement, css, html, nothing } from 'lit';
import { LANGS, LANGUAGE_NAMES, t, type Lang, type UiKey } from '../i18n/index.ts';

export type ToolbarSetting =
  | 'task'
  | 'seed'
  | 'speed'
  | 'camera'
  | 'lang'
  | 'panel'
  | 'robot'
  | 'opponent'
  | `param:${string}`;

/** One parameter select shown for the current task. */
export interface ToolbarParam {
  key: string;
  labelKey: UiKey;
  value: string;
  options: { value: string; labelKey?: UiKey; label?: string }[];
}

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10] as const;

export class QdToolbar extends LitElement {
  static override properties = {
    lang: { type: String },
    tasks: { attribute: false },
    task: { type: String },
    params: { attribute: false },
    seed: { type: Number },
    robot: { type: String },
    robots: { attribute: false },
    opponents: { attribute: false },
    opponent: { type: String },
    running: { type: Boolean },
    speed: { type: Number },
    camera: { type: String },
    panel: { type: Boolean },
    status: { type: String },
    lessonTitle: { type: String },
  };

  declare lang: Lang;
  declare tasks: { id: string; labelKey: UiKey }[];
  declare task: string;
  declare params: ToolbarParam[];
  declare seed: number;
  declare robot: string;
  declare robots: string[];
  /** Opponent choices for two-robot tasks; empty for single-robot tasks. */
  declare opponents: { value: string; label: string }[];
  declare opponent: string;
  declare running: boolean;
  declare speed: number;
  declare camera: 'top' | 'follow' | 'orbit';
  declare panel: boolean;
  /** A short status text (Python loading progress, running…). */
  declare status: string;
  /** In a lesson: its title replaces the task, parameter, opponent and robot choices. */
  declare lessonTitle: string;

  constructor() {
    super();
    this.lang = 'kk';
    this.tasks = [];
    this.task = 'maze';
    this.params = [];
    this.seed = 1;
    this.robot = 'spike';
    this.robots = [];
    this.opponents = [];
    this.opponent = '';
    this.running = false;
    this.speed = 1;
    this.camera = 'top';
    this.panel = false;
    this.status = '';
    this.lessonTitle = '';
  }

  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 10px;
      padding: 8px 12px;
      background: #233047;
      color: #fff;
      font-size: var(--qd-font-size, 16px);
    }
    .brand {
      font-weight: 800;
      font-size: 1.3em;
      letter-spacing: 0.02em;
      margin-right: 6px;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    select,
    button,
    input {
      font: inherit;
      min-height: calc(var(--qd-font-size, 16px) * 2.75);
      border-radius: 10px;
      border: 1px solid #5b6b8c;
      background: #34445f;
      color: #fff;
      padding: 0 10px;
    }
    input[type='number'] {
      width: 5.5em;
    }
    button {
      cursor: pointer;
      padding: 0 16px;
      font-weight: 600;
    }
    button.run {
      background: #1f9d55;
      border-color: #54d28d;
      min-width: 7em;
    }
    button.stop {
      background: #c93c2b;
      border-color: #ff8b7a;
      min-width: 7em;
    }
    button[aria-pressed='true'] {
      background: #f0b429;
      color: #1b2333;
    }
    .group {
      display: inline-flex;
      gap: 4px;
    }
    .lesson-title {
      font-weight: 600;
      max-width: 22em;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .spacer {
      flex: 1;
    }
    /* On narrower screens the selects speak for themselves (their aria-label keeps the name). */
    @media (max-width: 1700px) {
      .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
    .status {
      opacity: 0.85;
      min-width: 10em;
    }
    details.menu {
      position: relative;
    }
    summary {
      list-style: none;
      display: inline-flex;
      align-items: center;
      min-height: calc(var(--qd-font-size, 16px) * 2.75);
      padding: 0 16px;
      border-radius: 10px;
      border: 1px solid #5b6b8c;
      background: #34445f;
      cursor: pointer;
      font-weight: 600;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .popup {
      position: absolute;
      right: 0;
      top: calc(100% + 6px);
      z-index: 20;
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 8px;
      min-width: 14em;
      border-radius: 12px;
      background: #233047;
      box-shadow: 0 10px 30px rgba(0, 0, 0, 0.35);
    }
    .popup button {
      text-align: left;
    }
  `;

  private emit(name: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private setting(key: ToolbarSetting, value: string | number | boolean) {
    this.emit('qd-setting', { key, value });
  }

  private select(
    labelKey: UiKey,
    key: ToolbarSetting,
    value: string,
    options: { value: string; label: string }[],
  ) {
    return html`<label
      ><span class="label">${t(this.lang, labelKey)}</span>
      <select
        aria-label=${t(this.lang, labelKey)}
        title=${t(this.lang, labelKey)}
        data-setting=${key}
        @change=${(e: Event) => this.setting(key, (e.target as HTMLSelectElement).value)}
      >
        ${options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`,
        )}
      </select></label
    >`;
  }

  /** Task, parameters, opponent and robot (free play). */
  private choices() {
    const l = this.lang;
    return html`${this.select(
      'toolbar.task',
      'task',
      this.task,
      this.tasks.map((task) => ({ value: task.id, label: t(l, task.labelKey) })),
    )}
    ${this.params.map((p) =>
      this.select(
        p.labelKey,
        `param:${p.key}`,
        p.value,
        p.options.map((o) => ({
          value: o.value,
          label: o.labelKey ? t(l, o.labelKey) : (o.label ?? o.value),
        })),
      ),
    )}
    ${
      this.opponents.length
        ? this.select('toolbar.opponent', 'opponent', this.opponent, this.opponents)
        : nothing
    }
    ${
      this.robots.length
        ? this.select(
            'toolbar.robot',
            'robot',
            this.robot,
            this.robots.map((r) => ({ value: r, label: t(l, `robot.${r}` as UiKey) })),
          )
        : nothing
    }`;
  }

  override render() {
    const l = this.lang;
    return html`
      <span class="brand">Qadam</span>
      <button data-action="lessons" @click=${() => this.emit('qd-lessons')}>
        ${t(l, 'lessons.open')}
      </button>
      ${
        this.lessonTitle
          ? html`<span class="lesson-title" data-testid="lesson-title">${this.lessonTitle}</span>`
          : this.choices()
      }
      <label
        ><span class="label">${t(l, 'toolbar.seed')}</span>
        <input
          type="number"
          title=${t(l, 'toolbar.seed')}
          aria-label=${t(l, 'toolbar.seed')}
          min="0"
          max="4294967295"
          .value=${String(this.seed)}
          data-setting="seed"
          @change=${(e: Event) => {
            const value = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(value) && value >= 0 && value <= 0xffffffff)
              this.setting('seed', value);
          }}
      /></label>
      ${
        this.running
          ? html`<button
              class="stop"
              data-action="stop"
              title=${t(l, 'shortcut.stop')}
              @click=${() => this.emit('qd-stop')}
            >
              ■ ${t(l, 'toolbar.stop')}
            </button>`
          : html`<button
              class="run"
              data-action="run"
              title=${t(l, 'shortcut.run')}
              @click=${() => this.emit('qd-run')}
            >
              ▶ ${t(l, 'toolbar.run')}
            </button>`
      }
      <button data-action="reset" @click=${() => this.emit('qd-reset')}>
        ↺ ${t(l, 'toolbar.reset')}
      </button>
      ${this.select(
        'toolbar.speed',
        'speed',
        String(this.speed),
        SPEEDS.map((s) => ({ value: String(s), label: `${s}×` })),
      )}
      <span class="group" role="group" aria-label=${t(l, 'toolbar.camera')}>
        ${(['top', 'follow', 'orbit'] as const).map(
          (c) =>
            html`<button
              aria-pressed=${this.camera === c}
              data-camera=${c}
              @click=${() => this.setting('camera', c)}
            >
              ${t(l, `camera.${c}`)}
            </button>`,
        )}
      </span>
      <span class="status" role="status">${this.status}</span>
      <span class="spacer"></span>
      ${this.select(
        'toolbar.language',
        'lang',
        this.lang,
        LANGS.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] })),
      )}
      <button
        aria-pressed=${this.panel}
        data-action="panel"
        @click=${() => this.setting('panel', !this.panel)}
      >
        ${t(l, 'toolbar.panel')}
      </button>
      <details class="menu" data-menu="project">
        <summary>${t(l, 'toolbar.project')} ▾</summary>
        <div
          class="popup"
          @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open')}
        >
          ${(['new', 'open', 'save', 'share', 'replay'] as const).map(
            (action) =>
              html`<button
                data-action=${action}
                @click=${() => this.emit('qd-project', { action })}
              >
                ${t(l, `project.${action}`)}
              </button>`,
          )}
        </div>
      </details>
    `;
  }
}

customElements.define('qd-toolbar', QdToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'qd-toolbar': QdToolbar;
  }
}
