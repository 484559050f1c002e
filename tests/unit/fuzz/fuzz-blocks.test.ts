/** Fuzzing with random Blockly workspaces converted to Python: campaign.ts. */
import { test } from 'vitest';
import { boundedCampaign, FUZZ_COUNT } from './campaign.ts';

test(
  `${FUZZ_COUNT} random block programs: valid Python; no crash, hang, NaN, fall or wall crossing; deterministic`,
  () => boundedCampaign('blocks', 1),
  300_000,
);
