import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createPhysicsRoot,
  headingForward,
  headingToQuat,
  physicsQuatToThree,
  physicsToThree,
} from '../../../src/render/frames.ts';

describe('physics frame → three frame', () => {
  it('maps physics (1, 2, 0) to three (1, 0, −2): east stays +X, north becomes −Z', () => {
    const v = physicsToThree(1, 2, 0);
    expect(v.x).toBeCloseTo(1);
    expect(v.y).toBeCloseTo(0);
    expect(v.z).toBeCloseTo(-2);
  });

  it('maps physics up (Z) to three up (Y)', () => {
    const v = physicsToThree(0, 0, 3);
    expect([v.x, v.y, v.z].map((n) => +n.toFixed(9))).toEqual([0, 3, 0]);
  });

  it('the physics root group does the same conversion as physicsToThree', () => {
    const root = createPhysicsRoot();
    const p = new Vector3(1, 2, 0.5).applyMatrix4(root.matrixWorld);
    const q = physicsToThree(1, 2, 0.5);
    expect(p.distanceTo(q)).toBeLessThan(1e-9);
  });

  it('converts body orientations with the same root rotation', () => {
    const yaw90 = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), Math.PI / 2);
    const q = physicsQuatToThree(yaw90);
    // A body turned 90° CCW about physics Z looks west: its +x axis points to three −X? No:
    // local +x (east) turned CCW points north, which is three −Z.
    const x = new Vector3(1, 0, 0).applyQuaternion(q);
    expect(x.distanceTo(new Vector3(0, 0, -1))).toBeLessThan(1e-9);
  });
});

describe('headings (clockwise from north)', () => {
  it('forward is (sin h, cos h)', () => {
    expect(headingForward(0).x).toBeCloseTo(0);
    expect(headingForward(0).y).toBeCloseTo(1);
    expect(headingForward(90).x).toBeCloseTo(1);
    expect(headingForward(90).y).toBeCloseTo(0);
  });

  it('the heading quaternion turns the robot-frame forward (+y) to the heading', () => {
    for (const h of [0, 30, 90, 135, -60, 180]) {
      const f = new Vector3(0, 1, 0).applyQuaternion(headingToQuat(h));
      const want = headingForward(h);
      expect(f.x).toBeCloseTo(want.x, 9);
      expect(f.y).toBeCloseTo(want.y, 9);
      expect(f.z).toBeCloseTo(0, 9);
    }
  });
});
