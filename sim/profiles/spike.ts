/**
 * SPIKE Prime driving base (the default robot), after LEGO's and Pybricks' published numbers.
 *
 * - Wheels: SPIKE 56 mm tyres, 14 mm wide; axle track 112 mm (the Pybricks DriveBase example
 *   for SPIKE uses `wheel_diameter=56, axle_track=112`).
 * - Motors: Technic medium angular motor (45603): 185 rpm no load (≈ 1110 deg/s), stall
 *   torque 18 N·cm. Pybricks limits run speeds to ≈ 1000 deg/s and uses 2000 deg/s²
 *   acceleration by default.
 * - Distance sensor (45604): 1–200 cm, reads 2000 mm when there is no echo.
 *
 * Port layout (robot_setup.py for SPIKE matches it):
 *   A left drive motor (mounted mirrored: Direction.COUNTERCLOCKWISE drives it forward),
 *   B right drive motor, C force sensor (front bumper), D ultrasonic (front),
 *   E left colour sensor, F right colour sensor; gyro = the hub's IMU.
 */
import type { RobotProfile } from '../types.ts';

export const spike: RobotProfile = {
  id: 'spike',
  hub: 'prime',
  chassis: { length: 140, width: 126, height: 80, clearance: 8, massG: 650 },
  wheels: { diameter: 56, width: 14, axleTrack: 112, axleY: 20 },
  caster: { y: -55, radius: 8 },
  motor: { maxSpeed: 1000, stallTorque: 180, acceleration: 2000, countsPerDegree: 1 },
  // 40 mm above the floor: below the 50 mm micromouse walls.
  ultrasonic: { x: 0, y: 70, z: 40, maxRange: 2000, noEcho: 2000, halfConeDeg: 8 },
  // 48 mm apart: both straddle a 20 mm line, ~8 mm above the floor as on LEGO builds.
  colorLeft: { x: -24, y: 62, z: 8 },
  colorRight: { x: 24, y: 62, z: 8 },
  touch: { x: 0, y: 70, z: 25 },
  ports: {
    A: { kind: 'motor', role: 'left_motor', mirrored: true },
    B: { kind: 'motor', role: 'right_motor' },
    C: { kind: 'force', role: 'touch' },
    D: { kind: 'ultrasonic', role: 'ultrasonic' },
    E: { kind: 'color', role: 'color_left' },
    F: { kind: 'color', role: 'color_right' },
  },
};
