/**
 * Practice rounds in the app: a teacher's link opens the round with its countdown; an official
 * attempt runs the next field and lands in the results table; the attempt's replay file, made
 * in Chromium, verifies in the Node judge's `qadam replay` (the same verdict and final hash:
 * I-2 across engines); a reload returns to the round with its attempts and countdown.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { chooseLanguage, waitForPython, writePython } from './helpers.ts';

const run = promisify(execFile);

test('a round link, an official attempt, a replay that verifies in Node', async ({
  page,
}, info) => {
  await page.goto('/#round=line-practice');
  await chooseLanguage(page, 'en');
  const panel = page.locator('qd-round-panel');
  await expect(panel.locator('h1')).toHaveText('Line following: practice round');
  await expect(panel.locator('[data-testid=round-clock]')).toContainText(/Time left \d+:\d\d/);
  await expect(panel.locator('[data-testid=round-attempts]')).toContainText('Attempts: 0 of 2');
  // The 3D view shows the round's field before anything runs.
  await expect(page.locator('qd-arena-view')).toHaveJSProperty('shownArena', 'line-curves');
  await page.locator('qd-toolbar select[data-setting=speed]').selectOption('10');
  await waitForPython(page);
  await writePython(
    page,
    'from robot_setup import *\n\nrobot.straight(250)\nrobot.turn(30)\nrobot.straight(100)\nprint("done")\n',
  );
  await panel.locator('[data-action=attempt]').click();
  const rows = panel.locator('[data-testid=round-results] tbody tr');
  await expect(rows).toHaveCount(1, { timeout: 90_000 });
  await expect(panel.locator('[data-testid=round-attempts]')).toContainText('Attempts: 1 of 2');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rows.first().locator('[data-action=replay]').click(),
  ]);
  const file = info.outputPath('attempt.replay.json');
  await download.saveAs(file);
  const { stdout } = await run('node', ['bin/qadam.mjs', 'replay', file, '--json'], {
    timeout: 120_000,
  });
  const replay = JSON.parse(stdout);
  expect(replay.recorded.hash).toMatch(/^[0-9a-f]+$/);
  expect(replay).toMatchObject({ verified: true, sameVerdict: true, sameHash: true });

  // A reload comes back to the round, with its attempts and its countdown.
  await page.reload();
  await expect(panel.locator('[data-testid=round-attempts]')).toContainText('Attempts: 1 of 2');
  await expect(panel.locator('[data-testid=round-results] tbody tr')).toHaveCount(1);
  // Leaving the round is remembered too: the next reload opens free play.
  await panel.locator('[data-action=leave]').click();
  await expect(panel).toHaveCount(0);
  await page.reload();
  await expect(page.locator('qd-app')).toHaveAttribute('data-started', 'true');
  await expect(page.locator('qd-round-panel')).toHaveCount(0);
  // The teacher's link still opens it, with the attempt kept.
  await page.goto('/#round=line-practice');
  await expect(panel.locator('[data-testid=round-attempts]')).toContainText('Attempts: 1 of 2');

  // A shared project opened from its link while a round is open: the project, not the round.
  await page.locator('qd-toolbar summary').click();
  await page.locator('qd-toolbar [data-action=share]').click();
  const link = await page.locator('qd-app').evaluate((el) => (el as HTMLElement).dataset.shareLink);
  await page.goto('about:blank');
  await page.goto(link!);
  await expect(page.locator('qd-app')).toHaveAttribute('data-started', 'true');
  await expect(page.locator('qd-round-panel')).toHaveCount(0);
});

test('a round link followed while the app is still starting is not lost', async ({ page }) => {
  await page.goto('/', { waitUntil: 'commit' });
  // The app has started but has not finished restoring the project (IndexedDB is async).
  await page.waitForFunction(() => {
    const app = document.querySelector('qd-app');
    return !!app && 'projects' in app && app.getAttribute('data-started') === null;
  });
  await page.evaluate(() => (location.hash = 'round=maze-school-practice'));
  await expect(page.locator('qd-round-panel h1')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('qd-app')).toHaveAttribute('data-started', 'true');
  await expect(page).toHaveURL(/\/$/);
});
