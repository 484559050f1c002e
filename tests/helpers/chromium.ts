/**
 * How the tests and benchmarks start Debian's Chromium (test tools cannot download browsers
 * here): no sandbox (root in CI), no background traffic to hosts this machine cannot reach,
 * and software WebGL (SwiftShader) for the 3D view.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
