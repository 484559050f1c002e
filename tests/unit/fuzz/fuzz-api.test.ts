/** Fuzzing with random robot API call sequences (extreme values, wrong types): campaign.ts. */
import { test } from 'vitest';
import { boundedCampaign, FUZZ_COUNT } from './campaign.ts';

test(
  `${FUZZ_COUNT} random API programs: no crash, hang, NaN, fall or wall crossing; deterministic`,
  () => boundedCampaign('api', 1),
  300_000,
);
