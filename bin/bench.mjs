#!/usr/bin/env node
// `npm run bench`: prints the engine's real-time factors (tests/bench/engine.ts) and the
// browser figures (tests/bench/browser.ts). --engine-only / --browser-only pick one.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
if (!args.includes('--browser-only')) {
  const { runBench } = await import('../tests/bench/engine.ts');
  const status = await runBench(args);
  if (status !== 0) process.exit(status);
}
if (!args.includes('--engine-only')) {
  const { browserFigures, formatBrowser } = await import('../tests/bench/browser.ts');
  console.log('\n## Browser (Chromium, production build)\n');
  console.log(formatBrowser(await browserFigures()));
}
