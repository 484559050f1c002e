/**
 * Frames and units of the renderer, converted in ONE place.
 *
 * - Arena frame (data): millimetres, x east, y north, heading clockwise from north.
 * - Physics frame (snapshots): metres, x east, y north, Z up.
 * - three.js frame: metres, Y up. North is −Z, east is +X.
 *
 * Everything in the scene that belongs to the world (floor, walls, robots, rays, trails) lives
 * under one root group built by {@link createPhysicsRoot}: its children are placed in the
 * physics frame, and the root's −90° turn about X carries them into three's Y-up frame. Only
 * cameras and lights work in three's frame directly; they use {@link physicsToThree}.
 */
import { Group, Quaternion, Vector3 } from 'three';
import type { Deg, Meters, Mm } from '../../sim/types.ts';

/** Physics (Z up) → three (Y up): a −90° rotation about X. (x, y, z) ↦ (x, z, −y). */
export const PHYSICS_TO_THREE = new Quaternion().setFromAxisAngle(
  new Vector3(1, 0, 0),
  -Math.PI / 2,
);

/** The root group whose local frame is the physics frame. */
export function createPhysicsRoot(): Group {
  const root = new Group();
  root.name = 'physics-root';
  root.quaternion.copy(PHYSICS_TO_THREE);
  root.updateMatrixWorld(true);
  return root;
}

/** A point of the physics frame (m, Z up) in three's frame (m, Y up). */
export function physicsToThree(x: number, y: number, z: number, out = new Vector3()): Vector3 {
  return out.set(x, z, -y);
}

/** A quaternion of the physics frame expressed in three's frame (root rotation applied). */
export function physicsQuatToThree(q: Quaternion, out = new Quaternion()): Quaternion {
  return out.copy(PHYSICS_TO_THREE).multiply(q);
}

export const mmToM = (mm: Mm): Meters => mm / 1000;

/** Yaw of a body in the physics frame for an arena heading (clockwise from north, degrees). */
export function headingToYaw(heading: Deg): number {
  // Physics yaw is counter-clockwise about +Z; heading is clockwise, so it flips sign.
  return (-heading * Math.PI) / 180;
}

/** The physics-frame orientation of a robot standing flat with the given heading. */
export function headingToQuat(heading: Deg, out = new Quaternion()): Quaternion {
  return out.setFromAxisAngle(new Vector3(0, 0, 1), headingToYaw(heading));
}

/** The forward unit vector (arena/physics x, y) for a heading: (sin h, cos h). */
export function headingForward(heading: Deg): { x: number; y: number } {
  const h = (heading * Math.PI) / 180;
  return { x: Math.sin(h), y: Math.cos(h) };
}
