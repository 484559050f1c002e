/**
 * The Monaco-backed Python editor (loaded lazily through `loadPythonEditor()` in
 * `monaco-host.ts`; do not import this module statically from app code).
 */
import type { Lang } from '../../i18n/types.ts';
import type {
  CreatePythonEditor,
  ErrorMarker,
  PythonEditorHandle,
  PythonEditorOptions,
} from './monaco-host.ts';
import { monaco } from './monaco-setup.ts';
import { modelLangs, registerPythonProviders } from './monaco-providers.ts';
import { CSS_CLASS, QADAM_LIGHT_THEME, THEME_NAME, installEditorStyles } from './monaco-theme.ts';

const MARKER_OWNER = 'qadam';

/** Plain text as Markdown that renders as the same text (Python messages hold `*`, `_`, …). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
/** Big enough to read on a classroom panel; presenter mode raises it with setFontSize. */
const DEFAULT_FONT_SIZE = 18;

let registered = false;
/** Registers the theme and providers once per page. */
function registerOnce(): void {
  if (registered) return;
  registered = true;
  monaco.editor.defineTheme(THEME_NAME, QADAM_LIGHT_THEME);
  registerPythonProviders(monaco);
  installEditorStyles();
}

/** The marked range of an error: from `column` to the end of its word, or the whole line. */
function markerRange(model: monaco.editor.ITextModel, marker: ErrorMarker): monaco.IRange {
  const line = Math.min(Math.max(1, Math.floor(marker.line)), model.getLineCount());
  const maxColumn = model.getLineMaxColumn(line);
  if (marker.column !== undefined && marker.column >= 1) {
    const column = Math.min(marker.column, maxColumn);
    const word = model.getWordAtPosition({ lineNumber: line, column });
    const end = word && word.endColumn > column ? word.endColumn : Math.min(column + 1, maxColumn);
    return { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: end };
  }
  const first = model.getLineFirstNonWhitespaceColumn(line) || 1;
  return { startLineNumber: line, startColumn: first, endLineNumber: line, endColumn: maxColumn };
}

/** Creates a Python editor in `container`. See `PythonEditorHandle`. */
export const createPythonEditor: CreatePythonEditor = (
  container: HTMLElement,
  options: PythonEditorOptions,
): PythonEditorHandle => {
  registerOnce();
  const model = monaco.editor.createModel(options.value, 'python');
  const uri = model.uri.toString();
  modelLangs.set(uri, options.lang);

  const editor = monaco.editor.create(container, {
    model,
    theme: THEME_NAME,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: options.fontSize ?? DEFAULT_FONT_SIZE,
    lineHeight: 0, // 0 → derived from the font size
    readOnly: options.readOnly ?? false,
    glyphMargin: true,
    scrollBeyondLastLine: false,
    tabSize: 4,
    insertSpaces: true,
    detectIndentation: false,
    renderWhitespace: 'boundary',
    wordBasedSuggestions: 'off',
    quickSuggestions: { other: true, comments: false, strings: false },
    suggest: { showWords: false, preview: true },
    hover: { enabled: 'on', delay: 300 },
    fixedOverflowWidgets: true,
    padding: { top: 8 },
    ariaLabel: 'Python',
  });

  let applyingValue = false;
  const changeListener = editor.onDidChangeModelContent(() => {
    if (!applyingValue) options.onChange?.(model.getValue());
  });
  const errorDecorations = editor.createDecorationsCollection();
  const highlight = editor.createDecorationsCollection();

  const highlightLine = (line: number | null) => {
    if (line === null || line < 1 || line > model.getLineCount()) {
      highlight.clear();
      return;
    }
    highlight.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: CSS_CLASS.highlightLine },
      },
    ]);
  };

  return {
    getValue: () => model.getValue(),
    setValue(value) {
      applyingValue = true;
      try {
        // pushEditOperations keeps it undoable, unlike model.setValue.
        model.pushEditOperations(
          [],
          [{ range: model.getFullModelRange(), text: value }],
          () => null,
        );
      } finally {
        applyingValue = false;
      }
    },
    setLang(lang: Lang) {
      modelLangs.set(uri, lang);
    },
    setReadOnly(readOnly) {
      editor.updateOptions({ readOnly });
    },
    setErrorMarkers(markers) {
      const ranges = markers.map((m) => ({ marker: m, range: markerRange(model, m) }));
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        ranges.map(({ marker, range }) => ({
          ...range,
          message: marker.message,
          severity: monaco.MarkerSeverity.Error,
        })),
      );
      errorDecorations.set(
        ranges.map(({ marker, range }) => ({
          range: new monaco.Range(range.startLineNumber, 1, range.startLineNumber, 1),
          options: {
            isWholeLine: true,
            className: CSS_CLASS.errorLine,
            glyphMarginClassName: CSS_CLASS.errorGlyph,
            glyphMarginHoverMessage: { value: escapeMarkdown(marker.message), isTrusted: false },
          },
        })),
      );
    },
    clearMarkers() {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      errorDecorations.clear();
    },
    revealLine(line) {
      editor.revealLineInCenterIfOutsideViewport(line);
      highlightLine(line);
    },
    highlightLine,
    setFontSize(px) {
      editor.updateOptions({ fontSize: px });
    },
    focus: () => editor.focus(),
    dispose() {
      changeListener.dispose();
      modelLangs.delete(uri);
      editor.dispose();
      model.dispose();
    },
  };
};
