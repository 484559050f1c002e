/**
 * `npm run bench` (browser part), in Debian's Chromium against the production build:
 * cold load to an editable blocks workspace, time until Python is ready, Run-to-first-motion,
 * the 3D view's frame rate divided by an empty three.js scene's, and the first load's
 * JavaScript size (gzip). Figures, not pass/fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { agentMemory, EAGER_MEMORY_ARG, pageHeapMb } from '../helpers/memory.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = 4391;

export interface BrowserFigures {
  firstLoadJsGzipKb: number;
  coldLoadToWorkspaceMs: number;
  pythonReadyMs: number;
  runToMotionMs: number;
  viewFps: number;
  emptySceneFps: number;
  fpsRatio: number;
  /** During a sumo match (two robots): the page's JS heap, and page + all workers (MB). */
  sumoPageHeapMb: number;
  sumoAllMemoryMb: number | null;
}

/** Sums the gzip size of the scripts index.html loads up front (lazy chunks excluded). */
function firstLoadGzipKb(): number {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
  return Math.round(bytes / 1024);
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** An empty three.js scene (floor-less, one camera) with an FPS counter, served locally. */
function emptySceneServer(): Promise<{ server: Server; url: string }> {
  const three = readFileSync(join(ROOT, 'node_modules/three/build/three.module.js'));
  const threeCore = readFileSync(join(ROOT, 'node_modules/three/build/three.core.js'));
  const page = `<!doctype html><body style="margin:0"><script type="module">
    import * as THREE from '/three.module.js';
    const r = new THREE.WebGLRenderer({ antialias: false });
    r.setSize(innerWidth, innerHeight); document.body.append(r.domElement);
    const scene = new THREE.Scene(); const cam = new THREE.PerspectiveCamera(50, innerWidth / innerHeight, 0.1, 100);
    let frames = 0; window.frames_ = () => frames;
    r.setAnimationLoop(() => { frames++; cam.position.x = Math.sin(frames / 60); r.render(scene, cam); });
  </script></body>`;
  const server = createServer((req, res) => {
    if (req.url === '/three.module.js' || req.url === '/three.core.js') {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(req.url === '/three.core.js' ? threeCore : three);
    } else {
      res.setHeader('Content-Type', 'text/html');
      res.end(page);
    }
  });
  return new Promise((resolve) =>
    server.listen(0, () => {
      const port = (server.address() as { port: number }).port;
      resolve({ server, url: `http://localhost:${port}/` });
    }),
  );
}

async function countFrames(page: Page, count: () => Promise<number>, ms: number): Promise<number> {
  const a = await count();
  await page.waitForTimeout(ms);
  return ((await count()) - a) / (ms / 1000);
}

const SUMO_PROGRAM = `from robot_setup import *
wait(5000)
while True:
    robot.drive(150, 60)
    wait(50)
`;

async function appFigures(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // tsx (esbuild) wraps named functions in __name(); the evaluated snippets need it defined.
  await context.addInitScript({
    content: `window.__name = (f) => f;
      new MutationObserver((_, observer) => {
        if (document.querySelector('.blocklyWorkspace .blocklyDraggable')) {
          window.__workspaceAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
      const timer = setInterval(() => {
        if (document.querySelector('qd-app')?.python?.state === 'ready') {
          window.__pythonAt = performance.now();
          clearInterval(timer);
        }
      }, 10);`,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.blocklyWorkspace .blocklyDraggable').first().waitFor();
  const coldLoadToWorkspaceMs = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    () =>
      (document.querySelector('qd-app') as unknown as { python: { state: string } }).python
        .state === 'ready',
    null,
    { timeout: 120_000, polling: 50 },
  );
  const pythonReadyMs = await page.evaluate(() => performance.now());

  // Run-to-first-motion: a program that drives at once; time from the click to the first
  // frame in which the robot's wheels have turned.
  await page.locator('[data-tab=python]').first().click();
  await page.locator('.qd-monaco .monaco-editor').waitFor();
  await page.evaluate(() => {
    const editor = document.querySelector('qd-python-editor') as unknown as {
      setValue(v: string): void;
    };
    editor.setValue('from robot_setup import *\nrobot.drive(200, 0)\nwait(3000)\n');
  });
  const runToMotionMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const panel = document.querySelector('qd-sensor-panel') as unknown as {
          robot: { sensors: { rightAngle: number } } | null;
        };
        const button = document
          .querySelector('qd-toolbar')!
          .shadowRoot!.querySelector<HTMLElement>('[data-action=run]')!;
        const t0 = performance.now();
        button.click();
        const poll = () =>
          panel.robot && Math.abs(panel.robot.sensors.rightAngle) > 1
            ? resolve(performance.now() - t0)
            : requestAnimationFrame(poll);
        poll();
      }),
  );
  await page.locator('qd-toolbar [data-action=run]').waitFor({ timeout: 30_000 });

  // The 3D view during a sumo match with two moving robots.
  await page.locator('qd-toolbar select[data-setting=task]').selectOption('sumo');
  await page.evaluate((code) => {
    const editor = document.querySelector('qd-python-editor') as unknown as {
      setValue(v: string): void;
    };
    editor.setValue(code);
  }, SUMO_PROGRAM);
  await page.locator('qd-toolbar [data-action=run]').click();
  await page.waitForTimeout(7000); // past the start delay and the quality controller's settling
  const viewFps = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const view = document.querySelector('qd-arena-view') as unknown as {
          stats(): { fps: number };
        };
        setTimeout(() => resolve(view.stats().fps), 3000);
      }),
  );
  // Memory with two robots, the match still running: the page, the sim host and two Pyodides.
  const sumoPageHeapMb = await pageHeapMb(page);
  const sumoAllMemoryMb = (await agentMemory(page))?.totalMb ?? null;
  await context.close();
  return {
    coldLoadToWorkspaceMs,
    pythonReadyMs,
    runToMotionMs,
    viewFps,
    sumoPageHeapMb,
    sumoAllMemoryMb,
  };
}

export async function browserFigures(): Promise<BrowserFigures> {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
  const preview: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  );
  const empty = await emptySceneServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, EAGER_MEMORY_ARG],
  });
  try {
    const url = `http://localhost:${PORT}/`;
    await waitForServer(url);
    const app = await appFigures(browser, url);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(empty.url);
    await page.waitForFunction(
      () => (window as unknown as { frames_?: () => number }).frames_ !== undefined,
    );
    const emptySceneFps = await countFrames(
      page,
      () => page.evaluate(() => (window as unknown as { frames_: () => number }).frames_()),
      3000,
    );
    return {
      firstLoadJsGzipKb: firstLoadGzipKb(),
      ...app,
      emptySceneFps,
      fpsRatio: app.viewFps / emptySceneFps,
    };
  } finally {
    await browser.close();
    empty.server.close();
    if (preview.pid) process.kill(-preview.pid);
  }
}

export function formatBrowser(f: BrowserFigures): string {
  return [
    '| figure | measured | target (ours) |',
    '| --- | --- | --- |',
    `| first-load JavaScript (gzip; Monaco and Pyodide load later) | ${f.firstLoadJsGzipKb} KB | ≤ 500 KB |`,
    `| cold load to an editable blocks workspace | ${Math.round(f.coldLoadToWorkspaceMs)} ms | ≤ 3000 ms |`,
    `| Python ready (from navigation) | ${Math.round(f.pythonReadyMs)} ms | ≤ 10000 ms |`,
    `| Run → first motion | ${Math.round(f.runToMotionMs)} ms | ≤ 300 ms |`,
    `| 3D view fps during a sumo match / empty three.js scene | ${f.viewFps.toFixed(0)} / ${f.emptySceneFps.toFixed(0)} = ${f.fpsRatio.toFixed(2)} | ≥ 0.5 |`,
    `| memory with two robots (sumo match running): page JS heap / page + sim host + 2 Pyodide workers | ${f.sumoPageHeapMb.toFixed(0)} MB / ${f.sumoAllMemoryMb === null ? 'n/a' : `${f.sumoAllMemoryMb.toFixed(0)} MB`} | ≤ 300 MB in all |`,
  ].join('\n');
}
