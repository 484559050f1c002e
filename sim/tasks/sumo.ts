/** The sumo task: two robots on a painted ring, judged by the sumo rules. */
import {
  SUMO_RING_IDS,
  SUMO_RINGS,
  sumoArena,
  sumoStarts,
  type SumoRingId,
} from '../arena/sumo.ts';
import { SUMO_RULES, sumoReferee } from '../referee/sumo.ts';
import { normalizeDeg } from '../math/dmath.ts';
import { createRng } from '../math/prng.ts';
import type { Pose2 } from '../types.ts';
import { parseParams } from './params.ts';
import type { ParamSpec, TaskDef, TaskSetup } from './types.ts';

const PARAMS: readonly ParamSpec[] = [
  {
    key: 'ring',
    type: 'enum',
    default: 'school',
    choices: SUMO_RING_IDS,
    description:
      'school: Ø1 m white ring, black border; mini: Ø77 cm black ring; standard: Ø154 cm black dohyo',
  },
  {
    key: 'time',
    type: 'int',
    default: SUMO_RULES.matchMs / 1000,
    min: 30,
    max: 600,
    description: 'match clock in seconds (the rules: 180; shorter for practice rounds)',
  },
];

/**
 * Default robot per ring: minisumo (10 × 10 cm, 500 g) on the mini ring it is made for; spike
 * on the school ring and on the standard dohyo (the LEGO kit students have: a standard-class
 * robot is bigger than any profile we ship, and spike is the app's default).
 */
const DEFAULT_PROFILE = { school: 'spike', mini: 'minisumo', standard: 'spike' } as const;

/** Largest start-pose variation the seed draws: sideways along the start line, and turn. */
const JITTER_MM = 25;
const JITTER_DEG = 20;

/**
 * Start poses behind the lines, varied by the seed (a robot is never placed exactly the same
 * way twice by hand): each robot moves up to 25 mm along its line and turns up to 20°, so a
 * program that only works from one exact pose does not win every seed.
 */
function variedStarts(ring: (typeof SUMO_RINGS)[SumoRingId], seed: number): Pose2[] {
  if (seed === 0) return sumoStarts(ring);
  const rng = createRng(seed ^ 0x5e30);
  return sumoStarts(ring).map((p) => ({
    x: p.x + (rng.next() * 2 - 1) * JITTER_MM,
    y: p.y,
    heading: normalizeDeg(p.heading + (rng.next() * 2 - 1) * JITTER_DEG),
  }));
}

/**
 * The sumo task definition. The ring is fixed by the rules; the seed varies the start poses
 * (seed 0 gives the exact poses of the rules) and seeds the world (sensor noise).
 */
export const sumoTask: TaskDef = {
  id: 'sumo',
  robots: 2,
  params: PARAMS,
  description: 'Robot sumo: push the other robot out of the ring; first to 2 points wins.',
  create(seed, raw): TaskSetup {
    const p = parseParams('sumo', PARAMS, raw);
    const ring = SUMO_RINGS[p.ring as SumoRingId];
    const matchMs = (p.time as number) * 1000;
    return {
      arena: sumoArena(ring),
      starts: variedStarts(ring, seed),
      timeLimitMs: matchMs,
      referee: sumoReferee(ring, matchMs),
      defaultProfile: DEFAULT_PROFILE[ring.id],
      params: p,
    };
  },
};
