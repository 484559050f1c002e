/**
 * The cameras of the arena view, in three's frame (Y up, north = −Z):
 * - top: orthographic, straight down, north up on screen, fitted to the arena; drag pans,
 *   wheel/pinch zooms (no rotation).
 * - orbit: perspective with OrbitControls: drag rotates, wheel/pinch zooms, right-drag or two
 *   fingers pan.
 * - follow: a chase camera behind the followed robot, smoothed (visual only).
 */
import { MOUSE, OrthographicCamera, PerspectiveCamera, TOUCH, Vector3, type Camera } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { physicsToThree } from './frames.ts';

export type CameraMode = 'top' | 'follow' | 'orbit';

/** Arena bounds in metres, physics frame. */
export interface BoundsM {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** What the follow camera chases, in three's frame. */
export interface FollowTarget {
  pos: Vector3;
  /** Horizontal forward unit vector. */
  forward: Vector3;
  /** Robot length (m), to scale the chase distance. */
  size: number;
}

/** Half extents of an orthographic view that shows `w`×`h` with a margin at this aspect. */
export function fitOrtho(
  w: number,
  h: number,
  aspect: number,
  margin = 1.06,
): { halfW: number; halfH: number } {
  const halfH = Math.max(h / 2, w / 2 / aspect) * margin;
  return { halfW: halfH * aspect, halfH };
}

export class CameraRig {
  readonly perspective = new PerspectiveCamera(45, 1, 0.01, 200);
  readonly ortho = new OrthographicCamera(-1, 1, 1, -1, 0.01, 200);
  mode: CameraMode = 'top';
  private controls: OrbitControls | null = null;
  private bounds: BoundsM = { minX: -0.5, maxX: 0.5, minY: -0.5, maxY: 0.5 };
  private aspect = 1;
  private followPrimed = false;
  private readonly desired = new Vector3();
  private readonly up = new Vector3();
  private readonly look = new Vector3();
  private readonly lookSmoothed = new Vector3();
  private readonly lastFollowPos = new Vector3();
  /** Set by controls' change events; read and cleared by {@link CameraRig.consumeChanged}. */
  private changed = true;

  constructor(private dom: HTMLElement) {}

  get camera(): Camera {
    return this.mode === 'top' ? this.ortho : this.perspective;
  }

  private get centre(): Vector3 {
    const b = this.bounds;
    return physicsToThree((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2, 0);
  }

  setBounds(bounds: BoundsM): void {
    this.bounds = bounds;
    this.reset();
  }

  setMode(mode: CameraMode): void {
    this.mode = mode;
    this.reset();
  }

  /** After the renderer (and its canvas) was recreated: same view, controls on the new canvas. */
  setDomElement(dom: HTMLElement): void {
    this.dom = dom;
    if (this.controls) this.attachControls(this.controls.target.clone());
  }

  setAspect(aspect: number): void {
    this.aspect = aspect;
    this.perspective.aspect = aspect;
    this.perspective.updateProjectionMatrix();
    if (this.mode === 'top') this.fitTop(false);
    this.changed = true;
  }

  /** Back to the mode's starting view. */
  reset(): void {
    this.followPrimed = false;
    const c = this.centre;
    if (this.mode === 'top') {
      this.fitTop(true);
    } else {
      // Orbit starts here; follow starts here too until its robot appears.
      const elev = (52 * Math.PI) / 180;
      const d = this.orbitDistance();
      // From the south (+Z in three), looking north.
      this.perspective.position.set(c.x, c.y + d * Math.sin(elev), c.z + d * Math.cos(elev));
      this.perspective.up.set(0, 1, 0);
      this.perspective.lookAt(c);
    }
    this.attachControls(c);
    this.changed = true;
  }

  /**
   * Fit the arena's larger half-extent with some room: the corners may leave the frame in a
   * 3/4 view, the middle (where the robots are) fills it.
   */
  private orbitDistance(): number {
    const b = this.bounds;
    const radius = Math.max(b.maxX - b.minX, b.maxY - b.minY) / 2;
    const halfFov = (this.perspective.fov * Math.PI) / 360;
    return ((radius / Math.tan(halfFov)) * 1.1) / Math.min(1, this.aspect);
  }

  /** (Re)create the mode's controls around `target`, keeping the camera where it is. */
  private attachControls(target: Vector3): void {
    this.controls?.dispose();
    this.controls = null;
    if (this.mode === 'follow') return;
    const camera = this.mode === 'top' ? this.ortho : this.perspective;
    const controls = new OrbitControls(camera, this.dom);
    controls.target.copy(target);
    controls.addEventListener('change', () => (this.changed = true));
    if (this.mode === 'top') {
      controls.enableRotate = false;
      controls.zoomToCursor = true;
      controls.screenSpacePanning = true;
      controls.mouseButtons = { LEFT: MOUSE.PAN, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN };
      controls.touches = { ONE: TOUCH.PAN, TWO: TOUCH.DOLLY_PAN };
      controls.minZoom = 0.5;
      controls.maxZoom = 12;
    } else {
      controls.enableDamping = true;
      controls.dampingFactor = 0.12;
      controls.maxPolarAngle = (85 * Math.PI) / 180;
      controls.minDistance = 0.15;
      controls.maxDistance = this.orbitDistance() * 4;
      controls.touches = { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN };
    }
    controls.update();
    this.controls = controls;
  }

  private fitTop(repositon: boolean): void {
    const b = this.bounds;
    const { halfW, halfH } = fitOrtho(b.maxX - b.minX, b.maxY - b.minY, this.aspect);
    const o = this.ortho;
    o.left = -halfW;
    o.right = halfW;
    o.top = halfH;
    o.bottom = -halfH;
    if (repositon) {
      const c = this.centre;
      o.zoom = 1;
      o.position.set(c.x, 10, c.z);
      // North (−Z) is up on screen.
      o.up.set(0, 0, -1);
      o.lookAt(c);
    }
    o.updateProjectionMatrix();
  }

  /** Per frame: controls damping and the chase camera. `dt` in seconds (visual only). */
  update(dt: number, follow: FollowTarget | null): void {
    if (this.controls) {
      this.controls.update(dt);
      return;
    }
    if (this.mode !== 'follow' || !follow) return;
    const back = Math.max(0.32, follow.size * 2.6);
    this.desired
      .copy(follow.pos)
      .addScaledVector(follow.forward, -back)
      .add(this.up.set(0, back * 0.62, 0));
    this.look.copy(follow.pos).addScaledVector(follow.forward, back * 0.35);
    const cam = this.perspective;
    if (!this.followPrimed) {
      cam.position.copy(this.desired);
      this.lookSmoothed.copy(this.look);
      this.followPrimed = true;
    } else {
      const k = 1 - Math.exp(-dt * 5);
      cam.position.lerp(this.desired, k);
      this.lookSmoothed.lerp(this.look, Math.min(1, k * 1.6));
    }
    cam.lookAt(this.lookSmoothed);
    // Render only while the chase camera is still moving.
    if (cam.position.distanceToSquared(this.lastFollowPos) > 1e-12) this.changed = true;
    this.lastFollowPos.copy(cam.position);
  }

  /** True once after anything moved the camera. */
  consumeChanged(): boolean {
    const c = this.changed;
    this.changed = false;
    return c;
  }

  dispose(): void {
    this.controls?.dispose();
    this.controls = null;
  }
}
