#!/usr/bin/env node
// `npm run fuzz -- --count 5000`: the long fuzz job (tests/fuzz/cli.ts), not part of CI.
import { register } from 'tsx/esm/api';

register();
await import('../tests/fuzz/cli.ts');
