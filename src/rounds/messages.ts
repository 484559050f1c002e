/** A round file's problem as a sentence in the user's language (the app's notices). */
import { t, type Lang } from '../i18n/index.ts';
import { RoundError } from './schema.ts';

export function roundErrorText(error: unknown, lang: Lang): string {
  if (error instanceof RoundError) {
    return t(lang, `round.error.${error.code}`, { detail: error.detail });
  }
  return t(lang, 'round.error.invalid', { detail: String((error as Error)?.message ?? error) });
}
