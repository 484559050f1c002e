/**
 * Long sessions: many consecutive runs in one page must not make memory grow without bound.
 * CI does 40 runs; `npm run bench:memory` does 200 (QADAM_MEMORY_RUNS). The bound: the page's
 * JS heap after the last run is at most MAX_GROWTH_MB above its size after the warm-up runs
 * (measured after a forced GC), and so is the whole agent (page + sim host + Pyodide workers).
 */
import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { agentMemory, EAGER_MEMORY_ARG, pageHeapMb } from '../helpers/memory.ts';
import { runButton, waitForPython } from './helpers.ts';

const RUNS = Number(process.env.QADAM_MEMORY_RUNS ?? 40);
const WARM_UP = 10;
/** Allowed growth of the page's JS heap from run WARM_UP to the last run (MB). */
const MAX_GROWTH_MB = 5;
/** Allowed growth of page + workers (MB): Pyodide's heaps grow in steps and never shrink. */
const MAX_AGENT_GROWTH_MB = 24;

test.use({
  launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, EAGER_MEMORY_ARG] },
});
test.setTimeout(120_000 + RUNS * 6_000);

const PROGRAM = 'from robot_setup import *\nrobot.straight(40)\nprint("run", watch.time())\n';

async function runOnce(page: Page, n: number) {
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('qd-verdict .banner')).toBeVisible({ timeout: 60_000 });
  await expect(runButton(page)).toBeVisible();
  await expect(page.locator('qd-console li').filter({ hasText: 'run' }), `run ${n}`).toHaveCount(1);
}

test(`${RUNS} consecutive runs in one page: memory stays bounded`, async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-tab=python]').first().click();
  await page.locator('.qd-monaco .monaco-editor').waitFor();
  await page.evaluate((code) => {
    const editor = document.querySelector('qd-python-editor') as unknown as {
      setValue(v: string): void;
    };
    editor.setValue(code);
  }, PROGRAM);
  await page.locator('qd-toolbar select[data-setting=speed]').selectOption('10');
  await waitForPython(page);
  const t0 = Date.now();
  let warm = { heap: 0, agent: null as Awaited<ReturnType<typeof agentMemory>> };
  for (let i = 1; i <= RUNS; i++) {
    await runOnce(page, i);
    if (i === WARM_UP) warm = { heap: await pageHeapMb(page), agent: await agentMemory(page) };
  }
  const heap = await pageHeapMb(page);
  const agent = await agentMemory(page);
  const perRunMs = (Date.now() - t0) / RUNS;
  console.log(
    `memory after ${WARM_UP} runs: page heap ${warm.heap.toFixed(1)} MB, all ${warm.agent?.totalMb.toFixed(1)} MB; ` +
      `after ${RUNS}: page heap ${heap.toFixed(1)} MB, all ${agent?.totalMb.toFixed(1)} MB ` +
      `(${JSON.stringify(agent?.byScope, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}); ` +
      `${Math.round(perRunMs)} ms per run`,
  );
  expect(heap).toBeLessThanOrEqual(warm.heap + MAX_GROWTH_MB);
  expect(agent).not.toBeNull();
  expect(agent!.totalMb).toBeLessThanOrEqual(warm.agent!.totalMb + MAX_AGENT_GROWTH_MB);
});
