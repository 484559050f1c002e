/**
 * Everything drawn for one robot: its model, its ultrasonic ray and its trails, kept in step
 * with interpolated frames. Physics frame (put `group` and `overlays` under the physics root).
 */
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Group,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import type { RobotProfile } from '../../sim/types.ts';
import { mmToM } from './frames.ts';
import type { BodyPose, RobotFrame } from './interpolation.ts';
import { PALETTE } from './palette.ts';
import { buildRobot, type RobotModel } from './robot-mesh.ts';
import { robotModelPose, type PoseSource } from './robot-pose.ts';
import { RobotTrails } from './trails.ts';

export class RobotView {
  readonly model: RobotModel;
  readonly trails: RobotTrails;
  /** Ray and hit marker (not part of the model: they are in world coordinates). */
  readonly overlays = new Group();
  readonly pos = new Vector3();
  readonly quat = new Quaternion();
  poseSource: PoseSource = 'pose';
  private readonly rayLine: Line;
  private readonly rayHitMaterial = new LineBasicMaterial({ color: PALETTE.rayHit });
  /** A miss is drawn fainter: it runs to the sensor's full range and should not shout. */
  private readonly rayMissMaterial = new LineBasicMaterial({
    color: PALETTE.rayMiss,
    transparent: true,
    opacity: 0.5,
  });
  private readonly hitDot: Mesh;
  private readonly rayZ: number;

  constructor(
    readonly id: string,
    readonly profile: RobotProfile,
    color: number,
    createCanvas?: (w: number, h: number) => HTMLCanvasElement | OffscreenCanvas | null,
  ) {
    this.model = buildRobot(profile, { label: id, color, createCanvas });
    this.model.group.visible = false;
    const ink = new Color(color).multiplyScalar(0.55).getHex();
    this.trails = new RobotTrails(color, ink);
    const rayGeometry = new BufferGeometry();
    rayGeometry.setAttribute('position', new BufferAttribute(new Float32Array(6), 3));
    this.rayLine = new Line(rayGeometry, this.rayMissMaterial);
    this.rayLine.frustumCulled = false;
    this.hitDot = new Mesh(
      new SphereGeometry(0.006, 12, 8),
      new MeshBasicMaterial({ color: PALETTE.rayHit }),
    );
    this.rayZ = mmToM(profile.ultrasonic.z);
    this.overlays.name = `robot-overlays:${id}`;
    this.overlays.add(this.trails.penObject, this.trails.pathObject, this.rayLine, this.hitDot);
  }

  setShowRay(on: boolean): void {
    this.rayLine.visible = on;
    this.hitDot.visible = on;
  }

  setShowPath(on: boolean): void {
    this.trails.pathObject.visible = on;
  }

  setShowPen(on: boolean): void {
    this.trails.penObject.visible = on;
  }

  /** Draw the robot as it is in `frame` (interpolated), with trails up to time `t`. */
  apply(frame: RobotFrame, bodies: ReadonlyMap<string, BodyPose>, t: number): void {
    this.poseSource = robotModelPose(this.id, frame, bodies, this.profile, this.pos, this.quat);
    const g = this.model.group;
    g.visible = true;
    g.position.copy(this.pos);
    g.quaternion.copy(this.quat);
    this.model.setWheelAngles(frame.leftAngle, frame.rightAngle);

    const { from, to, hit } = frame.ray;
    const attr = this.rayLine.geometry.getAttribute('position') as BufferAttribute;
    attr.setXYZ(0, mmToM(from.x), mmToM(from.y), this.rayZ);
    attr.setXYZ(1, mmToM(to.x), mmToM(to.y), this.rayZ);
    attr.needsUpdate = true;
    this.rayLine.material = hit ? this.rayHitMaterial : this.rayMissMaterial;
    this.hitDot.position.set(mmToM(to.x), mmToM(to.y), this.rayZ);
    this.hitDot.visible = hit && this.rayLine.visible;

    this.trails.update(t);
  }

  dispose(): void {
    this.model.dispose();
    this.trails.dispose();
    this.rayLine.geometry.dispose();
    this.rayHitMaterial.dispose();
    this.rayMissMaterial.dispose();
    this.hitDot.geometry.dispose();
    (this.hitDot.material as MeshBasicMaterial).dispose();
    this.overlays.removeFromParent();
  }
}
