import { expect, test, type Page } from '@playwright/test';
import { writePython } from './helpers.ts';

const PROGRAM = 'from robot_setup import *\n\n# моя программа\nrobot.straight(300)\n';

async function pythonText(page: Page) {
  return page
    .locator('qd-python-editor')
    .evaluate((el) => (el as unknown as { getValue(): string }).getValue());
}

test('work survives a reload', async ({ page }) => {
  await page.goto('/');
  await writePython(page, PROGRAM);
  await page.locator('qd-toolbar select[data-setting=task]').selectOption('sumo');
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await expect(page.locator('qd-toolbar select[data-setting=task]')).toHaveValue('sumo');
  await expect(page.locator('[data-tab=python]').first()).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => pythonText(page)).toBe(PROGRAM);
});

test('a malformed or hostile file is refused and the work stays', async ({ page }) => {
  await page.goto('/');
  await writePython(page, PROGRAM);
  for (const [name, text] of [
    ['broken.qadam', '{"format": "qadam-project", "version": 1, "name": '],
    [
      'hostile.qadam',
      JSON.stringify({
        format: 'qadam-project',
        version: 1,
        name: '<img src=x onerror="window.pwned=1">',
        robot: 'spike',
      }),
    ],
  ]) {
    const chooser = page.waitForEvent('filechooser');
    await page.locator('qd-toolbar summary').click();
    await page.locator('qd-toolbar [data-action=open]').click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('.qd-notice')).toContainText('was not changed');
    await page.locator('.qd-notice button').click();
  }
  expect(await pythonText(page)).toBe(PROGRAM);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  // The saved copy is untouched too.
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await expect.poll(() => pythonText(page)).toBe(PROGRAM);
});

test('a share link opens the project in a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await page.locator('qd-toolbar select[data-setting=lang]').selectOption('kk');
  await writePython(page, PROGRAM);
  await page.locator('qd-toolbar summary').click();
  await page.locator('qd-toolbar [data-action=share]').click();
  await expect(page.locator('.qd-notice')).toBeVisible();
  const link = await page.locator('qd-app').evaluate((el) => (el as HTMLElement).dataset.shareLink);
  expect(link).toContain('#project=');

  const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const other = await fresh.newPage();
  await other.goto(link!);
  await expect(other.locator('[data-tab=python]').first()).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => pythonText(other)).toBe(PROGRAM);
  await fresh.close();
});
