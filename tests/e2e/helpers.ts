/** Shared steps of the end-to-end tests: what a student does, in a real browser. */
import { expect, type Page } from '@playwright/test';

export function toolbarStatus(page: Page) {
  return page.locator('qd-toolbar .status');
}

/** Waits until Python has loaded in the background (the status line says it is ready). */
export async function waitForPython(page: Page) {
  await expect(page.locator('qd-app')).toHaveJSProperty('python.state', 'ready', {
    timeout: 60_000,
  });
}

export async function chooseLanguage(page: Page, lang: 'kk' | 'ru' | 'en') {
  await page.locator('qd-toolbar select[data-setting=lang]').selectOption(lang);
}

/** Opens the Python tab and replaces the program with `code`, as if typed. */
export async function writePython(page: Page, code: string) {
  await page.locator('[data-tab=python]').first().click();
  const editor = page.locator('.qd-monaco .monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await page.locator('.qd-monaco .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText types the whole program at once, without Monaco's auto-closing brackets.
  await page.keyboard.insertText(code);
}

export function runButton(page: Page) {
  return page.locator('qd-toolbar [data-action=run]');
}

export function stopButton(page: Page) {
  return page.locator('qd-toolbar [data-action=stop]');
}

export function verdict(page: Page) {
  return page.locator('qd-verdict .banner');
}

export function consoleLines(page: Page) {
  return page.locator('qd-console li');
}

/** Drags the `index`-th block of a toolbox category into the workspace under `target`. */
export async function dragBlock(
  page: Page,
  category: string,
  index: number,
  target: { x: number; y: number },
) {
  await page.locator('.blocklyToolboxCategory', { hasText: category }).first().click();
  const block = page.locator('.blocklyFlyout .blocklyBlockCanvas > .blocklyDraggable').nth(index);
  await expect(block).toBeVisible();
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + 12, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 20, { steps: 5 });
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();
}
