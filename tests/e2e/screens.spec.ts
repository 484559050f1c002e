import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Main screens at the sizes of a school PC, a 1080p panel and a 4K panel. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const DIR = 'test-results/screens';

for (const size of SIZES) {
  test(`main screens fit at ${size.width}×${size.height}`, async ({ page }) => {
    mkdirSync(DIR, { recursive: true });
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(page.locator('.blocklyWorkspace .blocklyDraggable').first()).toBeVisible();
    if (size.width >= 1920) await page.locator('qd-toolbar [data-action=panel]').click();
    await expect(page.locator('qd-arena-view canvas')).toBeVisible();
    // The field is drawn before any run (a view still loading must not drop it).
    await expect
      .poll(() =>
        page
          .locator('qd-arena-view')
          .evaluate((el) => (el as unknown as { shownArena: string }).shownArena),
      )
      .toMatch(/^maze-school/);
    await page.waitForTimeout(2000);
    const name = `${size.width}x${size.height}`;
    await page.screenshot({ path: `${DIR}/${name}-blocks.png` });

    // Nothing spills out sideways, every toolbar control is on screen, the 3D view is large.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      size.width,
    );
    for (const control of await page
      .locator('qd-toolbar button:visible, qd-toolbar select:visible, qd-toolbar summary')
      .all()) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.height).toBeGreaterThanOrEqual(44 * Math.max(1, size.width / 1920)); // touch
    }
    const view = (await page.locator('qd-arena-view').boundingBox())!;
    expect(view.width * view.height).toBeGreaterThan(size.width * size.height * 0.15);

    await page.locator('qd-toolbar select[data-setting=task]').selectOption('sumo');
    await page.locator('[data-tab=python]').first().click();
    await expect(page.locator('.qd-monaco .monaco-editor')).toBeVisible();
    // An empty Python editor starts with the import and one move, not a blank page.
    await expect(page.locator('.qd-monaco .view-lines')).toContainText('robot_setup');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${DIR}/${name}-sumo-python.png` });
  });
}
