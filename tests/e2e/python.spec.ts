import { expect, test } from '@playwright/test';
import {
  consoleLines,
  runButton,
  stopButton,
  verdict,
  waitForPython,
  writePython,
} from './helpers.ts';

test('a Python mistake is explained in the student’s language at the right line', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('qd-toolbar select[data-setting=lang]').selectOption('ru');
  await writePython(
    page,
    'from robot_setup import *\n\nrobot.straight(100)\nrobot.turn(ultrasnic.distance())\n',
  );
  await waitForPython(page);
  await runButton(page).click();
  const error = consoleLines(page).filter({ hasText: 'NameError' });
  await expect(error).toContainText('строке 4');
  // The explanation in Russian, with the likely typo named.
  await expect(error.locator('.explain')).toContainText('ultrasonic');
  await expect(error.locator('.explain')).toContainText('Может быть');
  // Monaco marks line 4: one error glyph, level with the fourth line of the program.
  const glyph = page.locator('.qd-monaco .qd-error-glyph');
  await expect(glyph).toHaveCount(1);
  const line4 = page.locator('.qd-monaco .view-line', { hasText: 'ultrasnic' });
  const [g, l] = [(await glyph.boundingBox())!, (await line4.boundingBox())!];
  expect(Math.abs(g.y + g.height / 2 - (l.y + l.height / 2))).toBeLessThan(4);
  await error.getByRole('button').click();
  await expect(verdict(page)).toContainText('NameError');
});

test('an endless loop stops within a second and the page stays responsive', async ({ page }) => {
  await page.goto('/');
  await writePython(page, 'from robot_setup import *\n\nx = 0\nwhile True:\n    x += 1\n');
  await waitForPython(page);
  await page.keyboard.press('Control+Enter'); // the Run shortcut
  await expect(stopButton(page)).toBeVisible();
  await page.waitForTimeout(1500);
  // The page answers while Python spins in its worker.
  const t0 = Date.now();
  await page.locator('[data-tab=blocks]').click();
  expect(Date.now() - t0).toBeLessThan(1000);
  await page.locator('[data-tab=python]').click();

  const stopAt = Date.now();
  await stopButton(page).click();
  await expect(runButton(page)).toBeVisible({ timeout: 5000 });
  const stopMs = Date.now() - stopAt;
  expect(stopMs).toBeLessThan(1000);
  await expect(consoleLines(page).last()).toContainText(/Stopped|Тоқтатылды|Остановлено/);
  // And the next run works in the same page.
  await writePython(page, 'from robot_setup import *\nprint("again")\n');
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: 'again' })).toHaveCount(1);
});
