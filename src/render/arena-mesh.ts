/**
 * The static arena as three.js objects, built in the physics frame (m, Z up; put the group
 * under the physics root): a painted floor board, a table beyond it, walls and cans.
 *
 * NB: a 16×16 maze has hundreds of wall boxes. They are ONE instanced mesh (one draw call, one
 * more for shadows), with side and top colours baked as vertex colours, so the top view shows
 * crisp dark wall tops on the light floor.
 */
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  Color,
  CylinderGeometry,
  Group,
  InstancedMesh,
  LinearMipmapLinearFilter,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Path,
  PlaneGeometry,
  Quaternion,
  SRGBColorSpace,
  Shape,
  ShapeGeometry,
  Vector3,
  type Material,
  type Texture,
} from 'three';
import type { ArenaSpec, CanSpec, WallBox } from '../../sim/types.ts';
import { floorLayout, paintFloor, type FloorContext } from './floor-painter.ts';
import { mmToM } from './frames.ts';
import { PALETTE } from './palette.ts';

export interface ArenaMeshes {
  /** Physics-frame group: add it under the physics root. */
  group: Group;
  /** Can meshes by can id; their origin is the can's base centre. */
  cans: Map<string, Mesh>;
  walls: InstancedMesh | null;
  /**
   * Lit floor (receives shadows) or unlit (same colours under this lighting, far cheaper per
   * pixel on software GL); and the floor texture's anisotropy.
   */
  setFloorQuality(lit: boolean, anisotropy: number): void;
  /** Floor bounds in metres (physics frame). */
  bounds: { minX: number; maxX: number; minY: number; maxY: number };
  dispose(): void;
}

export interface ArenaMeshOptions {
  /** Longest side of the floor texture (px). */
  maxTextureSize?: number;
  /** Makes the floor canvas (default: a DOM canvas). */
  createCanvas?: (w: number, h: number) => HTMLCanvasElement | OffscreenCanvas;
}

const BOARD_THICKNESS = 0.012;

/** Colour the faces of a box by their normal: up-facing faces `top`, the rest `side`. */
function colourByNormal(geometry: BufferGeometry, side: number, top: number, topAbove = 0.5): void {
  const normals = geometry.getAttribute('normal');
  const positions = geometry.getAttribute('position');
  const colours = new Float32Array(normals.count * 3);
  const cSide = new Color(side);
  const cTop = new Color(top);
  for (let i = 0; i < normals.count; i++) {
    const isTop = normals.getZ(i) > 0.5 || positions.getZ(i) > topAbove;
    (isTop ? cTop : cSide).toArray(colours, i * 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
}

interface Floor {
  mesh: Mesh;
  texture: Texture;
  lit: MeshLambertMaterial;
  unlit: MeshBasicMaterial;
}

function makeFloor(arena: ArenaSpec, opts: ArenaMeshOptions): Floor {
  const layout = floorLayout(arena.bounds, opts.maxTextureSize ?? 2048);
  const canvas =
    opts.createCanvas?.(layout.width, layout.height) ??
    Object.assign(document.createElement('canvas'), { width: layout.width, height: layout.height });
  const ctx = canvas.getContext('2d') as unknown as FloorContext | null;
  if (ctx) paintFloor(ctx, arena, layout);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.minFilter = LinearMipmapLinearFilter;
  const w = mmToM(arena.bounds.maxX - arena.bounds.minX);
  const h = mmToM(arena.bounds.maxY - arena.bounds.minY);
  const lit = new MeshLambertMaterial({ map: texture });
  const unlit = new MeshBasicMaterial({ map: texture });
  const mesh = new Mesh(new PlaneGeometry(w, h), lit);
  mesh.name = 'floor';
  mesh.position.set(
    mmToM((arena.bounds.minX + arena.bounds.maxX) / 2),
    mmToM((arena.bounds.minY + arena.bounds.maxY) / 2),
    0,
  );
  mesh.receiveShadow = true;
  return { mesh, texture, lit, unlit };
}

/**
 * The board's edge and the table around it. NB: neither overlaps the floor: on software
 * renderers (SwiftShader) every covered pixel costs, so nothing is drawn twice under the floor.
 */
function makeBoardAndTable(arena: ArenaSpec): Mesh[] {
  const b = {
    minX: mmToM(arena.bounds.minX),
    maxX: mmToM(arena.bounds.maxX),
    minY: mmToM(arena.bounds.minY),
    maxY: mmToM(arena.bounds.maxY),
  };
  const t = BOARD_THICKNESS;
  // The board's four edges: vertical strips from the table up to the floor.
  const w = b.maxX - b.minX;
  const h = b.maxY - b.minY;
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  const edgeGeometry = mergeQuads([
    { w, h: t, at: [cx, b.minY, -t / 2], rotX: Math.PI / 2, rotZ: 0 },
    { w, h: t, at: [cx, b.maxY, -t / 2], rotX: Math.PI / 2, rotZ: Math.PI },
    { w: h, h: t, at: [b.minX, cy, -t / 2], rotX: Math.PI / 2, rotZ: -Math.PI / 2 },
    { w: h, h: t, at: [b.maxX, cy, -t / 2], rotX: Math.PI / 2, rotZ: Math.PI / 2 },
  ]);
  const edge = new Mesh(edgeGeometry, new MeshLambertMaterial({ color: PALETTE.board }));
  edge.name = 'board';
  // The table: a large square with a hole where the board stands.
  const R = Math.max(w, h) * 4 + 8;
  const outer = new Shape()
    .moveTo(cx - R, cy - R)
    .lineTo(cx + R, cy - R)
    .lineTo(cx + R, cy + R)
    .lineTo(cx - R, cy + R)
    .lineTo(cx - R, cy - R);
  outer.holes.push(
    new Path()
      .moveTo(b.minX, b.minY)
      .lineTo(b.minX, b.maxY)
      .lineTo(b.maxX, b.maxY)
      .lineTo(b.maxX, b.minY)
      .lineTo(b.minX, b.minY),
  );
  // Unlit: a flat plane under even light is one colour anyway, and unlit pixels are cheapest.
  const table = new Mesh(new ShapeGeometry(outer), new MeshBasicMaterial({ color: PALETTE.table }));
  table.name = 'table';
  table.position.z = -t;
  return [edge, table];
}

interface Quad {
  w: number;
  h: number;
  at: [number, number, number];
  rotX: number;
  rotZ: number;
}

/** Several planes in one geometry (one draw call). */
function mergeQuads(quads: Quad[]): BufferGeometry {
  const parts = quads.map((q) =>
    new PlaneGeometry(q.w, q.h)
      .rotateX(q.rotX)
      .rotateZ(q.rotZ)
      .translate(...q.at)
      .toNonIndexed(),
  );
  const count = parts.reduce((a, g) => a + g.getAttribute('position').count, 0);
  const pos = new Float32Array(count * 3);
  const nor = new Float32Array(count * 3);
  let o = 0;
  for (const g of parts) {
    pos.set(g.getAttribute('position').array as Float32Array, o);
    nor.set(g.getAttribute('normal').array as Float32Array, o);
    o += g.getAttribute('position').count * 3;
    g.dispose();
  }
  const merged = new BufferGeometry();
  merged.setAttribute('position', new BufferAttribute(pos, 3));
  merged.setAttribute('normal', new BufferAttribute(nor, 3));
  return merged;
}

function makeWalls(walls: WallBox[]): InstancedMesh | null {
  if (walls.length === 0) return null;
  const geometry = new BoxGeometry(1, 1, 1).translate(0, 0, 0.5);
  colourByNormal(geometry, PALETTE.wallSide, PALETTE.wallTop, 2);
  const mesh = new InstancedMesh(
    geometry,
    new MeshLambertMaterial({ vertexColors: true }),
    walls.length,
  );
  mesh.name = 'walls';
  const m = new Matrix4();
  const q = new Quaternion();
  const p = new Vector3();
  const s = new Vector3();
  walls.forEach((wall, i) => {
    p.set(mmToM(wall.x), mmToM(wall.y), 0);
    s.set(mmToM(wall.sx), mmToM(wall.sy), mmToM(wall.height));
    mesh.setMatrixAt(i, m.compose(p, q, s));
  });
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
  mesh.castShadow = true;
  mesh.receiveShadow = true;
  return mesh;
}

function makeCan(can: CanSpec, material: Material): Mesh {
  const r = mmToM(can.radius);
  const h = mmToM(can.height);
  // Cylinders stand on Y in three; turn them onto Z (physics up) and put the origin at the base.
  const geometry = new CylinderGeometry(r, r, h, 28).rotateX(Math.PI / 2).translate(0, 0, h / 2);
  const bandFrom = h * 0.55;
  const positions = geometry.getAttribute('position');
  const colours = new Float32Array(positions.count * 3);
  const body = new Color(PALETTE.canBody);
  const band = new Color(PALETTE.canBand);
  for (let i = 0; i < positions.count; i++) {
    const z = positions.getZ(i);
    (z > bandFrom && z < h * 0.85 ? band : body).toArray(colours, i * 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  const mesh = new Mesh(geometry, material);
  mesh.name = `can.${can.id}`;
  mesh.position.set(mmToM(can.x), mmToM(can.y), 0);
  mesh.castShadow = true;
  mesh.receiveShadow = true;
  return mesh;
}

/** Build the arena's meshes. Call `dispose()` when the arena is replaced. */
export function buildArena(arena: ArenaSpec, opts: ArenaMeshOptions = {}): ArenaMeshes {
  const group = new Group();
  group.name = `arena:${arena.id}`;
  const floor = makeFloor(arena, opts);
  group.add(floor.mesh, ...makeBoardAndTable(arena));
  const walls = makeWalls(arena.walls);
  if (walls) group.add(walls);
  const canMaterial = new MeshLambertMaterial({ vertexColors: true });
  const cans = new Map<string, Mesh>();
  for (const c of arena.cans) {
    const mesh = makeCan(c, canMaterial);
    cans.set(c.id, mesh);
    group.add(mesh);
  }
  return {
    group,
    cans,
    walls,
    bounds: {
      minX: mmToM(arena.bounds.minX),
      maxX: mmToM(arena.bounds.maxX),
      minY: mmToM(arena.bounds.minY),
      maxY: mmToM(arena.bounds.maxY),
    },
    setFloorQuality(lit, anisotropy) {
      floor.mesh.material = lit ? floor.lit : floor.unlit;
      if (floor.texture.anisotropy !== anisotropy) {
        floor.texture.anisotropy = anisotropy;
        floor.texture.needsUpdate = true;
      }
    },
    dispose() {
      floor.texture.dispose();
      floor.lit.dispose();
      floor.unlit.dispose();
      disposeTree(group);
      group.removeFromParent();
    },
  };
}

/** Free the geometries and materials (and their maps) of everything under `root`. */
export function disposeTree(root: { traverse(fn: (o: unknown) => void): void }): void {
  const seen = new Set<object>();
  root.traverse((o) => {
    const m = o as Partial<Mesh>;
    if (m.geometry && !seen.has(m.geometry)) {
      seen.add(m.geometry);
      m.geometry.dispose();
    }
    const mats = m.material ? (Array.isArray(m.material) ? m.material : [m.material]) : [];
    for (const mat of mats as Material[]) {
      if (seen.has(mat)) continue;
      seen.add(mat);
      const map = (mat as MeshLambertMaterial).map;
      if (map) map.dispose();
      mat.dispose();
    }
    if (o instanceof InstancedMesh) o.dispose();
  });
}
