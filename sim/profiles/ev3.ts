/**
 * EV3 educator-style driving base.
 *
 * - Wheels: 56 × 28 mm tyres; axle track 104 mm (Pybricks' EV3 DriveBase example uses
 *   `wheel_diameter=55.5, axle_track=104`).
 * - Motors: EV3 large motor: 160–170 rpm no load, stall torque ≈ 40 N·cm; Pybricks uses
 *   ≈ 800 deg/s as the rated top speed.
 * - Ultrasonic: reads 2550 mm when there is no echo.
 *
 * Port layout (robot_setup.py for EV3 matches it). The EV3 brick has only four sensor ports,
 * so this robot has ONE colour sensor, centred at the front (role `color_left`;
 * robot_setup gives `color_right = None`). `colorRight` repeats the same mount so the
 * dashboard shows the same reading twice rather than a phantom sensor.
 *   B left drive motor, C right drive motor (both mounted so that clockwise drives forward,
 *   as Pybricks' EV3 examples use them with no Direction),
 *   S1 touch sensor (front bumper), S2 gyro, S3 colour (centre front), S4 ultrasonic.
 */
import type { RobotProfile } from '../types.ts';

export const ev3: RobotProfile = {
  id: 'ev3',
  hub: 'ev3',
  chassis: { length: 170, width: 132, height: 110, clearance: 8, massG: 950 },
  wheels: { diameter: 56, width: 28, axleTrack: 104, axleY: 25 },
  caster: { y: -65, radius: 9 },
  motor: { maxSpeed: 800, stallTorque: 400, acceleration: 1600, countsPerDegree: 1 },
  ultrasonic: { x: 0, y: 85, z: 45, maxRange: 2550, noEcho: 2550, halfConeDeg: 10 },
  colorLeft: { x: 0, y: 75, z: 8 },
  colorRight: { x: 0, y: 75, z: 8 },
  touch: { x: 0, y: 85, z: 25 },
  ports: {
    B: { kind: 'motor', role: 'left_motor' },
    C: { kind: 'motor', role: 'right_motor' },
    S1: { kind: 'touch', role: 'touch' },
    S2: { kind: 'gyro', role: 'gyro' },
    S3: { kind: 'color', role: 'color_left' },
    S4: { kind: 'ultrasonic', role: 'ultrasonic' },
  },
  gyroPort: 'S2',
};
