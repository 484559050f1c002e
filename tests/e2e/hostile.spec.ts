/**
 * Hostile input in the real app (tests/fixtures/bad-input): no project file or share link runs
 * as script or adds an element of its own to the page, each bad one is refused with a message,
 * and the student's saved work survives all of them. A program that tries to reach the page
 * from its worker gets nowhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { consoleLines, runButton, waitForPython, writePython } from './helpers.ts';

const dir = new URL('../fixtures/bad-input/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Record<
  'projects' | 'links',
  Record<string, string>
>;
const read = (kind: string, name: string) => readFileSync(new URL(`${kind}/${name}`, dir), 'utf8');
const MINE = 'from robot_setup import *\n\n# my own work\nrobot.straight(120)\n';

async function pythonText(page: Page) {
  return page
    .locator('qd-python-editor')
    .evaluate((el) => (el as unknown as { getValue(): string }).getValue());
}

/** Nothing of a payload ran or entered the DOM: no flag, no dialog, no img/script of it. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  const found = await page.evaluate(() => ({
    flag: (window as { __qadamPwned?: unknown }).__qadamPwned,
    images: document.querySelectorAll('img[src="x"], [onerror]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) =>
      s.textContent?.includes('__qadamPwned'),
    ).length,
  }));
  expect(found).toEqual({ flag: undefined, images: 0, scripts: 0 });
}

async function openFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('qd-toolbar summary').click();
  await page.locator('qd-toolbar [data-action=open]').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Opens the app from a share link (a new load: the app reads the link when it starts). */
async function openLink(page: Page, value: string) {
  await page.goto('about:blank');
  await page.goto(`/#project=${value.trim()}`);
}

async function saveMyWork(page: Page) {
  await page.goto('/');
  await writePython(page, MINE);
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
}

test('hostile and broken project files: refused or opened as plain text, work kept', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await saveMyWork(page);
  for (const [name, want] of Object.entries(manifest.projects)) {
    if (want === 'ok') continue;
    await openFile(page, name, read('projects', name));
    await expect(page.locator('.qd-notice'), name).toContainText('was not changed');
    await page.locator('.qd-notice button').click();
    expect(await pythonText(page), name).toBe(MINE);
  }
  // Blocks Blockly does not know are refused like any broken file.
  await openFile(page, 'unknown-blocks.qadam', read('projects', 'unknown-blocks.qadam'));
  await expect(page.locator('.qd-notice')).toContainText('was not changed');
  await page.locator('.qd-notice button').click();
  await expectNothingRan(page, dialogs);
  await page.reload();
  await expect.poll(() => pythonText(page)).toBe(MINE);

  // Valid files with hostile text open; the text is shown as text.
  await openFile(page, 'hostile-text.qadam', read('projects', 'hostile-text.qadam'));
  await expect.poll(() => pythonText(page)).toContain('<script>window.__qadamPwned=1</script>');
  await openFile(page, 'hostile-blocks.qadam', read('projects', 'hostile-blocks.qadam'));
  await expect(page.locator('.blocklyText', { hasText: '<img src=x' }).first()).toBeVisible();
  await expect(page.locator('qd-blocks-editor .qd-generated')).toContainText('onerror=');
  await expectNothingRan(page, dialogs);
});

test('hostile and broken share links: refused or opened as plain text, work kept', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await saveMyWork(page);
  for (const [name, want] of Object.entries(manifest.links)) {
    if (want === 'ok') continue;
    await openLink(page, read('links', name));
    await expect(page.locator('.qd-notice'), name).toContainText('link');
    await expect(page.locator('.qd-notice'), name).toContainText('was not changed');
    await expect.poll(() => pythonText(page), name).toBe(MINE);
    // The hash is cleared: a reload does not open the bad link again.
    expect(new URL(page.url()).hash).toBe('');
  }
  await expectNothingRan(page, dialogs);
  for (const name of ['hostile-text.link', 'hostile-blocks.link']) {
    await openLink(page, read('links', name));
    await expect(page.locator('.qd-notice')).toBeVisible();
    await page.waitForTimeout(500);
    await expectNothingRan(page, dialogs);
  }
  await expect(page.locator('.blocklyText', { hasText: '<img src=x' }).first()).toBeVisible();
});

test('a program that tries to reach the page from its worker gets nowhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await saveMyWork(page);
  // It comes as a project file (a classmate's "solution"), not typed: the editor would re-indent.
  const attack = readFileSync(
    new URL('../fixtures/programs/escape_attempts.py', import.meta.url),
    'utf8',
  );
  const project = {
    format: 'qadam-project',
    version: 1,
    name: 'solution',
    task: { id: 'maze', params: {}, seed: 1 },
    robot: 'spike',
    editor: 'python',
    blocks: null,
    python: attack,
  };
  await openFile(page, 'solution.qadam', JSON.stringify(project));
  await expect.poll(() => pythonText(page)).toBe(attack);
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
  await waitForPython(page);
  await runButton(page).click();
  await expect(consoleLines(page).filter({ hasText: 'done' })).toHaveCount(1, { timeout: 60_000 });
  await expect(consoleLines(page).filter({ hasText: 'blocked' })).toHaveCount(21);
  await expect(consoleLines(page).filter({ hasText: 'REACHED' })).toHaveCount(0);
  await expectNothingRan(page, dialogs);
  // The saved project (IndexedDB) is the program itself, untouched by its own run.
  await page.reload();
  await expect.poll(() => pythonText(page)).toBe(attack);
});
