/**
 * `ArenaView`: the three.js view of an arena and a stream of world snapshots.
 *
 * It only reads (I-5): snapshots in, pixels out. The draw loop interpolates between buffered
 * snapshots a little behind the newest, so motion is smooth at any physics or frame rate, and
 * it renders only when something changed (a still scene costs almost nothing on a school PC).
 */
import {
  Color,
  PCFShadowMap,
  Scene,
  Vector3,
  WebGLRenderer,
  type Material,
  type Mesh,
} from 'three';
import type { ArenaSpec, RobotProfile, WorldSnapshot } from '../../sim/types.ts';
import { buildArena, type ArenaMeshes } from './arena-mesh.ts';
import { CameraRig, type CameraMode, type FollowTarget } from './cameras.ts';
import { createPhysicsRoot, headingForward, mmToM, physicsToThree } from './frames.ts';
import { PlaybackClock, SnapshotBuffer, type FrameState } from './interpolation.ts';
import { ArenaLights } from './lighting.ts';
import { PALETTE, slotColor } from './palette.ts';
import {
  HIGHEST_QUALITY,
  QUALITY_LEVELS,
  QualityController,
  type QualityLevel,
} from './quality.ts';
import { canBodyId } from './robot-pose.ts';
import { RobotView } from './robot-view.ts';

export type { CameraMode } from './cameras.ts';

export interface ArenaViewOptions {
  camera?: CameraMode;
  /** 'auto' (default) adapts to frame times; a level name fixes it. */
  quality?: 'auto' | QualityLevel['name'];
  /** Upper bound on devicePixelRatio whatever the quality (default 2). */
  maxPixelRatio?: number;
  showRays?: boolean;
  showTrail?: boolean;
  showPen?: boolean;
}

export interface ArenaViewStats {
  /** Rendered frames in the last second (0 while nothing changes: the view renders on demand). */
  fps: number;
  /** Mean CPU time of one render call over the last second (ms). */
  frameMs: number;
  quality: QualityLevel['name'];
  /** Mean frame interval of the quality controller's last window (ms). */
  frameIntervalMs: number;
}

export interface ArenaRobot {
  id: string;
  profile: RobotProfile;
}

export class ArenaView {
  private renderer!: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly root = createPhysicsRoot();
  private readonly lights: ArenaLights;
  private readonly rig: CameraRig;
  private readonly buffer = new SnapshotBuffer(48);
  private readonly clock = new PlaybackClock();
  private readonly quality: QualityController | null;
  private readonly resizeObserver: ResizeObserver;
  private arena: ArenaMeshes | null = null;
  private canHeights = new Map<string, number>();
  private robots = new Map<string, RobotView>();
  private followId: string | null = null;
  private showRays: boolean;
  private showTrail: boolean;
  private showPen: boolean;
  private maxPixelRatio: number;
  private level: number;
  private dirty = true;
  private lastTick = 0;
  private lastRenderedT = Number.NaN;
  private prevTickRendered = false;
  private renderTimes: { at: number; ms: number }[] = [];
  private size = { w: 1, h: 1 };
  private disposed = false;

  constructor(
    private readonly container: HTMLElement,
    opts: ArenaViewOptions = {},
  ) {
    this.showRays = opts.showRays ?? true;
    this.showTrail = opts.showTrail ?? false;
    this.showPen = opts.showPen ?? true;
    this.maxPixelRatio = opts.maxPixelRatio ?? 2;
    const fixed =
      opts.quality && opts.quality !== 'auto'
        ? QUALITY_LEVELS.findIndex((l) => l.name === opts.quality)
        : -1;
    this.level = fixed >= 0 ? fixed : HIGHEST_QUALITY;
    this.quality =
      fixed >= 0
        ? null
        : new QualityController({
            start: this.level,
            devicePixelRatio: Math.min(window.devicePixelRatio || 1, this.maxPixelRatio),
          });

    this.scene.background = new Color(PALETTE.sky);
    this.scene.add(this.root);
    this.lights = new ArenaLights(this.scene);
    this.createRenderer(QUALITY_LEVELS[this.level].antialias);
    this.rig = new CameraRig(this.renderer.domElement);
    this.rig.setMode(opts.camera ?? 'top');
    this.applyQuality();

    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
    this.renderer.setAnimationLoop((now) => this.tick(now));
  }

  /** Show an arena and the robots that will appear in snapshots. Clears snapshots and trails. */
  setArena(arena: ArenaSpec, robots: ArenaRobot[]): void {
    this.arena?.dispose();
    for (const r of this.robots.values()) r.dispose();
    this.robots.clear();
    this.buffer.clear();
    this.clock.reset();
    this.arena = buildArena(arena);
    this.applyFloorQuality();
    this.root.add(this.arena.group);
    this.canHeights = new Map(arena.cans.map((c) => [c.id, mmToM(c.height)]));
    robots.forEach((r, i) => {
      const view = new RobotView(r.id, r.profile, slotColor(r.id, i));
      this.robots.set(r.id, view);
      this.root.add(view.model.group, view.overlays);
    });
    this.applyToggles();
    this.lights.fit(this.arena.bounds);
    this.rig.setBounds(this.arena.bounds);
    this.dirty = true;
  }

  /** Queue a snapshot for drawing. Time going backwards means a new run: history and trails reset. */
  pushSnapshot(s: WorldSnapshot): void {
    const now = performance.now();
    if (this.buffer.push(s)) {
      for (const r of this.robots.values()) r.trails.clear();
      this.clock.reset();
      this.lastRenderedT = Number.NaN;
    }
    this.clock.onSnapshot(s.t, now);
    for (const r of s.robots) {
      this.robots.get(r.id)?.trails.record(mmToM(r.pose.x), mmToM(r.pose.y), s.t, r.pen);
    }
    this.dirty = true;
  }

  setCamera(mode: CameraMode): void {
    this.rig.setMode(mode);
    this.dirty = true;
  }

  get cameraMode(): CameraMode {
    return this.rig.mode;
  }

  /** Back to the current mode's starting view (after the user zoomed or rotated). */
  resetCamera(): void {
    this.rig.reset();
  }

  /** Which robot the follow camera chases (default: the first). */
  setFollowRobot(id: string): void {
    this.followId = id;
    this.dirty = true;
  }

  setShowRays(on: boolean): void {
    this.showRays = on;
    this.applyToggles();
  }

  /** The driven path of each robot as a line. */
  setShowTrail(on: boolean): void {
    this.showTrail = on;
    this.applyToggles();
  }

  /** The pen trail (drawn while `RobotSnapshot.pen` is on); shown by default. */
  setShowPen(on: boolean): void {
    this.showPen = on;
    this.applyToggles();
  }

  clearTrails(): void {
    for (const r of this.robots.values()) r.trails.clear();
    this.dirty = true;
  }

  stats(): ArenaViewStats {
    const now = performance.now();
    const recent = this.renderTimes.filter((r) => now - r.at <= 1000);
    const frameMs = recent.length ? recent.reduce((a, r) => a + r.ms, 0) / recent.length : 0;
    return {
      fps: recent.length,
      frameMs,
      quality: QUALITY_LEVELS[this.level].name,
      frameIntervalMs: this.quality?.meanMs ?? 0,
    };
  }

  /** Stop drawing and free every GPU resource. The view cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.renderer.setAnimationLoop(null);
    this.resizeObserver.disconnect();
    this.rig.dispose();
    this.arena?.dispose();
    for (const r of this.robots.values()) r.dispose();
    this.robots.clear();
    this.lights.sun.dispose();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    this.renderer.domElement.remove();
  }

  private createRenderer(antialias: boolean): void {
    const old = this.renderer as WebGLRenderer | undefined;
    this.renderer = new WebGLRenderer({ antialias, powerPreference: 'high-performance' });
    this.renderer.shadowMap.type = PCFShadowMap;
    const canvas = this.renderer.domElement;
    canvas.style.display = 'block';
    canvas.style.touchAction = 'none';
    if (old) {
      old.setAnimationLoop(null);
      old.dispose();
      old.forceContextLoss();
      old.domElement.replaceWith(canvas);
      this.rig.setDomElement(canvas);
      this.renderer.setAnimationLoop((now) => this.tick(now));
    } else {
      this.container.appendChild(canvas);
    }
  }

  private applyQuality(): void {
    const q = QUALITY_LEVELS[this.level];
    if (q.antialias !== this.renderer.getContextAttributes()?.antialias)
      this.createRenderer(q.antialias);
    const ratio = Math.min(window.devicePixelRatio || 1, q.maxPixelRatio, this.maxPixelRatio);
    this.renderer.setPixelRatio(ratio);
    this.renderer.setSize(this.size.w, this.size.h);
    this.applyFloorQuality();
    if (this.renderer.shadowMap.enabled !== q.shadows) {
      this.renderer.shadowMap.enabled = q.shadows;
      this.lights.setShadows(q.shadows);
      // Programs are compiled with or without shadow code: recompile.
      this.scene.traverse((o) => {
        const mat = (o as Mesh).material as Material | Material[] | undefined;
        for (const m of Array.isArray(mat) ? mat : mat ? [mat] : []) m.needsUpdate = true;
      });
    }
    this.dirty = true;
  }

  private applyFloorQuality(): void {
    const q = QUALITY_LEVELS[this.level];
    const max = this.renderer.capabilities.getMaxAnisotropy();
    this.arena?.setFloorQuality(q.shadows, Math.min(q.anisotropy, max));
  }

  private applyToggles(): void {
    for (const r of this.robots.values()) {
      r.setShowRay(this.showRays);
      r.setShowPath(this.showTrail);
      r.setShowPen(this.showPen);
    }
    this.dirty = true;
  }

  private resize(): void {
    const w = Math.max(1, this.container.clientWidth);
    const h = Math.max(1, this.container.clientHeight);
    this.size = { w, h };
    this.renderer.setSize(w, h);
    this.rig.setAspect(w / h);
    this.dirty = true;
  }

  private applyFrame(state: FrameState): void {
    for (const [id, frame] of state.robots)
      this.robots.get(id)?.apply(frame, state.bodies, state.t);
    if (!this.arena) return;
    for (const [id, mesh] of this.arena.cans) {
      const body = state.bodies.get(canBodyId(id));
      const can = state.cans.get(id);
      if (body) {
        // Can bodies have their origin at the centre; the mesh's origin is the base centre.
        mesh.quaternion.fromArray(body.quat);
        const down = new Vector3(0, 0, -(this.canHeights.get(id) ?? 0) / 2).applyQuaternion(
          mesh.quaternion,
        );
        mesh.position.fromArray(body.pos).add(down);
      } else if (can) {
        mesh.position.set(mmToM(can.x), mmToM(can.y), mmToM(can.lowestZ));
      }
    }
  }

  private followTarget(state: FrameState | undefined): FollowTarget | null {
    const id = this.followId ?? this.robots.keys().next().value;
    const view = id === undefined ? undefined : this.robots.get(id);
    const frame = id === undefined ? undefined : state?.robots.get(id);
    if (!view || !frame) return null;
    const f = headingForward(frame.pose.heading);
    return {
      pos: physicsToThree(view.pos.x, view.pos.y, view.pos.z),
      forward: physicsToThree(f.x, f.y, 0),
      size: mmToM(view.profile.chassis.length),
    };
  }

  private tick(now: number): void {
    const interval = this.lastTick ? now - this.lastTick : 0;
    this.lastTick = now;
    const oldest = this.buffer.oldest;
    const latest = this.buffer.latest;
    let state: FrameState | undefined;
    if (oldest && latest) {
      const t = this.clock.timeAt(now, oldest.t, latest.t);
      state = this.buffer.sample(t);
      if (state && (t !== this.lastRenderedT || this.dirty)) {
        this.applyFrame(state);
        this.lastRenderedT = t;
        this.dirty = true;
      }
    }
    this.rig.update(interval / 1000, this.rig.mode === 'follow' ? this.followTarget(state) : null);
    if (this.rig.consumeChanged()) this.dirty = true;
    if (!this.dirty) {
      this.prevTickRendered = false;
      return;
    }
    this.dirty = false;
    const t0 = performance.now();
    this.renderer.render(this.scene, this.rig.camera);
    const t1 = performance.now();
    this.renderTimes.push({ at: t1, ms: t1 - t0 });
    while (this.renderTimes.length && t1 - this.renderTimes[0].at > 1000) this.renderTimes.shift();
    if (this.prevTickRendered && this.quality) {
      const decision = this.quality.sample(interval, now);
      if (decision) {
        this.level = decision.level;
        this.applyQuality();
      }
    }
    this.prevTickRendered = true;
  }
}
