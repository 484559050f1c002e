/**
 * The physical body of one robot in a cannon-es world.
 *
 * Physics frame: metres, Z up, x east, y north; a robot's local frame has +x to its right,
 * +y forward, +z up, so a heading h (clockwise from north) maps local +y to (sin h, cos h).
 *
 * Parts: a chassis box and a thin front bumper (the force / touch sensor) in ONE body that
 * may only yaw (see below: the profile's caster ball is drawn but not simulated); two driven wheels, each a SPHERE body on a HingeConstraint whose
 * motor drives it. Spheres, not cannon's Cylinder: the Cylinder constructor calls Math.cos,
 * which differs between engines (DESIGN.md, determinism). The wheels collide with the floor
 * only; the chassis box is as wide as the outside of the wheels and stands in for them
 * against walls, cans and other robots.
 */
import { Body, Box, ContactMaterial, HingeConstraint, Material, Sphere, Vec3 } from 'cannon-es';
import type { World, Shape } from 'cannon-es';
import type { Pose2, RobotProfile } from '../types.ts';
import { cos, degToRad, headingQuat, sin } from '../math/dmath.ts';
import { STEP_MS } from '../world-types.ts';

/** Collision groups (bit masks). Robot i's chassis has its own bit so rays can skip it. */
export const GROUP = {
  GROUND: 1,
  WALL: 2,
  CAN: 4,
  WHEEL: 8,
} as const;
const ROBOT_SHIFT = 4;
/** At most this many robots in one world (one group bit each). */
export const MAX_ROBOTS = 8;
/** Every robot chassis bit. */
export const ALL_ROBOTS = ((1 << MAX_ROBOTS) - 1) << ROBOT_SHIFT;
/** The group bit of robot number `index` (robot order). */
export function robotGroup(index: number): number {
  return 1 << (ROBOT_SHIFT + index);
}

export const GRAVITY = 9.81;
const DT = STEP_MS / 1000;
/**
 * Mass of each wheel body as a fraction of the whole robot. Heavier than a real tyre (~4 %)
 * on purpose: cannon's Gauss–Seidel solver converges badly when a light wheel sits between a
 * heavy chassis and the floor, and the wheels then creep (measured with 4 %: +4.5 % distance
 * on straight(1000) and 1° heading drift). A sphere's rolling inertia (0.4·m·r²) stays tiny
 * next to the robot's, and the chassis gets the rest so the total is the profile's mass.
 */
const WHEEL_MASS_FRACTION = 0.25;
/**
 * Tyre grip, as a multiple of the motor's stall force at the rim. cannon-es cannot make the
 * friction limit follow the normal load (its limit is μ·g·(reduced mass of the pair), here
 * the wheel's own mass), so we set the limit directly. We chose grip over slip: LEGO tyres on
 * a mat stall the motor before they spin (a robot at a wall stops and hums, and its encoders
 * stay honest), which is also what Pybricks' stall logic expects.
 */
const GRIP_PER_STALL_FORCE = 1.3;
/** Sliding friction of chassis, cans and walls against each other and the floor. */
export const BODY_MU = 0.4;

/** Shared materials of one world. Contact materials are registered by `createRobotBody`. */
export interface WorldMaterials {
  ground: Material;
  wall: Material;
  body: Material;
}

/** Create the world's materials and their pairwise contact materials. */
export function createMaterials(world: World): WorldMaterials {
  const m: WorldMaterials = {
    ground: new Material('ground'),
    wall: new Material('wall'),
    body: new Material('body'),
  };
  // NB: cannon applies a friction limit as an impulse per step, so a coefficient μ must be
  // given as μ·dt to act as a force μ·m·g (DESIGN.md, measured pitfalls).
  const opts = {
    friction: BODY_MU * DT,
    restitution: 0,
    // Softer, better damped contacts (cannon's default is 3 steps): a robot pressed
    // against a wall or another robot chattered and bounced off with 3.
    contactEquationRelaxation: 10,
  };
  world.addContactMaterial(new ContactMaterial(m.body, m.ground, opts));
  world.addContactMaterial(new ContactMaterial(m.body, m.wall, opts));
  world.addContactMaterial(new ContactMaterial(m.body, m.body, opts));
  return m;
}

/** The cannon-es parts of one robot. */
export interface RobotBody {
  profile: RobotProfile;
  chassis: Body;
  /** [left, right]. */
  wheels: [Body, Body];
  /** [left, right]; body A is the chassis, axis = chassis +x (right). */
  hinges: [HingeConstraint, HingeConstraint];
  bumper: Shape;
  /** Height of the chassis centre above the floor at rest (m). */
  centreZ: number;
  wheelRadius: number;
  group: number;
}

/** A point of the robot's local frame (mm, origin on the floor below the centre) in metres. */
function mm(v: number): number {
  return v / 1000;
}

/** Build a robot's bodies at `pose` and add them (and their hinges) to `world`. */
export function createRobotBody(
  world: World,
  mats: WorldMaterials,
  profile: RobotProfile,
  pose: Pose2,
  index: number,
): RobotBody {
  const { chassis: c, wheels: w } = profile;
  const group = robotGroup(index);
  const massKg = c.massG / 1000;
  const wheelMass = massKg * WHEEL_MASS_FRACTION;
  const centreZ = mm(c.clearance + c.height / 2);
  const r = mm(w.diameter / 2);

  const [qx, qy, qz, qw] = headingQuat(pose.heading);
  const h = degToRad(pose.heading);
  const ch = cos(h);
  const sh = sin(h);
  const toWorld = (lx: number, ly: number, z: number): Vec3 =>
    new Vec3(mm(pose.x) + lx * ch + ly * sh, mm(pose.y) - lx * sh + ly * ch, z);

  // NB: linear/angular damping must be 0: cannon applies damping with Math.pow(1 - d, dt),
  // which differs between engines; with d = 0 it is pow(1, dt) = 1 exactly everywhere.
  const chassis = new Body({
    mass: massKg - 2 * wheelMass,
    position: toWorld(0, 0, centreZ),
    material: mats.body,
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: group,
    collisionFilterMask: GROUP.GROUND | GROUP.WALL | GROUP.CAN | (ALL_ROBOTS & ~group),
    allowSleep: false,
  });
  chassis.quaternion.set(qx, qy, qz, qw);
  // The chassis only yaws: no pitch or roll. Arenas are flat floors, and a free-pitching
  // chassis on two wheels and a caster let wheels lift when pushing a wall (cannon's friction
  // does not follow the normal load), so they spun and the encoders ran on. With pitch
  // locked the wheels carry the robot and the caster is not needed as a collision shape.
  chassis.angularFactor.set(0, 0, 1);
  const box = new Box(new Vec3(mm(c.width / 2), mm(c.length / 2), mm(c.height / 2)));
  box.material = mats.body;
  chassis.addShape(box);
  // The bumper sticks 6 mm out of the front so it is what touches first.
  const bumper = new Box(new Vec3(Math.min(mm(c.width / 2) - 0.005, 0.03), 0.003, 0.012));
  bumper.material = mats.body;
  chassis.addShape(
    bumper,
    new Vec3(mm(profile.touch.x), mm(c.length / 2) + 0.003, mm(profile.touch.z) - centreZ),
  );
  // NB: angularFactor only filters the solver's output; the solver itself must also see the
  // chassis as unable to pitch or roll, or motor/hinge impulses leak into a rotation that is
  // then thrown away (a coasting robot kept rolling at 13 mm/s). Zero those inverse inertias.
  chassis.invInertia.x = 0;
  chassis.invInertia.y = 0;
  chassis.updateInertiaWorld(true);
  world.addBody(chassis);

  // Tyre friction per wheel: see GRIP_PER_STALL_FORCE. cannon's limit per step is
  // friction·g·m_wheel (impulse), so friction = F·dt / (g·m_wheel).
  const tyre = new Material(`tyre-${index}`);
  const gripForce = (GRIP_PER_STALL_FORCE * profile.motor.stallTorque) / 1000 / r;
  world.addContactMaterial(
    new ContactMaterial(tyre, mats.ground, {
      friction: (gripForce * DT) / (GRAVITY * wheelMass),
      restitution: 0,
    }),
  );

  const makeWheel = (side: -1 | 1): [Body, HingeConstraint] => {
    const lx = (side * mm(w.axleTrack)) / 2;
    const wheel = new Body({
      mass: wheelMass,
      position: toWorld(lx, mm(w.axleY), r),
      material: tyre,
      linearDamping: 0,
      angularDamping: 0,
      collisionFilterGroup: GROUP.WHEEL,
      collisionFilterMask: GROUP.GROUND,
      allowSleep: false,
    });
    wheel.quaternion.set(qx, qy, qz, qw);
    const tyreShape = new Sphere(r);
    tyreShape.material = tyre;
    wheel.addShape(tyreShape);
    world.addBody(wheel);
    const hinge = new HingeConstraint(chassis, wheel, {
      pivotA: new Vec3(lx, mm(w.axleY), r - centreZ),
      axisA: new Vec3(1, 0, 0),
      pivotB: new Vec3(0, 0, 0),
      axisB: new Vec3(1, 0, 0),
      collideConnected: false,
    });
    hinge.enableMotor();
    hinge.setMotorSpeed(0);
    hinge.setMotorMaxForce(0);
    world.addConstraint(hinge);
    return [wheel, hinge];
  };
  const [left, leftHinge] = makeWheel(-1);
  const [right, rightHinge] = makeWheel(1);
  return {
    profile,
    chassis,
    wheels: [left, right],
    hinges: [leftHinge, rightHinge],
    bumper,
    centreZ,
    wheelRadius: r,
    group,
  };
}
