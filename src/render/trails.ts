/**
 * Robot trails: the path the robot drove (a thin line) and the pen trail of `qadam.pen`
 * (an ink ribbon a few millimetres wide, so it reads like a marker at any zoom). Both live in
 * bounded buffers: when full, the oldest quarter is dropped.
 *
 * Points are taken from snapshots as they arrive (so nothing is lost when frames are slow) and
 * drawn up to the render time, so a trail never runs ahead of the robot.
 */
import {
  BufferAttribute,
  BufferGeometry,
  DynamicDrawUsage,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
} from 'three';

/** A bounded list of 2D segments (metres, physics frame) with the time each one ends. */
export class TrailBuffer {
  readonly segs: Float32Array;
  readonly times: Float64Array;
  count = 0;
  /** Bumped whenever old segments are dropped or everything is cleared. */
  epoch = 0;
  private last: { x: number; y: number } | null = null;

  constructor(
    readonly capacity = 8000,
    /** Points closer than this to the previous one are merged (m). */
    readonly minStep = 0.002,
  ) {
    this.segs = new Float32Array(capacity * 4);
    this.times = new Float64Array(capacity);
  }

  clear(): void {
    this.count = 0;
    this.last = null;
    this.epoch++;
  }

  /** Add a point; `connect` false lifts the pen (no segment from the previous point). */
  push(x: number, y: number, t: number, connect = true): void {
    const last = this.last;
    if (!connect || !last) {
      this.last = { x, y };
      return;
    }
    if (Math.hypot(x - last.x, y - last.y) < this.minStep) return;
    if (this.count === this.capacity) {
      const drop = Math.ceil(this.capacity / 4);
      this.segs.copyWithin(0, drop * 4, this.count * 4);
      this.times.copyWithin(0, drop, this.count);
      this.count -= drop;
      this.epoch++;
    }
    this.segs.set([last.x, last.y, x, y], this.count * 4);
    this.times[this.count] = t;
    this.count++;
    this.last = { x, y };
  }

  /** How many segments end at or before time `t` (segments are in time order). */
  countUntil(t: number): number {
    let n = this.count;
    while (n > 0 && this.times[n - 1] > t) n--;
    return n;
  }
}

/** Vertices per segment in each drawing style. */
const LINE_VERTS = 2;
const RIBBON_VERTS = 6;

/** Keeps a three object in step with a TrailBuffer, appending only what is new. */
class TrailDrawing {
  readonly geometry = new BufferGeometry();
  private readonly positions: Float32Array;
  private built = 0;
  private epoch = -1;

  constructor(
    readonly buffer: TrailBuffer,
    private readonly vertsPerSeg: number,
    private readonly z: number,
    private readonly halfWidth: number,
  ) {
    this.positions = new Float32Array(buffer.capacity * vertsPerSeg * 3);
    const attr = new BufferAttribute(this.positions, 3).setUsage(DynamicDrawUsage);
    this.geometry.setAttribute('position', attr);
    this.geometry.setDrawRange(0, 0);
  }

  /** Bring the geometry up to date and show the segments up to time `t`. */
  update(t: number): void {
    const b = this.buffer;
    if (this.epoch !== b.epoch) {
      this.epoch = b.epoch;
      this.built = 0;
    }
    if (this.built < b.count) {
      for (let i = this.built; i < b.count; i++) this.writeSegment(i);
      const attr = this.geometry.getAttribute('position') as BufferAttribute;
      const per = this.vertsPerSeg * 3;
      attr.clearUpdateRanges();
      attr.addUpdateRange(this.built * per, (b.count - this.built) * per);
      attr.needsUpdate = true;
      this.built = b.count;
      this.geometry.computeBoundingSphere();
    }
    this.geometry.setDrawRange(0, b.countUntil(t) * this.vertsPerSeg);
  }

  private writeSegment(i: number): void {
    const s = this.buffer.segs;
    const [x0, y0, x1, y1] = [s[i * 4], s[i * 4 + 1], s[i * 4 + 2], s[i * 4 + 3]];
    const p = this.positions;
    const o = i * this.vertsPerSeg * 3;
    const z = this.z;
    if (this.vertsPerSeg === LINE_VERTS) {
      p.set([x0, y0, z, x1, y1, z], o);
      return;
    }
    const len = Math.hypot(x1 - x0, y1 - y0) || 1;
    // Normal to the segment, and a small overlap along it so joints have no cracks.
    const nx = (-(y1 - y0) / len) * this.halfWidth;
    const ny = ((x1 - x0) / len) * this.halfWidth;
    const ex = ((x1 - x0) / len) * this.halfWidth * 0.5;
    const ey = ((y1 - y0) / len) * this.halfWidth * 0.5;
    const ax = x0 - ex;
    const ay = y0 - ey;
    const bx = x1 + ex;
    const by = y1 + ey;
    p.set(
      [
        ax + nx,
        ay + ny,
        z,
        ax - nx,
        ay - ny,
        z,
        bx + nx,
        by + ny,
        z,
        bx + nx,
        by + ny,
        z,
        ax - nx,
        ay - ny,
        z,
        bx - nx,
        by - ny,
        z,
      ],
      o,
    );
  }
}

/** The path and pen trail of one robot, as three objects in the physics frame. */
export class RobotTrails {
  readonly path = new TrailBuffer(6000);
  readonly pen = new TrailBuffer(12000, 0.0015);
  readonly pathObject: LineSegments;
  readonly penObject: Mesh;
  private readonly pathDrawing: TrailDrawing;
  private readonly penDrawing: TrailDrawing;
  private penWasOn = false;

  constructor(color: number, penColor: number) {
    this.pathDrawing = new TrailDrawing(this.path, LINE_VERTS, 0.0025, 0);
    this.penDrawing = new TrailDrawing(this.pen, RIBBON_VERTS, 0.0012, 0.002);
    this.pathObject = new LineSegments(
      this.pathDrawing.geometry,
      new LineBasicMaterial({ color, transparent: true, opacity: 0.75 }),
    );
    this.pathObject.name = 'path-trail';
    this.penObject = new Mesh(this.penDrawing.geometry, new MeshBasicMaterial({ color: penColor }));
    this.penObject.name = 'pen-trail';
    for (const o of [this.pathObject, this.penObject] as Object3D[]) o.frustumCulled = false;
  }

  /** Record a snapshot's robot position (m, physics frame) at time t. */
  record(x: number, y: number, t: number, penOn: boolean): void {
    this.path.push(x, y, t, true);
    this.pen.push(x, y, t, penOn && this.penWasOn);
    this.penWasOn = penOn;
  }

  clear(): void {
    this.path.clear();
    this.pen.clear();
    this.penWasOn = false;
  }

  update(t: number): void {
    this.pathDrawing.update(t);
    this.penDrawing.update(t);
  }

  dispose(): void {
    this.pathDrawing.geometry.dispose();
    this.penDrawing.geometry.dispose();
    (this.pathObject.material as LineBasicMaterial).dispose();
    (this.penObject.material as MeshBasicMaterial).dispose();
  }
}
