import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteStaticCopy } from 'vite-plugin-static-copy';

/**
 * Cross-origin isolation (COOP + COEP) makes SharedArrayBuffer available, which the runtime
 * needs for synchronous robot calls from Python (DESIGN.md I-3).
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Files served from our own origin (I-8): Pyodide's runtime and Blockly's media (sprites,
 * sounds), which Blockly would otherwise fetch from a CDN. `dest` is the URL folder.
 */
const ASSETS = [
  {
    dest: 'pyodide',
    dir: 'node_modules/pyodide',
    files: [
      'pyodide.mjs',
      'pyodide.asm.mjs',
      'pyodide.asm.wasm',
      'python_stdlib.zip',
      'pyodide-lock.json',
    ],
  },
  { dest: 'blockly-media', dir: 'node_modules/blockly/media', files: ['*'] },
];

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.zip': 'application/zip',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.cur': 'image/x-icon',
};

/**
 * In development the assets are served straight from node_modules, before Vite's own
 * middleware (which would treat /pyodide/*.mjs as a source module and answer 404).
 */
function serveAssetsInDev(): Plugin {
  return {
    name: 'qadam-dev-assets',
    configureServer(server) {
      for (const asset of ASSETS) {
        server.middlewares.use(`/${asset.dest}`, (req, res, next) => {
          const name = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(
            /^[/\\]+/,
            '',
          );
          const file = join(asset.dir, name);
          if (name.includes('..') || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          for (const [k, v] of Object.entries(isolation)) res.setHeader(k, v);
          createReadStream(file).pipe(res);
        });
      }
    },
  };
}

export default defineConfig({
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: { target: 'es2022' },
  plugins: [
    serveAssetsInDev(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Qadam — robotics lab',
        short_name: 'Qadam',
        description: 'Program a robot in blocks or Python and watch it in 3D, online or offline.',
        lang: 'kk',
        start_url: '.',
        display: 'standalone',
        background_color: '#e9eef5',
        theme_color: '#233047',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      injectManifest: {
        // Everything, Pyodide's 10 MB wasm and Monaco's 3.4 MB chunk included (I-8).
        globPatterns: [
          '**/*.{js,mjs,css,html,svg,png,gif,cur,mp3,wav,ogg,wasm,zip,json,ttf,woff2}',
        ],
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    viteStaticCopy({
      targets: ASSETS.flatMap((asset) =>
        asset.files.map((file) => ({
          src: `${asset.dir}/${file}`,
          dest: asset.dest,
          rename: { stripBase: true },
        })),
      ),
    }),
  ],
});
