#!/usr/bin/env node
// `npm run bench`: prints the engine's real-time factors (tests/bench/engine.ts).
import { register } from 'tsx/esm/api';

register();
const { runBench } = await import('../tests/bench/engine.ts');
process.exitCode = await runBench(process.argv.slice(2));
