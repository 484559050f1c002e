#!/usr/bin/env node
// The `qadam` command line. The sources are TypeScript; tsx compiles them on the fly so that
// `npx qadam …` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
