/**
 * Sumo rings as data: the ring profiles of the competition rules, the painted arena and the
 * start poses. The ring is paint on a flat floor (no raised dohyo): a robot is out as soon as
 * any part of its footprint is past the outer edge, which on a real raised mat is the moment
 * it would touch the floor.
 */
import type { ArenaSpec, FloorShape, Mm, Pose2 } from '../types.ts';

export type SumoRingId = 'school' | 'mini' | 'standard';

/** The ring ids, default first. */
export const SUMO_RING_IDS: readonly SumoRingId[] = ['school', 'mini', 'standard'];

type Rgb = [number, number, number];

const WHITE: Rgb = [245, 245, 245];
const BLACK: Rgb = [20, 20, 20];
/** Floor around the ring: mid grey, clearly neither the black nor the white of any ring. */
const FLOOR_GREY: Rgb = [128, 128, 128];
/** Shikiri lines on the black rings: brown, as the rules ask. */
const BROWN: Rgb = [120, 72, 36];
/**
 * Shikiri lines on the white school ring: yellow, bright. NB: a brown line on white would read
 * as dark as the black border to a reflection-threshold edge detector, and beginners' robots
 * would "see the edge" at their own start line.
 */
const YELLOW: Rgb = [235, 205, 40];

/** One ring profile (dimensions from the competition rules). */
export interface SumoRing {
  id: SumoRingId;
  /** Outer radius (mm); the border is part of the ring. */
  radius: Mm;
  /** Width of the border band at the edge (mm). */
  border: Mm;
  ringRgb: Rgb;
  borderRgb: Rgb;
  /** Start lines: distance from the ring centre to each line's inner edge, width, length. */
  lineGap: Mm;
  lineWidth: Mm;
  lineLength: Mm;
  lineRgb: Rgb;
  /**
   * Half the length of the longest robot the start poses leave room for: each robot's centre
   * is this far behind the outer edge of its line, so its front is just behind the line.
   */
  startHalfLength: Mm;
  /**
   * How a round or a match undecided on the ring is settled (time-up with equal points, no
   * progress): 'draw' (international rules) or 'nearer-centre' (school LEGO sumo).
   */
  tieRule: 'draw' | 'nearer-centre';
}

/**
 * The shipped rings.
 * - school: Ø1 m white ring with a 5 cm black border (LEGO school sumo); lines 20 cm apart.
 * - mini: Ø77 cm black ring, 2.5 cm white border; shikiri 1 cm × 10 cm, 10 cm apart.
 * - standard: Ø154 cm black dohyo, 5 cm white border; shikiri 2 cm × 20 cm, 20 cm apart.
 */
export const SUMO_RINGS: Readonly<Record<SumoRingId, SumoRing>> = {
  school: {
    id: 'school',
    radius: 500,
    border: 50,
    ringRgb: WHITE,
    borderRgb: BLACK,
    lineGap: 100,
    lineWidth: 20,
    lineLength: 200,
    lineRgb: YELLOW,
    // LEGO robots up to 24 cm long fit behind the line with their back 10 cm from the edge.
    startHalfLength: 120,
    tieRule: 'nearer-centre',
  },
  mini: {
    id: 'mini',
    radius: 385,
    border: 25,
    ringRgb: BLACK,
    borderRgb: WHITE,
    lineGap: 50,
    lineWidth: 10,
    lineLength: 100,
    lineRgb: BROWN,
    // A 10 × 10 cm mini-sumo robot plus a few mm of clearance.
    startHalfLength: 55,
    tieRule: 'draw',
  },
  standard: {
    id: 'standard',
    radius: 770,
    border: 50,
    ringRgb: BLACK,
    borderRgb: WHITE,
    lineGap: 100,
    lineWidth: 20,
    lineLength: 200,
    lineRgb: BROWN,
    startHalfLength: 120,
    tieRule: 'draw',
  },
};

/** The ring centre: the arena origin. */
export const RING_CENTRE = { x: 0, y: 0 } as const;

/** Distance from the ring centre to each robot's start centre (mm). */
export function sumoStartDistance(ring: SumoRing): Mm {
  return ring.lineGap + ring.lineWidth + ring.startHalfLength;
}

/**
 * Start poses on the y axis: robot A south of the centre facing north (heading 0), robot B
 * north facing south (heading 180), each with its front just behind its start line.
 */
export function sumoStarts(ring: SumoRing): Pose2[] {
  const d = sumoStartDistance(ring);
  return [
    { x: 0, y: -d, heading: 0 },
    { x: 0, y: d, heading: 180 },
  ];
}

/** The painted ring on a grey floor, with the two start lines. No walls, no cans. */
export function sumoArena(ring: SumoRing): ArenaSpec {
  const lineY = ring.lineGap + ring.lineWidth / 2;
  const line = (y: Mm): FloorShape => ({
    kind: 'rect',
    x: 0,
    y,
    sx: ring.lineLength,
    sy: ring.lineWidth,
    rgb: ring.lineRgb,
  });
  const inner = ring.radius - ring.border;
  // The floor is drawn a little wider than the ring so a robot pushed out stays in view.
  const half = ring.radius + 300;
  return {
    id: `sumo-${ring.id}`,
    bounds: { minX: -half, maxX: half, minY: -half, maxY: half },
    floorRgb: FLOOR_GREY,
    floor: [
      { kind: 'disc', x: 0, y: 0, r: inner, rgb: ring.ringRgb },
      { kind: 'ring', x: 0, y: 0, rInner: inner, rOuter: ring.radius, rgb: ring.borderRgb },
      line(-lineY),
      line(lineY),
    ],
    walls: [],
    cans: [],
  };
}
