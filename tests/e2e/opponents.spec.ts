import { expect, test } from '@playwright/test';
import { chooseLanguage, runButton, verdict, waitForPython, writePython } from './helpers.ts';

test('sumo offers the five bots; the choice is saved with the project and plays', async ({
  page,
}) => {
  await page.goto('/');
  await chooseLanguage(page, 'en');
  await page.locator('qd-toolbar select[data-setting=task]').selectOption('sumo');
  const opponent = page.locator('qd-toolbar select[data-setting=opponent]');
  await expect(opponent.locator('option')).toHaveText([
    'Bot level 0: Statue',
    'Bot level 1: Charger',
    'Bot level 2: Spinner',
    'Bot level 3: Careful hunter',
    'Bot level 4: Sly hunter',
  ]);
  await opponent.selectOption('bot:1');
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await expect(opponent).toHaveValue('bot:1');

  // A robot that only stands there loses to the charger: it is pushed out twice.
  await writePython(page, 'from robot_setup import *\n\nwhile True:\n    wait(1000)\n');
  await page.locator('qd-toolbar select[data-setting=speed]').selectOption('10');
  await waitForPython(page);
  await runButton(page).click();
  await expect(verdict(page)).toContainText('Robot B wins 0:2', { timeout: 60_000 });
  await expect(verdict(page)).toContainText('Robot A left the ring');
});
