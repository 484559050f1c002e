/** The kegelring task: push all eight cans out of the ring, staying in it yourself. */
import { CAN_COUNT, KEGELRING_RADIUS, kegelringArena } from '../arena/kegelring.ts';
import { kegelringReferee } from '../referee/kegelring.ts';
import { parseParams, timeLimitParam } from './params.ts';
import type { ParamSpec, TaskDef, TaskSetup } from './types.ts';

const PARAMS: readonly ParamSpec[] = [timeLimitParam(120)];

export const kegelringTask: TaskDef = {
  id: 'kegelring',
  robots: 1,
  params: PARAMS,
  description: 'Push all eight cans out of the Ø1 m ring without leaving it for more than 5 s.',
  create(seed, raw): TaskSetup {
    const p = parseParams('kegelring', PARAMS, raw);
    const timeLimitMs = (p.time as number) * 1000;
    const { arena, start } = kegelringArena(seed);
    return {
      arena,
      starts: [start],
      timeLimitMs,
      referee: kegelringReferee({ radius: KEGELRING_RADIUS, cans: CAN_COUNT, timeLimitMs }),
      defaultProfile: 'spike',
      params: { time: p.time },
    };
  },
};
