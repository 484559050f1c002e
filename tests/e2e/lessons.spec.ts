/**
 * Lessons in the app: a teacher's link opens a lesson with its text in the student's language;
 * Check runs the goal on every field variant and says which passed; a passed lesson is ticked
 * in the lesson list, and the student's draft is still there after going to another lesson and
 * back.
 */
import { expect, test } from '@playwright/test';
import { chooseLanguage, waitForPython, writePython } from './helpers.ts';

test('a lesson link opens the lesson; Check judges every field; progress is kept', async ({
  page,
}) => {
  await page.goto('/#lesson=01-first-steps');
  await chooseLanguage(page, 'ru');
  const panel = page.locator('qd-lesson-panel');
  await expect(panel.locator('[data-testid=lesson-text] h1')).toHaveText('Первый шаг');
  await expect(page.locator('qd-toolbar [data-testid=lesson-title]')).toContainText('Первый шаг');
  await expect(page.locator('qd-arena-view')).toHaveJSProperty('shownArena', 'field');
  await waitForPython(page);

  // The starter alone does not move the robot: every field fails, with the reason in Russian.
  await panel.locator('[data-action=check]').click();
  const summary = panel.locator('[data-testid=lesson-summary]');
  await expect(summary).toContainText('Пройдено полей: 0 из 5', { timeout: 90_000 });
  await expect(panel.locator('li.fail')).toHaveCount(5);
  await expect(panel.locator('li.fail').first()).toContainText('вне нужной зоны');

  // Hints come one at a time.
  await panel.locator('[data-action=hint]').click();
  await expect(panel.locator('.hint')).toHaveCount(1);

  // A correct program (in Python, which a blocks lesson also accepts) passes on all fields.
  await writePython(page, 'from robot_setup import *\n\nrobot.straight(500)\n');
  await panel.locator('[data-action=check]').click();
  await expect(summary).toContainText('Все 5 полей пройдены', { timeout: 90_000 });
  await expect(panel.locator('li.pass')).toHaveCount(5);

  // The list ticks it; opening another lesson and coming back keeps the draft.
  await page.locator('qd-toolbar [data-action=lessons]').click();
  const list = page.locator('qd-lesson-list');
  await expect(list.locator('[data-lesson="01-first-steps"]')).toHaveClass(/done/);
  await list.locator('button.close').click();
  await panel.locator('[data-action=leave]').click();
  await expect(page.locator('qd-lesson-panel')).toHaveCount(0);
  await page.goto('/#lesson=01-first-steps');
  await expect(page.locator('qd-lesson-panel [data-testid=lesson-text] h1')).toHaveText(
    'Первый шаг',
  );
  await page.locator('[data-tab=python]').first().click();
  await expect(page.locator('.qd-monaco .view-lines')).toContainText('robot.straight(500)');
});

test('an unknown lesson link says so and opens the app as usual', async ({ page }) => {
  await page.goto('/#lesson=no-such-lesson');
  await expect(page.locator('.qd-notice')).toContainText('no-such-lesson');
  await expect(page.locator('qd-lesson-panel')).toHaveCount(0);
});
