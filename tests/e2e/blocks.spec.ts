import { expect, test } from '@playwright/test';
import { chooseLanguage, dragBlock, runButton, verdict, waitForPython } from './helpers.ts';

test('a new user switches to Kazakh, builds a program from blocks and runs it', async ({
  page,
}) => {
  await page.goto('/');
  // The blocks workspace is usable before Python has loaded.
  const start = page.locator('.blocklyWorkspace .blocklyDraggable').first();
  await expect(start).toBeVisible();
  await chooseLanguage(page, 'kk');
  await expect(page.locator('.blocklyToolboxCategory', { hasText: 'Жүру' })).toBeVisible();
  await expect(page.locator('.blocklyWorkspace .blocklyDraggable').first()).toContainText(
    'бағдарлама басталғанда',
  );

  // Drag "drive straight" under "when program starts".
  const hat = (await page.locator('.blocklyWorkspace .blocklyDraggable').first().boundingBox())!;
  await dragBlock(page, 'Жүру', 0, { x: hat.x + 20, y: hat.y + hat.height + 8 });
  await expect(page.getByTestId('generated-python')).toContainText('robot.straight(200)');

  // Switching language keeps the program: the same blocks, now labelled in Russian.
  await chooseLanguage(page, 'ru');
  await expect(page.locator('.blocklyToolboxCategory', { hasText: 'Движение' })).toBeVisible();
  await expect(page.getByTestId('generated-python')).toContainText('robot.straight(200)');
  await chooseLanguage(page, 'kk');
  await expect(page.getByTestId('generated-python')).toContainText('robot.straight(200)');

  await waitForPython(page);
  await runButton(page).click();
  // While the robot drives, the block being executed is lit.
  await expect(page.locator('.blocklyWorkspace .blocklyHighlighted')).toHaveCount(1);
  await expect(verdict(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.blocklyWorkspace .blocklyHighlighted')).toHaveCount(0);
  // The school maze's finish is far away: an honest "not yet", in Kazakh, with the reason.
  await expect(verdict(page)).toContainText('Әзірге жоқ');
  await expect(verdict(page)).toContainText('мәреге жетпей');
  // The robot really moved: its wheels turned about 200 mm / (π·56 mm) · 360° ≈ 409°.
  const wheel = await page
    .locator('qd-sensor-panel')
    .evaluate(
      (el) =>
        (el as unknown as { robot: { sensors: { rightAngle: number } } }).robot.sensors.rightAngle,
    );
  expect(Math.abs(wheel - 409)).toBeLessThan(25);
});
