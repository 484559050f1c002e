/**
 * Every lesson in lessons/ is well-formed and honest: its reference solution passes its goal on
 * every one of its field variants (at least five seeds), its starter does not pass, and its
 * kk/ru/en texts and hints have the same structure.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { checkLessonProgram, lessonProgramToPython } from '../../../src/lessons/check.ts';
import { codeWithoutComments, markdownOutline, LESSON_LANGS } from '../../../src/lessons/lesson.ts';
import { loadLessons } from '../../../src/lessons/node/catalog.ts';
import { opponentProgram } from '../../../src/lessons/opponents.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';

const lessons = await loadLessons();
const pool = createNodePool();
afterAll(() => pool.close());

test('lessons exist, with unique ids and orders', () => {
  expect(lessons.length).toBeGreaterThan(0);
  const orders = lessons.map((l) => l.file.order);
  expect(new Set(orders).size).toBe(orders.length);
});

describe.each(lessons.map((l) => [l.file.id, l] as const))('%s', (_id, lesson) => {
  const { file } = lesson;

  test('texts and hints in kk, ru and en share one structure', () => {
    const outline = markdownOutline(lesson.texts.en);
    expect(outline.length).toBeGreaterThan(0);
    for (const lang of LESSON_LANGS) {
      expect(markdownOutline(lesson.texts[lang]), lang).toEqual(outline);
      expect(file.hints[lang].length, `${lang} hints`).toBe(file.hints.en.length);
      expect(file.title[lang].trim().length).toBeGreaterThan(0);
    }
    expect(file.seeds.length).toBeGreaterThanOrEqual(5);
  });

  test('each language gets the same starter, with its comments translated', () => {
    for (const lang of LESSON_LANGS) {
      const local = lesson.starters[lang];
      if (local.editor === 'blocks' || lesson.starter.editor === 'blocks') {
        expect(local, lang).toEqual(lesson.starter);
        continue;
      }
      expect(codeWithoutComments(local.code), lang).toBe(codeWithoutComments(lesson.starter.code));
      // A translated starter whose comments are still English helps no one.
      if (lang !== 'en' && /#/.test(lesson.starter.code)) {
        expect(/#.*[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(local.code), `${lang} comments`).toBe(true);
      }
    }
  });

  const check = (which: 'reference' | 'starter') =>
    checkLessonProgram({
      file,
      code: lessonProgramToPython(lesson[which]),
      pool,
      opponentCode: file.task === 'sumo' ? opponentProgram(file.opponent ?? '') : undefined,
    });

  test('the reference solution passes on every field variant', { timeout: 240_000 }, async () => {
    const result = await check('reference');
    const failed = result.results.filter((r) => !r.passed);
    expect(
      failed.map((r) => ({ seed: r.seed, reasons: r.verdict.reasons })),
      'failed variants',
    ).toEqual([]);
    expect(result.passed).toBe(true);
  });

  test('the starter does not pass', { timeout: 240_000 }, async () => {
    const result = await check('starter');
    expect(result.passed).toBe(false);
  });
});
