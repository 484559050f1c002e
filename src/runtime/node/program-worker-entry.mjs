// Runs as a Node worker thread (one per robot). Registers tsx so the TypeScript core can be
// imported as is, then hands over to worker-main.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
