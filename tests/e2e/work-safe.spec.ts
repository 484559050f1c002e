/**
 * Work is never lost (DESIGN.md I-9) when things break: the simulation host worker dies mid-run,
 * a program breaks its Python worker, the tab is killed without unloading, the browser storage
 * is full. Each time the app says so (in the student's language where it is a message) and the
 * project is there after reopening.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { consoleLines, runButton, stopButton, waitForPython, writePython } from './helpers.ts';

async function pythonText(page: Page) {
  return page
    .locator('qd-python-editor')
    .evaluate((el) => (el as unknown as { getValue(): string }).getValue());
}

/** The pid of the Chromium browser process using `profile` (the one without `--type=`). */
function browserProcessOf(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

async function saved(page: Page) {
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
}

test('the simulation host dies mid-run: the app says so, restarts it, the project stays', async ({
  page,
}) => {
  const program = 'from robot_setup import *\nprint("start")\nrobot.straight(3000)\n';
  await page.goto('/');
  await writePython(page, program);
  await saved(page);
  await waitForPython(page);
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: 'start' })).toHaveCount(1);
  await expect(stopButton(page)).toBeVisible();
  // A terminated worker sends no event: the app must notice the silence by itself.
  await page.evaluate(() => {
    const app = document.querySelector('qd-app') as unknown as { host: { worker: Worker } };
    app.host.worker.terminate();
  });
  await expect(consoleLines(page).filter({ hasText: 'stopped unexpectedly' })).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(runButton(page)).toBeVisible();
  // A new host loads Python again, and the next run works.
  await waitForPython(page);
  await writePython(page, 'from robot_setup import *\nprint("again")\n');
  await saved(page);
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: 'again' })).toHaveCount(1, {
    timeout: 60_000,
  });
  await page.reload();
  await expect.poll(() => pythonText(page)).toBe('from robot_setup import *\nprint("again")\n');
});

test('a program that breaks its Python worker gets an error; the next run has a new one', async ({
  page,
}) => {
  await page.goto('/');
  const breaker = 'import ctypes\nprint("before")\nctypes.string_at(0xffffffff, 64)\n';
  await writePython(page, breaker);
  await saved(page);
  await waitForPython(page);
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: 'before' })).toHaveCount(1, {
    timeout: 60_000,
  });
  await expect(consoleLines(page).filter({ hasText: 'internal fault' }).first()).toBeVisible();
  await expect(runButton(page)).toBeVisible();
  await writePython(page, 'print("fresh worker")\n');
  await saved(page);
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: 'fresh worker' })).toHaveCount(1, {
    timeout: 60_000,
  });
  await page.reload();
  await expect.poll(() => pythonText(page)).toBe('print("fresh worker")\n');
});

test('a killed browser: the work is there when the app is opened again', async ({ baseURL }) => {
  const program = 'from robot_setup import *\n\n# written just before the crash\nrobot.turn(90)\n';
  const profile = mkdtempSync(join(tmpdir(), 'qadam-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1366, height: 768 },
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await writePython(page, program);
    await saved(page);
    // Kill the whole browser: no unload, no pagehide, nothing flushed at the last moment.
    const browserPid = browserProcessOf(profile);
    process.kill(browserPid, 'SIGKILL');
    await first.close().catch(() => undefined);
    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/');
    await expect.poll(() => pythonText(again)).toBe(program);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('full browser storage: a clear warning in the student’s language, nothing lost', async ({
  page,
}) => {
  // IndexedDB refuses every write while the page's flag is set, as a full disk does.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if ((window as { __qadamQuotaFull?: boolean }).__qadamQuotaFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    } as typeof put;
  });
  await page.goto('/');
  await page.locator('qd-toolbar select[data-setting=lang]').selectOption('kk');
  const first = 'from robot_setup import *\nrobot.straight(100)\n';
  await writePython(page, first);
  await saved(page);
  await page.evaluate(() => ((window as { __qadamQuotaFull?: boolean }).__qadamQuotaFull = true));
  const second = 'from robot_setup import *\nrobot.straight(200)\nrobot.turn(45)\n';
  await writePython(page, second);
  await expect(page.locator('.qd-notice')).toContainText('Браузер жады толды');
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'false');
  // Nothing is lost in the page: the program is all there, and it can still be run.
  expect(await pythonText(page)).toBe(second);
  // Room again: the next change is saved, and the newest work is what a reload brings back.
  await page.evaluate(() => ((window as { __qadamQuotaFull?: boolean }).__qadamQuotaFull = false));
  const third = `${second}print("ok")\n`;
  await writePython(page, third);
  await saved(page);
  await page.reload();
  await expect.poll(() => pythonText(page)).toBe(third);
});
