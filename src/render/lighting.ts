/**
 * Lights for the arena, in three's frame: a hemisphere light (sky/ground) for soft fill and one
 * directional "sun" from the south-west whose shadow camera is fitted to the arena. Shadows
 * are switched by the quality level.
 */
import { DirectionalLight, HemisphereLight, Object3D, type Scene } from 'three';
import type { BoundsM } from './cameras.ts';
import { physicsToThree } from './frames.ts';
import { PALETTE } from './palette.ts';

export class ArenaLights {
  readonly hemi = new HemisphereLight(PALETTE.hemiSky, PALETTE.hemiGround, 2.1);
  readonly sun = new DirectionalLight(PALETTE.sun, 1.5);
  private readonly target = new Object3D();

  constructor(scene: Scene) {
    this.sun.target = this.target;
    const s = this.sun.shadow;
    s.mapSize.set(2048, 2048);
    s.radius = 3;
    s.bias = -0.0004;
    s.normalBias = 0.002;
    scene.add(this.hemi, this.sun, this.target);
  }

  /** Aim the sun at the arena centre and fit its shadow camera around the arena. */
  fit(bounds: BoundsM): void {
    const c = physicsToThree((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2, 0);
    const radius = Math.hypot(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) / 2 + 0.3;
    const dist = radius * 3;
    // From the south-west, 58° above the horizon: shadows fall to the north-east, short.
    const elev = (58 * Math.PI) / 180;
    const az = (-35 * Math.PI) / 180;
    this.target.position.copy(c);
    this.sun.position.set(
      c.x + Math.sin(az) * Math.cos(elev) * dist,
      c.y + Math.sin(elev) * dist,
      c.z + Math.cos(az) * Math.cos(elev) * dist,
    );
    const cam = this.sun.shadow.camera;
    cam.left = -radius;
    cam.right = radius;
    cam.top = radius;
    cam.bottom = -radius;
    cam.near = dist - radius * 1.5;
    cam.far = dist + radius * 1.5;
    cam.updateProjectionMatrix();
    this.sun.shadow.needsUpdate = true;
  }

  setShadows(on: boolean): void {
    this.sun.castShadow = on;
  }
}
