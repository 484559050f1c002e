/**
 * The lessons on disk (`lessons/<id>/`), for the CLI, the judge and the tests. Every problem
 * (a bad task.json, a missing text or program) is an Error naming the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseLessonFile } from '../schema.ts';
import {
  LESSON_LANGS,
  localStarterFile,
  parseProgram,
  programFile,
  type Lang,
  type Lesson,
  type LessonProgram,
} from '../lesson.ts';

/** lessons/ at the repository root. */
export const LESSONS_DIR = fileURLToPath(new URL('../../../lessons/', import.meta.url));

/** A lesson with its reference solution (Node only). */
export interface NodeLesson extends Lesson {
  reference: LessonProgram;
  dir: string;
}

async function text(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new Error(`${path}: missing`);
  }
}

/** Ids of the lesson directories (those with a task.json). */
export async function lessonIds(dir = LESSONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const names = await readdir(join(dir, entry.name));
    if (names.includes('task.json')) ids.push(entry.name);
  }
  return ids.sort();
}

export async function loadLesson(id: string, dir = LESSONS_DIR): Promise<NodeLesson> {
  const root = join(dir, id);
  const jsonPath = join(root, 'task.json');
  const file = parseLessonFile(await text(jsonPath), jsonPath);
  if (file.id !== id) throw new Error(`${jsonPath}: id "${file.id}" differs from its folder`);
  const texts = {} as Record<Lang, string>;
  for (const lang of LESSON_LANGS) texts[lang] = await text(join(root, `${lang}.md`));
  const program = async (kind: 'starter' | 'reference') => {
    const path = join(root, programFile(kind, file.editor));
    return parseProgram(file.editor, await text(path), path);
  };
  const starter = await program('starter');
  const starters = {} as Record<Lang, LessonProgram>;
  for (const lang of LESSON_LANGS) {
    const name = localStarterFile(file.editor, lang);
    const path = name && join(root, name);
    starters[lang] = path ? parseProgram(file.editor, await text(path), path) : starter;
  }
  return { file, texts, starter, starters, reference: await program('reference'), dir: root };
}

/** Every lesson, in path order. */
export async function loadLessons(dir = LESSONS_DIR): Promise<NodeLesson[]> {
  const lessons = await Promise.all((await lessonIds(dir)).map((id) => loadLesson(id, dir)));
  return lessons.sort((a, b) => a.file.order - b.file.order);
}
