/**
 * Kegelring: a Ø1 m white ring with a 50 mm black border, eight light cans (Ø70 mm, 120 mm)
 * placed from the seed, the robot in the centre. The ring is paint on a flat floor.
 */
import { createRng } from '../math/prng.ts';
import type { ArenaSpec, CanSpec, Mm, Pose2 } from '../types.ts';

export const KEGELRING_RADIUS: Mm = 500;
export const KEGELRING_BORDER: Mm = 50;
export const CAN_RADIUS: Mm = 35;
export const CAN_HEIGHT: Mm = 120;
/** An empty drinks can: light, so a school robot pushes it easily. */
export const CAN_MASS_G = 30;
export const CAN_COUNT = 8;
/** Cans stand at least this far from the centre (the robot starts there) … */
const CLEAR_CENTRE: Mm = 220;
/** … and at least this far apart (centre to centre). */
const MIN_GAP: Mm = 130;

type Rgb = [number, number, number];

/** Eight cans inside the white part of the ring, apart from each other and from the robot. */
export function kegelringCans(seed: number): CanSpec[] {
  const rng = createRng(seed ^ 0x6e9e1);
  const maxR = KEGELRING_RADIUS - KEGELRING_BORDER - CAN_RADIUS - 10;
  const cans: CanSpec[] = [];
  for (let tries = 0; cans.length < CAN_COUNT && tries < 10_000; tries++) {
    const x = (rng.next() * 2 - 1) * maxR;
    const y = (rng.next() * 2 - 1) * maxR;
    const r = Math.sqrt(x * x + y * y);
    if (r > maxR || r < CLEAR_CENTRE) continue;
    const tooClose = (c: CanSpec) => {
      const dx = c.x - x;
      const dy = c.y - y;
      return dx * dx + dy * dy < MIN_GAP * MIN_GAP;
    };
    if (cans.some(tooClose)) continue;
    cans.push({
      id: `c${cans.length + 1}`,
      x: Math.round(x),
      y: Math.round(y),
      radius: CAN_RADIUS,
      height: CAN_HEIGHT,
      massG: CAN_MASS_G,
    });
  }
  if (cans.length < CAN_COUNT) throw new Error('kegelring: could not place the cans');
  return cans;
}

export function kegelringArena(seed: number): { arena: ArenaSpec; start: Pose2 } {
  const white: Rgb = [245, 245, 245];
  const black: Rgb = [20, 20, 20];
  const grey: Rgb = [128, 128, 128];
  const rng = createRng(seed ^ 0x51a27);
  // The robot starts in the centre facing a direction drawn from the seed (multiples of 45°).
  const heading = Math.floor(rng.next() * 8) * 45;
  return {
    arena: {
      id: 'kegelring',
      bounds: { minX: -800, maxX: 800, minY: -800, maxY: 800 },
      floorRgb: grey,
      floor: [
        { kind: 'disc', x: 0, y: 0, r: KEGELRING_RADIUS, rgb: white },
        {
          kind: 'ring',
          x: 0,
          y: 0,
          rInner: KEGELRING_RADIUS - KEGELRING_BORDER,
          rOuter: KEGELRING_RADIUS,
          rgb: black,
        },
      ],
      walls: [],
      cans: kegelringCans(seed),
    },
    start: { x: 0, y: 0, heading: heading > 180 ? heading - 360 : heading },
  };
}
