/**
 * Mini-sumo robot: 100 × 100 mm footprint, 500 g (the mini-sumo class limits), programmed
 * through the same Pybricks API as the SPIKE robot (hub = 'prime', same port layout).
 *
 * - Wheels: 34 mm, 10 mm wide, axle track 80 mm, axle behind the centre; a low front scoop
 *   rides on the "caster".
 * - Motors: geared micro motors, slow and strong: 600 deg/s, 300 N·mm stall at the wheel.
 * - Ultrasonic at the front, 30 mm up; colour sensors at the two front corners to see the
 *   white ring border (edge detection).
 */
import type { RobotProfile } from '../types.ts';

export const minisumo: RobotProfile = {
  id: 'minisumo',
  hub: 'prime',
  chassis: { length: 100, width: 100, height: 45, clearance: 4, massG: 500 },
  wheels: { diameter: 34, width: 10, axleTrack: 80, axleY: -15 },
  caster: { y: 38, radius: 4 },
  motor: { maxSpeed: 600, stallTorque: 300, acceleration: 4000, countsPerDegree: 1 },
  ultrasonic: { x: 0, y: 50, z: 30, maxRange: 2000, noEcho: 2000, halfConeDeg: 8 },
  colorLeft: { x: -42, y: 44, z: 4 },
  colorRight: { x: 42, y: 44, z: 4 },
  touch: { x: 0, y: 50, z: 15 },
  ports: {
    A: { kind: 'motor', role: 'left_motor', mirrored: true },
    B: { kind: 'motor', role: 'right_motor' },
    C: { kind: 'force', role: 'touch' },
    D: { kind: 'ultrasonic', role: 'ultrasonic' },
    E: { kind: 'color', role: 'color_left' },
    F: { kind: 'color', role: 'color_right' },
  },
};
