/**
 * The classroom look: a light theme with strong contrast (read from the back row of a class
 * on a projected panel), and the few CSS rules of our own decorations.
 */
import type { editor } from 'monaco-editor/editor/editor.api.js';

/** Name of the theme registered by `monaco-editor.ts`. */
export const THEME_NAME = 'qadam-light';

/** Colours chosen for ≥ 7:1 contrast on white for text tokens (WCAG AAA), comments ≥ 4.5:1. */
export const QADAM_LIGHT_THEME: editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [
    { token: '', foreground: '111111' },
    { token: 'keyword', foreground: '0033B3', fontStyle: 'bold' },
    { token: 'identifier', foreground: '111111' },
    { token: 'string', foreground: '9C1A1A' },
    { token: 'number', foreground: '0B6B3A' },
    { token: 'number.hex', foreground: '0B6B3A' },
    { token: 'comment', foreground: '5C5C5C', fontStyle: 'italic' },
    { token: 'delimiter', foreground: '333333' },
    { token: 'tag', foreground: '7A3E00' },
  ],
  colors: {
    'editor.background': '#FFFFFF',
    'editor.foreground': '#111111',
    'editorLineNumber.foreground': '#6B6B6B',
    'editorLineNumber.activeForeground': '#111111',
    'editor.lineHighlightBackground': '#F2F6FC',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#B3D4FF',
    'editorCursor.foreground': '#0033B3',
    'editorIndentGuide.background1': '#D0D0D0',
    'editorError.foreground': '#D10000',
    'editorSuggestWidget.background': '#FFFFFF',
    'editorSuggestWidget.border': '#8A8A8A',
    'editorSuggestWidget.selectedBackground': '#D6E6FF',
    'editorSuggestWidget.selectedForeground': '#000000',
    'editorSuggestWidget.selectedIconForeground': '#000000',
    'editorSuggestWidget.foreground': '#111111',
    'editorSuggestWidget.highlightForeground': '#0033B3',
    'editorSuggestWidget.focusHighlightForeground': '#002080',
    'editorHoverWidget.background': '#FFFFFF',
    'editorHoverWidget.foreground': '#111111',
    'editorHoverWidget.border': '#8A8A8A',
  },
};

/** Class names of our decorations. */
export const CSS_CLASS = {
  errorGlyph: 'qd-error-glyph',
  errorLine: 'qd-error-line',
  highlightLine: 'qd-highlight-line',
} as const;

const STYLE_ID = 'qd-python-editor-style';
const CSS = `
.${CSS_CLASS.errorGlyph} { display: flex; align-items: center; justify-content: center; }
.${CSS_CLASS.errorGlyph}::before {
  content: '!'; width: 1.05em; height: 1.05em; border-radius: 50%;
  background: #D10000; color: #fff; font: bold 0.8em/1.3 system-ui, sans-serif; text-align: center;
}
.${CSS_CLASS.errorLine} { background: rgba(209, 0, 0, 0.08); }
.${CSS_CLASS.highlightLine} { background: rgba(255, 200, 0, 0.35); }
`;

/** Adds our CSS to the document once. */
export function installEditorStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.append(style);
}
