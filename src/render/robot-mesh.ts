/**
 * A friendly robot model built from a RobotProfile's dimensions, in the robot frame: origin on
 * the floor under the robot centre, x right, y forward, z up (the frame of profile mounts).
 * Slot colour on the chassis, a lid with the slot letter and an arrow to the front, two
 * ultrasonic "eyes" at the front, colour sensors underneath, wheels that turn with the encoders.
 */
import {
  BoxGeometry,
  CanvasTexture,
  CylinderGeometry,
  Group,
  Mesh,
  MeshLambertMaterial,
  PlaneGeometry,
  SRGBColorSpace,
  SphereGeometry,
  type Material,
  type Object3D,
} from 'three';
import { RoundedBoxGeometry } from 'three/addons/geometries/RoundedBoxGeometry.js';
import type { RobotProfile } from '../../sim/types.ts';
import { disposeTree } from './arena-mesh.ts';
import { mmToM } from './frames.ts';
import { PALETTE } from './palette.ts';

export interface RobotModel {
  /** Robot-frame group: place it with the pose from robot-pose.ts under the physics root. */
  group: Group;
  /** Turn the wheels to the encoder angles (deg, positive = rolling forward). */
  setWheelAngles(leftDeg: number, rightDeg: number): void;
  dispose(): void;
}

export interface RobotModelOptions {
  /** Slot letter drawn on the lid ('A', 'B', …). */
  label: string;
  color: number;
  /** Makes the lid canvas (default: a DOM canvas); return null to skip the lid art. */
  createCanvas?: (w: number, h: number) => HTMLCanvasElement | OffscreenCanvas | null;
}

const hex = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

/** The lid art: light rounded panel, a chevron pointing forward (canvas top = +y), the letter. */
function drawLid(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  size: number,
  label: string,
  color: number,
): void {
  const s = size;
  ctx.fillStyle = '#f7f5ef';
  ctx.beginPath();
  ctx.roundRect(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.14);
  ctx.fill();
  ctx.fillStyle = hex(color);
  ctx.beginPath();
  ctx.moveTo(s * 0.5, s * 0.08);
  ctx.lineTo(s * 0.78, s * 0.3);
  ctx.lineTo(s * 0.22, s * 0.3);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#1d2228';
  ctx.font = `bold ${Math.round(s * 0.52)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, s * 0.5, s * 0.64);
}

function makeLid(opts: RobotModelOptions, w: number, l: number): Mesh | null {
  const size = 256;
  const canvas =
    opts.createCanvas === undefined
      ? Object.assign(document.createElement('canvas'), { width: size, height: size })
      : opts.createCanvas(size, size);
  const ctx = canvas?.getContext('2d') as CanvasRenderingContext2D | null;
  if (!canvas || !ctx) return null;
  drawLid(ctx, size, opts.label, opts.color);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  const side = Math.min(w, l) * 0.82;
  const lid = new Mesh(
    new PlaneGeometry(side, side),
    new MeshLambertMaterial({ map: texture, transparent: true }),
  );
  lid.name = 'lid';
  return lid;
}

function makeWheel(profile: RobotProfile, side: -1 | 1, mats: Record<string, Material>): Group {
  const r = mmToM(profile.wheels.diameter / 2);
  const w = mmToM(profile.wheels.width);
  const wheel = new Group();
  wheel.name = side < 0 ? 'wheel-left' : 'wheel-right';
  wheel.position.set((side * mmToM(profile.wheels.axleTrack)) / 2, mmToM(profile.wheels.axleY), r);
  // Cylinders stand on Y; lay them on X (the axle).
  const tyre = new Mesh(new CylinderGeometry(r, r, w, 28).rotateZ(Math.PI / 2), mats.tyre);
  const hub = new Mesh(
    new CylinderGeometry(r * 0.62, r * 0.62, w + 0.002, 20).rotateZ(Math.PI / 2),
    mats.hub,
  );
  // A dark spoke across the hub makes the rotation visible.
  const spoke = new Mesh(new BoxGeometry(w + 0.003, r * 0.22, r * 1.2), mats.tyre);
  for (const m of [tyre, hub, spoke]) m.castShadow = true;
  wheel.add(tyre, hub, spoke);
  return wheel;
}

/** Build the model of one robot. */
export function buildRobot(profile: RobotProfile, opts: RobotModelOptions): RobotModel {
  const mats = {
    body: new MeshLambertMaterial({ color: opts.color }),
    tyre: new MeshLambertMaterial({ color: PALETTE.tyre }),
    hub: new MeshLambertMaterial({ color: PALETTE.hub }),
    dark: new MeshLambertMaterial({ color: PALETTE.sensorDark }),
    lens: new MeshLambertMaterial({
      color: PALETTE.sensorLens,
      emissive: PALETTE.sensorLens,
      emissiveIntensity: 0.35,
    }),
    eye: new MeshLambertMaterial({ color: 0xf4f4f0 }),
    caster: new MeshLambertMaterial({ color: PALETTE.caster }),
  };
  const c = profile.chassis;
  const L = mmToM(c.length);
  const W = mmToM(c.width);
  const H = mmToM(c.height);
  const z0 = mmToM(c.clearance);
  const group = new Group();
  group.name = `robot:${opts.label}`;

  const chassis = new Mesh(new RoundedBoxGeometry(W, L, H, 3, Math.min(W, L, H) * 0.18), mats.body);
  chassis.name = 'chassis';
  chassis.position.set(0, 0, z0 + H / 2);
  chassis.castShadow = true;
  chassis.receiveShadow = true;
  group.add(chassis);

  const lid = makeLid(opts, W, L);
  if (lid) {
    lid.position.set(0, 0, z0 + H + 0.0008);
    group.add(lid);
  }

  const left = makeWheel(profile, -1, mats);
  const right = makeWheel(profile, 1, mats);
  group.add(left, right);

  const cr = mmToM(profile.caster.radius);
  const caster = new Mesh(new SphereGeometry(cr, 16, 12), mats.caster);
  caster.position.set(0, mmToM(profile.caster.y), cr);
  group.add(caster);

  // Ultrasonic "eyes": a dark housing with two white rings and dark pupils, looking forward.
  const us = profile.ultrasonic;
  const eyeR = Math.min(0.011, W * 0.12);
  const front = Math.max(mmToM(us.y), L / 2 + 0.002);
  const usZ = Math.max(mmToM(us.z), z0 + eyeR + 0.002);
  const housing = new Mesh(new BoxGeometry(eyeR * 5.2, 0.014, eyeR * 2.6), mats.dark);
  housing.position.set(mmToM(us.x), front, usZ);
  housing.castShadow = true;
  group.add(housing);
  for (const sx of [-1, 1]) {
    const eye = new Mesh(new CylinderGeometry(eyeR, eyeR, 0.006, 20), mats.eye);
    eye.position.set(mmToM(us.x) + sx * eyeR * 1.25, front + 0.009, usZ);
    const pupil = new Mesh(new CylinderGeometry(eyeR * 0.55, eyeR * 0.55, 0.007, 16), mats.dark);
    pupil.position.copy(eye.position);
    pupil.position.y += 0.001;
    group.add(eye, pupil);
  }

  // Colour sensors: small dark blocks under the chassis with a glowing lens facing the floor.
  for (const m of [profile.colorLeft, profile.colorRight]) {
    const bottom = Math.max(0.004, mmToM(m.z));
    const top = Math.max(bottom + 0.006, z0 + 0.004);
    const block = new Mesh(new BoxGeometry(0.016, 0.016, top - bottom), mats.dark);
    block.position.set(mmToM(m.x), mmToM(m.y), (top + bottom) / 2);
    const lens = new Mesh(
      new CylinderGeometry(0.005, 0.005, 0.001, 12).rotateX(Math.PI / 2),
      mats.lens,
    );
    lens.position.set(mmToM(m.x), mmToM(m.y), bottom - 0.0006);
    group.add(block, lens);
  }

  // Front bumper at the touch sensor.
  const bumper = new Mesh(new BoxGeometry(W * 0.7, 0.006, Math.min(0.012, H * 0.4)), mats.hub);
  bumper.position.set(
    mmToM(profile.touch.x),
    Math.max(mmToM(profile.touch.y), L / 2 + 0.003),
    Math.max(mmToM(profile.touch.z), z0 + 0.008),
  );
  group.add(bumper);

  const wheels: Object3D[] = [left, right];
  return {
    group,
    setWheelAngles(leftDeg, rightDeg) {
      // Rolling forward turns the top of the wheel towards +y: negative about +x.
      wheels[0].rotation.x = (-leftDeg * Math.PI) / 180;
      wheels[1].rotation.x = (-rightDeg * Math.PI) / 180;
    },
    dispose() {
      disposeTree(group);
      group.removeFromParent();
    },
  };
}
