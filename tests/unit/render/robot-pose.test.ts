import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { DEMO_SPIKE, demoRobot } from '../../../src/render/demo-scenes.ts';
import { createPhysicsRoot, headingToQuat } from '../../../src/render/frames.ts';
import type { BodyPose, RobotFrame } from '../../../src/render/interpolation.ts';
import { buildRobot } from '../../../src/render/robot-mesh.ts';
import { chassisOriginHeight, robotModelPose } from '../../../src/render/robot-pose.ts';

function frame(x: number, y: number, heading: number): RobotFrame {
  const r = demoRobot('A', DEMO_SPIKE, x, y, heading, 0, 0, { to: { x, y }, hit: false });
  return { pose: r.pose, leftAngle: 0, rightAngle: 0, ray: r.ray, pen: false };
}

describe('robot model pose', () => {
  it('stands flat at the snapshot pose when there is no chassis body', () => {
    const pos = new Vector3();
    const quat = new Quaternion();
    const src = robotModelPose('A', frame(250, -100, 90), new Map(), DEMO_SPIKE, pos, quat);
    expect(src).toBe('pose');
    expect(pos.toArray()).toEqual([0.25, -0.1, 0]);
    const fwd = new Vector3(0, 1, 0).applyQuaternion(quat);
    expect(fwd.x).toBeCloseTo(1); // heading 90° = east
  });

  it('uses the chassis body (with tilt and height) when it agrees with the pose', () => {
    const q = headingToQuat(30);
    const h = chassisOriginHeight(DEMO_SPIKE);
    const bodies = new Map<string, BodyPose>([
      ['A.chassis', { pos: [0.1, 0.2, h + 0.01], quat: [q.x, q.y, q.z, q.w] }],
    ]);
    const pos = new Vector3();
    const quat = new Quaternion();
    expect(robotModelPose('A', frame(100, 200, 30), bodies, DEMO_SPIKE, pos, quat)).toBe('body');
    expect(pos.x).toBeCloseTo(0.1);
    expect(pos.y).toBeCloseTo(0.2);
    expect(pos.z).toBeCloseTo(0.01);
  });

  it('distrusts a chassis body whose yaw disagrees with the pose (other body frame)', () => {
    const q = headingToQuat(120);
    const bodies = new Map<string, BodyPose>([
      ['A.chassis', { pos: [0, 0, 0.04], quat: [q.x, q.y, q.z, q.w] }],
    ]);
    const src = robotModelPose(
      'A',
      frame(0, 0, 30),
      bodies,
      DEMO_SPIKE,
      new Vector3(),
      new Quaternion(),
    );
    expect(src).toBe('pose');
  });

  it("puts the model's eyes (front) where the heading points, in three's frame too", () => {
    const model = buildRobot(DEMO_SPIKE, { label: 'A', color: 0x2f6db5, createCanvas: () => null });
    const root = createPhysicsRoot();
    root.add(model.group);
    robotModelPose(
      'A',
      frame(0, 0, 90),
      new Map(),
      DEMO_SPIKE,
      model.group.position,
      model.group.quaternion,
    );
    root.updateMatrixWorld(true);
    const eyes = model.group.children.find((c) => c.position.y > 0.07 && c.position.z > 0.03)!;
    const w = eyes.getWorldPosition(new Vector3());
    // East is three +X; north would be −Z.
    expect(w.x).toBeGreaterThan(0.07);
    expect(Math.abs(w.z)).toBeLessThan(0.01);
    model.dispose();
  });
});
