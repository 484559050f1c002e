/**
 * The bad input corpus (tests/fixtures/bad-input): every damaged, oversized, wrong-version or
 * hostile project file, replay file and share link gets its error code and a clear sentence in
 * kk, ru and en; valid hostile files open with their text intact; nothing already saved is
 * overwritten by any of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  projectErrorText,
  recordingErrorText,
  saveFailureText,
} from '../../../src/app/input-errors.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { createAutosave } from '../../../src/storage/autosave.ts';
import {
  MAX_PROJECT_BYTES,
  newProject,
  parseProject,
  ProjectError,
  serializeProject,
  type Project,
} from '../../../src/storage/project.ts';
import {
  MAX_RECORDING_CHARS,
  parseRecording,
  RecordingError,
} from '../../../src/storage/recording.ts';
import { decodeShare, MAX_LINK_CHARS } from '../../../src/storage/share-link.ts';
import { memoryStore } from '../../helpers/memory-store.ts';

const dir = new URL('../../fixtures/bad-input/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Record<
  'projects' | 'replays' | 'links',
  Record<string, string>
>;
const read = (kind: string, name: string): string =>
  readFileSync(new URL(`${kind}/${name}`, dir), 'utf8');

/** The error code `fn` throws ('ok' when it returns). */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    if (error instanceof ProjectError || error instanceof RecordingError) return error.code;
    throw error;
  }
}

/** A sentence per language: present, distinct, without the file's own text. */
function expectMessages(texts: string[]): void {
  expect(texts.every((s) => s.length > 10 && !s.includes('<') && !s.includes('{'))).toBe(true);
  expect(new Set(texts).size).toBe(LANGS.length);
}

const XSS = '<img src=x onerror="window.__qadamPwned=1">';

describe('project files', () => {
  const cases = [
    ...Object.entries(manifest.projects).map(([name, want]) => [
      name,
      read('projects', name),
      want,
    ]),
    [
      'oversized (made here)',
      JSON.stringify({ ...newProject(), python: 'x'.repeat(MAX_PROJECT_BYTES) }),
      'too_large',
    ],
    // 450 000 array items in 900 KB: walked without spreading them onto the stack.
    [
      'wide blocks (made here)',
      JSON.stringify({ ...newProject(), blocks: { wide: Array(450_000).fill(0) } }),
      'ok',
    ],
  ];
  test.each(cases)('%s → %s', (_name, text, want) => {
    let error: unknown = null;
    const got = outcome(() => {
      try {
        parseProject(text);
      } catch (e) {
        error = e;
        throw e;
      }
    });
    expect(got).toBe(want);
    if (error) expectMessages(LANGS.map((l) => projectErrorText(l, error, 'file')));
  });

  test('hostile text stays text: the parsed project holds it unchanged', () => {
    const p = parseProject(read('projects', 'hostile-text.qadam'));
    expect(p.name).toContain(XSS);
    expect(p.python).toContain('<script>');
    expect(Object.getPrototypeOf(p.task.params)).toBe(Object.prototype);
  });
});

describe('replay files', () => {
  const cases = [
    ...Object.entries(manifest.replays).map(([name, want]) => [name, read('replays', name), want]),
    ['oversized (made here)', ' '.repeat(MAX_RECORDING_CHARS + 1), 'too_large'],
  ];
  test.each(cases)('%s → %s', (_name, text, want) => {
    let error: unknown = null;
    const got = outcome(() => {
      try {
        parseRecording(text);
      } catch (e) {
        error = e;
        throw e;
      }
    });
    expect(got).toBe(want);
    if (error) expectMessages(LANGS.map((l) => recordingErrorText(l, error)));
  });
});

describe('share links', () => {
  const cases = [
    ...Object.entries(manifest.links).map(([name, want]) => [
      name,
      read('links', name).trim(),
      want,
    ]),
    ['oversized (made here)', 'A'.repeat(MAX_LINK_CHARS + 1), 'too_large'],
  ];
  test.each(cases)('%s → %s', (_name, value, want) => {
    let error: unknown = null;
    const got = outcome(() => {
      try {
        decodeShare(value);
      } catch (e) {
        error = e;
        throw e;
      }
    });
    expect(got).toBe(want);
    if (error) {
      const texts = LANGS.map((l) => projectErrorText(l, error, 'link'));
      expectMessages(texts);
      // A link's message speaks of the link, not of a file.
      expect(texts).not.toEqual(LANGS.map((l) => projectErrorText(l, error, 'file')));
    }
  });
});

describe('saved work', () => {
  const good: Project = {
    ...newProject('line'),
    name: 'saved',
    python: 'print("mine")\n',
    editor: 'python',
  };

  test('no bad project file or link replaces what is saved', async () => {
    const { store, data } = memoryStore();
    const autosave = createAutosave(store);
    expect(await autosave.save(good)).toEqual({ ok: true });
    const inputs = [
      ...Object.keys(manifest.projects).map((n) => () => parseProject(read('projects', n))),
      ...Object.keys(manifest.links).map((n) => () => decodeShare(read('links', n).trim())),
    ];
    let opened = 0;
    for (const open of inputs) {
      let project: Project | null = null;
      try {
        project = open();
      } catch {
        // The app shows the message and keeps the current project.
      }
      if (project) opened++;
    }
    expect(opened).toBe(6);
    expect(await autosave.load()).toEqual(good);
    expect(data.get('current')).toBe(serializeProject(good));
  });

  test('a project that would not load again is not written; the saved one stays', async () => {
    const { store } = memoryStore();
    const autosave = createAutosave(store);
    await autosave.save(good);
    const huge = { ...good, python: 'x'.repeat(300_000) };
    const result = await autosave.save(huge);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok) expectMessages(LANGS.map((l) => saveFailureText(l, result)));
    expect(await createAutosave(store).load()).toEqual(good);
  });

  test('a full storage is reported as such, and the saved copy stays', async () => {
    const { store, failPuts } = memoryStore();
    const autosave = createAutosave(store);
    await autosave.save(good);
    failPuts.on = true;
    const result = await autosave.save({ ...good, python: 'print("newer")\n' });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (!result.ok) expectMessages(LANGS.map((l) => saveFailureText(l, result)));
    failPuts.on = false;
    expect(await createAutosave(store).load()).toEqual(good);
  });

  test('a damaged current copy falls back to the previous good one', async () => {
    const { store, data } = memoryStore();
    const autosave = createAutosave(store);
    await autosave.save(good);
    await autosave.save({ ...good, name: 'second' });
    data.set('current', read('projects', 'truncated.qadam'));
    expect(await createAutosave(store).load()).toEqual(good);
  });
});
