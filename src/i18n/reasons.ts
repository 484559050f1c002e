/** Turns a verdict Reason (a code and parameters) into a sentence in the user's language. */
import type { Reason } from '../../sim/types.ts';
import { reasonsEn, type ReasonKey, type ReasonMessages } from './reasons.en.ts';
import { reasonsKk } from './reasons.kk.ts';
import { reasonsRu } from './reasons.ru.ts';
import type { Lang } from './types.ts';

const TABLES: Record<Lang, ReasonMessages> = { en: reasonsEn, ru: reasonsRu, kk: reasonsKk };

function isReasonKey(code: string): code is ReasonKey {
  return Object.prototype.hasOwnProperty.call(reasonsEn, code);
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A reason as a sentence. Unknown codes (a newer engine, a forged file) are shown as the code
 * and its parameters — never dropped, never interpreted as markup.
 */
export function formatReason(reason: Reason, lang: Lang): string {
  const params: Record<string, string | number> = { ...(reason.params ?? {}) };
  if (reason.robot !== undefined && params.robot === undefined) params.robot = reason.robot;
  if (!isReasonKey(reason.code)) {
    const extra = Object.keys(params).length ? ` ${JSON.stringify(params)}` : '';
    return `${reason.code}${extra}`;
  }
  return fillTemplate(TABLES[lang][reason.code], params);
}
