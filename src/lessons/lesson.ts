/**
 * A loaded lesson: its validated task.json, its texts (Markdown, kk/ru/en), its starter and (in
 * Node only: the tests and `qadam run lesson/…` need it; the app does not ship it) its
 * reference solution. Shared by the Node catalog and the app's catalog.
 */
import { getTask } from '../../sim/tasks/index.ts';
import { LESSON_PREFIX, lessonTask } from '../../sim/lessons/task.ts';
import type { TaskDef } from '../../sim/tasks/types.ts';
import type { LessonFile } from './schema.ts';

export type Lang = 'kk' | 'ru' | 'en';
export const LESSON_LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** A starter or reference program: a blocks workspace (Blockly JSON) or Python text. */
export type LessonProgram =
  { editor: 'blocks'; blocks: object } | { editor: 'python'; code: string };

export interface Lesson {
  file: LessonFile;
  texts: Record<Lang, string>;
  /** The starter as written (English comments): what the tests and the CLI check. */
  starter: LessonProgram;
  /**
   * The starter each language's students see: a Python starter's comments are translated
   * (`starter.kk.py`, `starter.ru.py`; the code itself is the same, tests hold it to that).
   */
  starters: Record<Lang, LessonProgram>;
}

export { LESSON_PREFIX };
export { codeWithoutComments } from './python-code.ts';

/** The task a lesson runs as (`lesson/<id>`). */
export function taskOfLesson(file: LessonFile): TaskDef {
  return lessonTask(file, getTask);
}

/** File names of a lesson's programs, by editor. */
export function programFile(kind: 'starter' | 'reference', editor: LessonFile['editor']): string {
  return editor === 'blocks' ? `${kind}.blocks.json` : `${kind}.py`;
}

/**
 * The file of a Python starter translated for `lang` (English is `starter.py` itself); null
 * for blocks, whose text Blockly translates.
 */
export function localStarterFile(editor: LessonFile['editor'], lang: Lang): string | null {
  return editor === 'python' && lang !== 'en' ? `starter.${lang}.py` : null;
}

/** Parses a program file's text. Blocks files hold `{"blocks": …}` as Blockly serializes it. */
export function parseProgram(
  editor: LessonFile['editor'],
  text: string,
  where: string,
): LessonProgram {
  if (editor === 'python') return { editor, code: text };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || !('blocks' in data)) {
    throw new Error(`${where}: expected a Blockly workspace ({"blocks": …})`);
  }
  return { editor, blocks: data };
}

/** The headings of a Markdown text, as "level:index" (texts in every language share them). */
export function markdownOutline(text: string): string[] {
  const out: string[] = [];
  let fence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) {
      fence = !fence;
      out.push('code');
      continue;
    }
    if (fence) continue;
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) out.push(`h${heading[1].length}`);
    else if (/^\s*([-*]|\d+\.)\s/.test(line)) out.push('item');
  }
  return out;
}
