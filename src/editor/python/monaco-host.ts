/**
 * The Python editor's public face. This module is small and imports Monaco only dynamically,
 * so the app's first load stays light (Monaco + Python ≈ 0.8 MB gzip, DESIGN.md): the editor
 * code arrives the first time `loadPythonEditor()` is called.
 *
 * @example
 * const createPythonEditor = await loadPythonEditor('kk');
 * const editor = createPythonEditor(el, { value: code, lang: 'kk', onChange: save });
 * editor.setErrorMarkers([{ line: 4, message: "NameError: name 'x' is not defined" }]);
 */
import type { Lang } from '../../i18n/types.ts';

/** Options of a new Python editor. */
export interface PythonEditorOptions {
  /** The program text. */
  value: string;
  /** Language of hovers and completion docs. */
  lang: Lang;
  readOnly?: boolean;
  /** Font size in px (default 18: readable on a classroom panel). */
  fontSize?: number;
  /** Called with the whole text after every edit by the user (not after `setValue`). */
  onChange?: (value: string) => void;
}

/** An error to show in the program: a squiggle under the line (or from `column`) and a glyph. */
export interface ErrorMarker {
  /** 1-based line. */
  line: number;
  /** 1-based column; without it the whole line (from its first non-blank) is marked. */
  column?: number;
  /** Shown when hovering the squiggle or the glyph. Plain text. */
  message: string;
}

/** A live editor. */
export interface PythonEditorHandle {
  getValue(): string;
  /** Replace the text (an undoable edit; `onChange` is not called). */
  setValue(value: string): void;
  /** Switch hover and completion texts to `lang`. */
  setLang(lang: Lang): void;
  setReadOnly(readOnly: boolean): void;
  /** Show these errors, replacing the ones shown before. */
  setErrorMarkers(markers: readonly ErrorMarker[]): void;
  clearMarkers(): void;
  /** Scroll `line` into the middle of the view and highlight it (e.g. the running line). */
  revealLine(line: number): void;
  /** Highlight `line` without scrolling; null removes the highlight. */
  highlightLine(line: number | null): void;
  /** Change the font size, e.g. for presenter mode on a panel. */
  setFontSize(px: number): void;
  focus(): void;
  dispose(): void;
}

/** Makes an editor inside `container` (which must have a size; the editor follows it). */
export type CreatePythonEditor = (
  container: HTMLElement,
  options: PythonEditorOptions,
) => PythonEditorHandle;

let loading: Promise<CreatePythonEditor> | null = null;

/**
 * Loads Monaco with Python support (once; later calls share the same promise) and returns
 * the editor factory.
 *
 * `uiLang` picks the language of Monaco's own chrome (context menu, "View Problem", find
 * widget). Monaco reads those texts when its modules are evaluated, so the first call decides
 * for the page. Monaco ships Russian but no Kazakh: Kazakh pages get the Russian chrome,
 * which Kazakh schools read, rather than English. Our own texts (hovers, completion docs,
 * errors) follow `setLang` at any time.
 */
export function loadPythonEditor(uiLang: Lang = 'en'): Promise<CreatePythonEditor> {
  loading ??= (async () => {
    // NB: must finish before Monaco's modules run — it sets the global message table.
    if (uiLang !== 'en') await import('monaco-editor/nls/lang/ru.js');
    const { createPythonEditor } = await import('./monaco-editor.ts');
    return createPythonEditor;
  })();
  // A failed load (e.g. offline before the cache is warm) may be retried later.
  loading.catch(() => (loading = null));
  return loading;
}
