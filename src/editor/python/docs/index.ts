/**
 * The robot API documentation in the student's language: signature, summary and example of a
 * documented name. Pure data access — no Monaco here, so Node tests and other panels (blocks
 * tooltips, a help page) can use it.
 */
import type { Lang } from '../../../i18n/types.ts';
import { apiDocsEn, type ApiDocKey, type ApiDocTexts } from './api-docs.en.ts';
import { apiDocsKk } from './api-docs.kk.ts';
import { apiDocsRu } from './api-docs.ru.ts';
import { API_ENTRIES, type ApiKind } from './api-model.ts';

export type { ApiDocKey, ApiDocTexts } from './api-docs.en.ts';
export type { ApiKind, ApiEntry } from './api-model.ts';

/** Summaries per language. */
export const API_DOC_TEXTS: Record<Lang, ApiDocTexts> = {
  en: apiDocsEn,
  ru: apiDocsRu,
  kk: apiDocsKk,
};

/** One documented name, ready to show. */
export interface ApiDoc {
  key: ApiDocKey;
  kind: ApiKind;
  signature: string;
  summary: string;
  /** Empty for enum members, which need no example. */
  example: string;
}

/** True if `key` is a documented name. */
export function isApiDocKey(key: string): key is ApiDocKey {
  return Object.prototype.hasOwnProperty.call(apiDocsEn, key);
}

/** The doc of `key` in `lang`. */
export function apiDoc(key: ApiDocKey, lang: Lang): ApiDoc {
  const entry = API_ENTRIES[key];
  return { key, ...entry, summary: API_DOC_TEXTS[lang][key] };
}

const EXAMPLE_LABEL: Record<Lang, string> = { en: 'Example', ru: 'Пример', kk: 'Мысал' };

/**
 * The doc as Markdown for a hover or a completion detail: the signature as Python code, the
 * summary, then the example. Summaries are our own data, never user input. Without the
 * summary (`withSummary` false) for completion items, which show it as their detail already.
 */
export function apiDocMarkdown(key: ApiDocKey, lang: Lang, withSummary = true): string {
  const doc = apiDoc(key, lang);
  const parts = ['```python\n' + doc.signature + '\n```'];
  if (withSummary) parts.push(doc.summary);
  if (doc.example) parts.push(`*${EXAMPLE_LABEL[lang]}:*\n\`\`\`python\n${doc.example}\n\`\`\``);
  return parts.join('\n\n');
}
