/**
 * Where a robot model stands, from a snapshot. This is the ONE place that knows how the physics
 * names and frames its bodies; adapt it here if the engine changes.
 *
 * Physics conventions (sim/world.ts, sim/robot/body.ts): body ids `${robotId}.chassis`,
 * `${robotId}.wheelL`, `${robotId}.wheelR`, `can.${canId}`; the chassis body's origin is the
 * centre of the chassis box (clearance + height/2 above the floor), its local axes x right,
 * y forward, z up (as profile mounts); a can body's origin is the can's centre. Without a chassis
 * body (or when it disagrees with the pose), the model stands flat at `RobotSnapshot.pose`.
 */
import type { Quaternion } from 'three';
import { Vector3 } from 'three';
import type { RobotProfile } from '../../sim/types.ts';
import { headingToQuat, mmToM } from './frames.ts';
import type { BodyPose, RobotFrame } from './interpolation.ts';

export const robotBodyIds = (robotId: string) => ({
  chassis: `${robotId}.chassis`,
  wheelLeft: `${robotId}.wheelL`,
  wheelRight: `${robotId}.wheelR`,
});

export const canBodyId = (canId: string): string => `can.${canId}`;

/** Height of the chassis body's origin above the model's origin (floor under the robot centre). */
export function chassisOriginHeight(profile: RobotProfile): number {
  return mmToM(profile.chassis.clearance + profile.chassis.height / 2);
}

export type PoseSource = 'body' | 'pose';

const fwd = new Vector3();
const offset = new Vector3();

/** Largest yaw disagreement (deg) between body and pose before the body is distrusted. */
const MAX_YAW_MISMATCH_DEG = 30;

/**
 * The model's pose in the physics frame: origin on the floor under the robot centre.
 * Writes `pos`/`quat`; returns which source it used.
 */
export function robotModelPose(
  robotId: string,
  robot: RobotFrame,
  bodies: ReadonlyMap<string, BodyPose>,
  profile: RobotProfile,
  pos: Vector3,
  quat: Quaternion,
): PoseSource {
  const body = bodies.get(robotBodyIds(robotId).chassis);
  if (body) {
    quat.fromArray(body.quat).normalize();
    // Compare the body's forward (+y local) with the pose heading (clockwise from north).
    fwd.set(0, 1, 0).applyQuaternion(quat);
    const bodyHeading = (Math.atan2(fwd.x, fwd.y) * 180) / Math.PI;
    const diff = Math.abs(((bodyHeading - robot.pose.heading + 540) % 360) - 180);
    if (diff <= MAX_YAW_MISMATCH_DEG || Math.hypot(fwd.x, fwd.y) < 0.5) {
      offset.set(0, 0, chassisOriginHeight(profile)).applyQuaternion(quat);
      pos.fromArray(body.pos).sub(offset);
      return 'body';
    }
  }
  pos.set(mmToM(robot.pose.x), mmToM(robot.pose.y), 0);
  headingToQuat(robot.pose.heading, quat);
  return 'pose';
}
