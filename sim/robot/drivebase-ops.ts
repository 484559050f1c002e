/** The drive base operations with the most argument checking: db_init and db_settings. */
import type { PortName } from '../types.ts';
import * as A from './args.ts';
import { DriveBase } from './drivebase.ts';
import type { Robot } from './robot.ts';

/**
 * DriveBase(left, right, wheel_diameter, axle_track) on ports already checked to hold motors.
 * A second DriveBase replaces the first (friendlier than pbio's EBUSY for a re-run cell).
 */
export function createDriveBase(
  r: Robot,
  lp: PortName,
  rp: PortName,
  args: readonly number[],
): DriveBase {
  if (lp === rp) throw new A.ApiError('EINVAL', 'left and right motors must be different');
  const wd = A.num(args, 2, 'wheel_diameter');
  const at = A.num(args, 3, 'axle_track');
  // pbio rejects dimensions under 1 mm; over 10 m is nonsense for any robot here.
  if (wd < 1 || at < 1 || wd > 10000 || at > 10000) {
    throw new A.ApiError('EINVAL', 'wheel_diameter and axle_track must be between 1 and 10000 mm');
  }
  r.driveBase?.stop();
  const l = r.motors.get(lp);
  const rr = r.motors.get(rp);
  if (!l || !rr) throw new A.ApiError('ENODEV', 'no motor on that port');
  // As on a hub, the drive base turns each motor "positive" (in the direction the PROGRAM
  // gave the Motor) to go forward: a program that forgets Direction.COUNTERCLOCKWISE on a
  // mirrored motor spins in place here too.
  const leftSign = A.num(args, 4, 'left direction') < 0 ? -1 : 1;
  const rightSign = A.num(args, 5, 'right direction') < 0 ? -1 : 1;
  const db = new DriveBase(
    { motor: l.motor, forward: leftSign },
    { motor: rr.motor, forward: rightSign },
    wd,
    at,
    () => r.imu.heading,
  );
  db.stop();
  r.driveBase = db;
  return db;
}

/**
 * settings(straight_speed, straight_acceleration, turn_rate, turn_acceleration): NaN keeps a
 * value. Pybricks takes magnitudes; zero would never finish a manoeuvre, so the floor is 1.
 */
export function applySettings(db: DriveBase, args: readonly number[]): number[] {
  const s = db.settings;
  const ss = A.numOrKeep(args, 0, 'straight_speed');
  const sa = A.numOrKeep(args, 1, 'straight_acceleration');
  const tr = A.numOrKeep(args, 2, 'turn_rate');
  const ta = A.numOrKeep(args, 3, 'turn_acceleration');
  if (ss !== null) s.straightSpeed = A.clamp(Math.abs(ss), 1, db.maxSpeed);
  if (sa !== null) s.straightAcceleration = A.clamp(Math.abs(sa), 1, 1e5);
  if (tr !== null) s.turnRate = A.clamp(Math.abs(tr), 1, db.maxTurnRate);
  if (ta !== null) s.turnAcceleration = A.clamp(Math.abs(ta), 1, 1e5);
  return [s.straightSpeed, s.straightAcceleration, s.turnRate, s.turnAcceleration];
}
