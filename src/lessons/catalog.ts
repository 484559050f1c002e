/**
 * The lessons as the app shows them: files, texts (kk/ru/en Markdown) and starters, bundled by
 * Vite so they work offline. Reference solutions are not bundled.
 */
import { LESSON_FILES } from './catalog-tasks.ts';
import {
  LESSON_LANGS,
  localStarterFile,
  parseProgram,
  programFile,
  type Lang,
  type Lesson,
  type LessonProgram,
} from './lesson.ts';

const texts = import.meta.glob<string>('../../lessons/*/*.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const starters = import.meta.glob<string>('../../lessons/*/starter.*', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const at = (id: string, name: string) => `../../lessons/${id}/${name}`;

function load(file: (typeof LESSON_FILES)[number]): Lesson {
  const byLang = {} as Record<Lang, string>;
  for (const lang of LESSON_LANGS) byLang[lang] = texts[at(file.id, `${lang}.md`)] ?? '';
  const name = programFile('starter', file.editor);
  const starter = parseProgram(file.editor, starters[at(file.id, name)] ?? '', name);
  const local = {} as Record<Lang, LessonProgram>;
  for (const lang of LESSON_LANGS) {
    const localName = localStarterFile(file.editor, lang);
    const text = localName ? starters[at(file.id, localName)] : undefined;
    local[lang] = text === undefined ? starter : parseProgram(file.editor, text, localName!);
  }
  return { file, texts: byLang, starter, starters: local };
}

export const LESSONS: readonly Lesson[] = LESSON_FILES.map(load);

export function getLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.file.id === id);
}
