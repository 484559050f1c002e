/** The sumo task: two robots on a painted ring, judged by the sumo rules. */
import {
  SUMO_RING_IDS,
  SUMO_RINGS,
  sumoArena,
  sumoStarts,
  type SumoRingId,
} from '../arena/sumo.ts';
import { SUMO_RULES, sumoReferee } from '../referee/sumo.ts';
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
];

/**
 * Default robot per ring: minisumo (10 × 10 cm, 500 g) on the mini ring it is made for; spike
 * on the school ring and on the standard dohyo (the LEGO kit students have: a standard-class
 * robot is bigger than any profile we ship, and spike is the app's default).
 */
const DEFAULT_PROFILE = { school: 'spike', mini: 'minisumo', standard: 'spike' } as const;

/**
 * The sumo task definition. The ring and start poses are fixed by the rules, so the seed does
 * not change the field; it still seeds the world (sensor noise).
 */
export const sumoTask: TaskDef = {
  id: 'sumo',
  robots: 2,
  params: PARAMS,
  description: 'Robot sumo: push the other robot out of the ring; first to 2 points wins.',
  create(_seed, raw): TaskSetup {
    const p = parseParams('sumo', PARAMS, raw);
    const ring = SUMO_RINGS[p.ring as SumoRingId];
    return {
      arena: sumoArena(ring),
      starts: sumoStarts(ring),
      timeLimitMs: SUMO_RULES.matchMs,
      referee: sumoReferee(ring),
      defaultProfile: DEFAULT_PROFILE[ring.id],
      params: p,
    };
  },
};
