import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../helpers/static-server.ts';
import { consoleLines, runButton, waitForPython, writePython } from './helpers.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Waits until the service worker controls the page and has cached the whole app. */
async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (
      registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
    );
  });
  await expect(page.locator('.qd-toast')).toContainText(
    /without internet|без интернета|интернетсіз/,
  );
}

async function runPython(page: Page, text: string) {
  await writePython(page, `from robot_setup import *\nrobot.straight(50)\nprint("${text}")\n`);
  await waitForPython(page);
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: text })).toHaveCount(1, { timeout: 60_000 });
}

test('after one visit the app reloads and runs Python with the network cut', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  // The first visit also keeps a Pyodide memory snapshot, so later visits start Python fast.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open('qadam-pyodide-snapshot');
          const [key] = await cache.keys();
          return key ? (await (await cache.match(key))!.arrayBuffer()).byteLength : 0;
        }),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(1 << 20);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.blocklyWorkspace .blocklyDraggable').first()).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await runPython(page, 'offline ok');
  await context.setOffline(false);
});

test('a plain static server without isolation headers works: the service worker adds them', async ({
  page,
}) => {
  const { server, url } = await serveStatic(DIST);
  try {
    await page.goto(url);
    // First visit: not isolated; the page reloads itself once under the service worker.
    await page.waitForFunction(() => crossOriginIsolated, null, { timeout: 60_000 });
    await runPython(page, 'isolated ok');
  } finally {
    server.close();
  }
});
