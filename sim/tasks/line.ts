/**
 * The line-following task ("Траектория"): follow a 20 mm black line from the start to the
 * finish without leaving it. The seed draws the track's variant.
 */
import {
  LINE_TRACK_IDS,
  lineArena,
  lineTrackFromSeed,
  type LineTrackId,
} from '../arena/line-track.ts';
import { lineReferee } from '../referee/line.ts';
import { parseParams, timeLimitParam } from './params.ts';
import type { ParamSpec, TaskDef, TaskSetup } from './types.ts';

const PARAMS: readonly ParamSpec[] = [
  {
    key: 'track',
    type: 'enum',
    default: 'oval',
    choices: LINE_TRACK_IDS,
    description:
      'oval: two straights and two curves; curves: S-bends down to 150 mm radius; corners: right angles; eight: a figure-eight that crosses itself',
  },
  timeLimitParam(120),
];

export const lineTask: TaskDef = {
  id: 'line',
  robots: 1,
  params: PARAMS,
  description: 'Follow the black line from the start to the finish without leaving it.',
  create(seed, raw): TaskSetup {
    const p = parseParams('line', PARAMS, raw);
    const track = lineTrackFromSeed(p.track as LineTrackId, seed);
    const timeLimitMs = (p.time as number) * 1000;
    return {
      arena: lineArena(track),
      starts: [track.start],
      timeLimitMs,
      referee: lineReferee({ track, timeLimitMs }),
      defaultProfile: 'spike',
      params: { track: p.track, time: p.time },
    };
  },
};
