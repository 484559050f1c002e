/**
 * Watching a replay file in the app: a replay recorded by the Node command line plays in
 * Chromium and is verified there (the same verdict and final state: I-2 across engines, the
 * other way round from rounds.spec.ts); a tampered one is called out; a broken one is refused
 * with a message; the open project is never touched.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, waitForPython, writePython } from './helpers.ts';

const run = promisify(execFile);

const PROGRAM = `from robot_setup import *

# Left-hand rule, a few cells only: enough for a verdict by the time limit.
while True:
    if ultrasonic.distance() > 200:
        robot.straight(150)
    else:
        robot.turn(90)
`;
const MINE = 'from robot_setup import *\n\nprint("my own work")\n';

async function watch(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('qd-toolbar summary').click();
  await page.locator('qd-toolbar [data-action=replay]').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a replay made by the Node CLI plays and verifies in the browser', async ({ page }, info) => {
  const program = info.outputPath('walker.py');
  const file = info.outputPath('walker.replay.json');
  writeFileSync(program, PROGRAM);
  await run(
    'node',
    [
      'bin/qadam.mjs',
      'run',
      'maze',
      program,
      '--seed',
      '4',
      '--param',
      'time=20',
      '--record',
      file,
    ],
    { timeout: 120_000 },
  );
  const recorded = readFileSync(file, 'utf8');

  await page.goto('/');
  await chooseLanguage(page, 'en');
  await waitForPython(page);
  await writePython(page, MINE);
  await expect(page.locator('qd-app')).toHaveAttribute('data-saved', 'true');
  await page.locator('qd-toolbar select[data-setting=speed]').selectOption('10');

  await watch(page, 'walker.replay.json', recorded);
  const notice = page.locator('.qd-notice[role=alert]');
  await expect(notice).toContainText('Replay walker.replay.json: verified', { timeout: 90_000 });
  await expect(page.locator('qd-app')).toHaveAttribute('data-replay-verified', 'true');
  await page.screenshot({ path: info.outputPath('replay-verified.png') });
  // The project is still the student's own.
  await expect(page.locator('qd-app')).toHaveJSProperty('project.python', MINE);

  // The same file with its recorded hash changed: the replay says it does not match.
  const tampered = JSON.parse(recorded);
  tampered.result.hash = '0'.repeat(tampered.result.hash.length);
  await notice.locator('button').click();
  await watch(page, 'tampered.replay.json', JSON.stringify(tampered));
  await expect(notice).toContainText('NOT the recorded result', { timeout: 90_000 });
  await expect(page.locator('qd-app')).toHaveAttribute('data-replay-verified', 'false');

  // A file that is not a replay: a clear message, nothing runs, nothing changes.
  await notice.locator('button').click();
  await watch(page, 'project.qadam', '{"format":"qadam-project","version":1}');
  await expect(notice).toHaveText(/This is not a Qadam replay file\./);
  await expect(page.locator('qd-app')).toHaveJSProperty('project.python', MINE);
});
