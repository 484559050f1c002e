/** Typed interface texts in kk/ru/en and the language choice. */
import { fillTemplate } from './reasons.ts';
import { uiEn, type UiKey, type UiMessages } from './ui.en.ts';
import { uiKk } from './ui.kk.ts';
import { uiRu } from './ui.ru.ts';
import { isLang, LANGS, type Lang } from './types.ts';

export { LANGS, isLang, type Lang, type UiKey };

const UI: Record<Lang, UiMessages> = { en: uiEn, ru: uiRu, kk: uiKk };

/** The text for `key` in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(UI[lang][key], params);
}

/**
 * The language to start in: the remembered choice, else the first of the browser's languages
 * that we speak, else Kazakh (the app is made for Kazakhstan's schools).
 */
export function pickLanguage(remembered: string | null, browser: readonly string[]): Lang {
  if (isLang(remembered)) return remembered;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'kk';
}

/** Names of the languages, each in itself. */
export const LANGUAGE_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
