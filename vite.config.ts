import { defineConfig } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

/**
 * Cross-origin isolation (COOP + COEP) makes SharedArrayBuffer available, which the runtime
 * needs for synchronous robot calls from Python (DESIGN.md I-3).
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Pyodide is served from our own origin (I-8): the files the runtime loads, nothing else. */
const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

export default defineConfig({
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: { target: 'es2022' },
  plugins: [
    viteStaticCopy({
      targets: PYODIDE_FILES.map((file) => ({
        src: `node_modules/pyodide/${file}`,
        dest: 'pyodide',
      })),
    }),
  ],
});
