/**
 * <qd-arena-view>: the 3D view (src/render ArenaView) of the arena and the robots, with
 * toggles for sensor rays and trails and a full-screen button. It only draws snapshots (I-5).
 * The verdict banner is slotted over the view.
 *
 * @slot - shown over the view (the verdict banner).
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { profileById } from '../../sim/profiles/index.ts';
import type { ArenaSpec, RobotProfile, WorldSnapshot } from '../../sim/types.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { ArenaView, CameraMode } from '../render/view.ts';

/** Resolves at the browser's next idle moment (at most 500 ms later). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

export class QdArenaView extends LitElement {
  static override properties = {
    lang: { type: String },
    camera: { type: String },
    showRays: { type: Boolean },
    showTrail: { type: Boolean },
  };

  declare lang: Lang;
  declare camera: CameraMode;
  declare showRays: boolean;
  declare showTrail: boolean;

  private view: ArenaView | null = null;
  private pending: {
    arena: ArenaSpec;
    robots: { id: string; profile: RobotProfile['id'] }[];
  } | null = null;
  private pendingSnapshot: WorldSnapshot | null = null;
  private arenaKey = '';

  constructor() {
    super();
    this.lang = 'kk';
    this.camera = 'top';
    this.showRays = true;
    this.showTrail = false;
  }

  static override styles = css`
    :host {
      position: relative;
      display: block;
      min-height: 200px;
      background: #cfd8e6;
      border-radius: 10px;
      overflow: hidden;
    }
    .canvas {
      position: absolute;
      inset: 0;
      touch-action: none;
    }
    .overlay {
      position: absolute;
      inset: 0 0 auto 0;
      pointer-events: none;
    }
    .toggles {
      position: absolute;
      left: 8px;
      bottom: 8px;
      display: flex;
      gap: 6px;
      font-size: var(--qd-font-size, 16px);
    }
    button {
      font: inherit;
      min-height: calc(var(--qd-font-size, 16px) * 2.75);
      padding: 0 12px;
      border-radius: 10px;
      border: 1px solid #0003;
      background: #ffffffd9;
      color: #1b2333;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: #f0b429;
    }
  `;

  /** Shows an arena with its robots (clears history). */
  setArena(arena: ArenaSpec, robots: { id: string; profile: RobotProfile['id'] }[]) {
    // Rebuilding the scene costs a shader compile (a second in software GL): skip it when
    // the arena and robots are the ones already shown, and just start a fresh history.
    const key = JSON.stringify([arena, robots]);
    if (key === this.arenaKey && this.view) {
      this.view.clearTrails();
      return;
    }
    if (!this.view) {
      // Built when the view is ready (firstUpdated); only then is the arena the one shown.
      this.pending = { arena, robots };
      return;
    }
    this.arenaKey = key;
    this.view.setArena(
      arena,
      robots.map((r) => ({ id: r.id, profile: profileById(r.profile)! })),
    );
  }

  /** The id of the arena the 3D view shows ('' before one is built). For tests. */
  get shownArena(): string {
    return this.view && this.arenaKey ? (JSON.parse(this.arenaKey)[0] as ArenaSpec).id : '';
  }

  pushSnapshot(snapshot: WorldSnapshot) {
    if (!this.view) this.pendingSnapshot = snapshot;
    else this.view.pushSnapshot(snapshot);
  }

  /** Frames per second and quality of the view (for the benchmark and the status line). */
  stats() {
    return this.view?.stats() ?? null;
  }

  override async firstUpdated() {
    const host = this.renderRoot.querySelector<HTMLElement>('.canvas')!;
    // three.js is a separate chunk: the page becomes usable before the 3D view is ready.
    const { ArenaView } = await import('../render/view.ts');
    // Setting up WebGL and building the field are long tasks on a weak machine (or software
    // WebGL): each waits for an idle moment so that the editors answer first.
    await idle();
    const view = new ArenaView(host, {
      camera: this.camera,
      showRays: this.showRays,
      showTrail: this.showTrail,
    });
    await idle();
    if (!this.isConnected) return view.dispose();
    this.view = view;
    // Settings changed while it waited.
    view.setCamera(this.camera);
    view.setShowRays(this.showRays);
    view.setShowTrail(this.showTrail);
    if (this.pending) this.setArena(this.pending.arena, this.pending.robots);
    if (this.pendingSnapshot) this.view.pushSnapshot(this.pendingSnapshot);
    this.pending = null;
    this.pendingSnapshot = null;
  }

  override updated(changed: PropertyValues<this>) {
    if (!this.view) return;
    if (changed.has('camera')) this.view.setCamera(this.camera);
    if (changed.has('showRays')) this.view.setShowRays(this.showRays);
    if (changed.has('showTrail')) this.view.setShowTrail(this.showTrail);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.view?.dispose();
    this.view = null;
  }

  private toggle(name: 'showRays' | 'showTrail') {
    this[name] = !this[name];
    this.dispatchEvent(
      new CustomEvent('qd-setting', {
        detail: { key: name, value: this[name] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private fullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void this.requestFullscreen?.();
  }

  override render() {
    return html`<div class="canvas"></div>
      <div class="overlay"><slot></slot></div>
      <div class="toggles">
        <button aria-pressed=${this.showRays} @click=${() => this.toggle('showRays')}>
          ${t(this.lang, 'view.rays')}
        </button>
        <button aria-pressed=${this.showTrail} @click=${() => this.toggle('showTrail')}>
          ${t(this.lang, 'view.trail')}
        </button>
        <button @click=${() => this.fullscreen()}>${t(this.lang, 'view.fullscreen')}</button>
      </div>`;
  }
}

customElements.define('qd-arena-view', QdArenaView);

declare global {
  interface HTMLElementTagNameMap {
    'qd-arena-view': QdArenaView;
  }
}
