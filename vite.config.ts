import { defineConfig } from 'vite';

/**
 * Cross-origin isolation (COOP + COEP) makes SharedArrayBuffer available, which the runtime
 * needs for synchronous robot calls from Python (DESIGN.md I-3).
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: { target: 'es2022' },
});
