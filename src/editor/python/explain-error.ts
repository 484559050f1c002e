/**
 * Explanations of Python errors in the student's language, shown beside the original message
 * (never instead of it: the original is what a real hub prints and what a teacher searches).
 */
import { pythonErrorsEn, type PythonErrorTexts } from '../../i18n/python-errors.en.ts';
import { pythonErrorsKk } from '../../i18n/python-errors.kk.ts';
import { pythonErrorsRu } from '../../i18n/python-errors.ru.ts';
import type { Lang } from '../../i18n/types.ts';
import {
  diagnosePythonError,
  type KeyedText,
  type ParamValue,
  type PythonErrorInput,
} from './error-rules.ts';

export type { PythonErrorInput } from './error-rules.ts';
export { diagnosePythonError } from './error-rules.ts';

/** Error explanation tables per language. */
export const PYTHON_ERROR_TEXTS: Record<Lang, PythonErrorTexts> = {
  en: pythonErrorsEn,
  ru: pythonErrorsRu,
  kk: pythonErrorsKk,
};

/** An explanation ready to show. Texts may hold `` `code` `` spans (render them as code). */
export interface PythonErrorExplanation {
  title: string;
  explanation: string;
  /** What to try, when there is something specific; hints are joined with a space. */
  hint?: string;
}

function render(text: KeyedText, table: PythonErrorTexts): string {
  const params = text.params ?? {};
  const value = (v: ParamValue) => (typeof v === 'object' ? table[v.key] : String(v));
  return table[text.key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? value(params[name]) : whole,
  );
}

/**
 * Explain `error` (exception class name, message and line as CPython reports them) in `lang`.
 * `source` is the program, which helps "did you mean …?" find the student's own names.
 *
 * @example
 * explainPythonError({ type: 'NameError', message: "name 'ultrasnic' is not defined", line: 3 }, 'en')
 * // → { title: 'Unknown name', explanation: 'You used `ultrasnic` before …',
 * //     hint: 'Did you mean `ultrasonic`?' }
 */
export function explainPythonError(
  error: PythonErrorInput,
  lang: Lang,
  source = '',
): PythonErrorExplanation {
  const table = PYTHON_ERROR_TEXTS[lang];
  const diagnosis = diagnosePythonError(error, source);
  const result: PythonErrorExplanation = {
    title: render(diagnosis.title, table),
    explanation: render(diagnosis.explanation, table),
  };
  if (diagnosis.hints.length) result.hint = diagnosis.hints.map((h) => render(h, table)).join(' ');
  return result;
}
