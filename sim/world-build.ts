/**
 * Static and loose parts of an arena as cannon-es bodies: the floor plane, ALL walls in one
 * static body, and the cans.
 */
import { Body, Box, ConvexPolyhedron, Plane, Vec3 } from 'cannon-es';
import type { World } from 'cannon-es';
import type { ArenaSpec, CanSpec } from './types.ts';
import { ALL_ROBOTS, GROUP } from './robot/body.ts';
import type { WorldMaterials } from './robot/body.ts';
import { cos, PI, sin } from './math/dmath.ts';

/** The floor: an infinite static plane at z = 0, with a material so contact materials apply. */
export function addFloor(world: World, mats: WorldMaterials): Body {
  const floor = new Body({
    mass: 0,
    material: mats.ground,
    collisionFilterGroup: GROUP.GROUND,
    collisionFilterMask: -1,
  });
  // NB: contact materials are looked up per SHAPE first; a shape without a material falls
  // back to the bodies' pair, which would give the frictionless caster the chassis' friction.
  const plane = new Plane();
  plane.material = mats.ground;
  floor.addShape(plane);
  world.addBody(floor);
  return floor;
}

/**
 * Every wall in ONE static body with one Box shape each: 578 separate static bodies made a
 * 16×16 maze 17× slower (DESIGN.md, measured). The body sits at the origin and is built
 * before it is added, so its AABB is computed from its final pose (a static body moved after
 * construction keeps a stale AABB and rays miss it).
 */
export function addWalls(world: World, arena: ArenaSpec, mats: WorldMaterials): Body | null {
  if (arena.walls.length === 0) return null;
  const walls = new Body({
    mass: 0,
    material: mats.wall,
    collisionFilterGroup: GROUP.WALL,
    collisionFilterMask: GROUP.CAN | ALL_ROBOTS,
  });
  for (const w of arena.walls) {
    const half = new Vec3(w.sx / 2000, w.sy / 2000, w.height / 2000);
    const box = new Box(half);
    box.material = mats.wall;
    walls.addShape(box, new Vec3(w.x / 1000, w.y / 1000, w.height / 2000));
  }
  walls.aabbNeedsUpdate = true;
  world.addBody(walls);
  return walls;
}

/** Sides of the polygonal prism standing in for a can's cylinder. */
const CAN_SIDES = 16;

/**
 * A can: a light dynamic body shaped as a 16-sided prism. Not cannon's Cylinder: its
 * constructor uses Math.cos/sin, which differ between engines; this prism is built with our
 * deterministic dmath, so its vertices are the same bits everywhere.
 */
export function addCan(world: World, can: CanSpec, mats: WorldMaterials): Body {
  const r = can.radius / 1000;
  const hz = can.height / 2000;
  const verts: Vec3[] = [];
  for (let i = 0; i < CAN_SIDES; i++) {
    const a = (2 * PI * i) / CAN_SIDES;
    verts.push(new Vec3(r * cos(a), r * sin(a), -hz));
  }
  for (let i = 0; i < CAN_SIDES; i++) {
    const a = (2 * PI * i) / CAN_SIDES;
    verts.push(new Vec3(r * cos(a), r * sin(a), hz));
  }
  const faces: number[][] = [];
  // Bottom (normal −z): clockwise seen from above; top (normal +z): counter-clockwise.
  faces.push(Array.from({ length: CAN_SIDES }, (_, i) => CAN_SIDES - 1 - i));
  faces.push(Array.from({ length: CAN_SIDES }, (_, i) => CAN_SIDES + i));
  for (let i = 0; i < CAN_SIDES; i++) {
    const j = (i + 1) % CAN_SIDES;
    faces.push([i, j, CAN_SIDES + j, CAN_SIDES + i]);
  }
  const body = new Body({
    mass: can.massG / 1000,
    material: mats.body,
    position: new Vec3(can.x / 1000, can.y / 1000, hz),
    // NB: damping 0 — cannon's damping uses Math.pow, which differs between engines.
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: GROUP.CAN,
    collisionFilterMask: GROUP.GROUND | GROUP.WALL | GROUP.CAN | ALL_ROBOTS,
    allowSleep: false,
  });
  const shape = new ConvexPolyhedron({ vertices: verts, faces });
  shape.material = mats.body;
  body.addShape(shape);
  world.addBody(body);
  return body;
}
