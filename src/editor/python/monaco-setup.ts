/**
 * Monaco, loaded lazily (only `monaco-editor.ts` imports this, and only `monaco-host.ts`
 * imports that, dynamically). We take the bare editor API plus the few editor features a
 * student needs, not `monaco-editor`'s main entry, which brings every language and
 * language service (≈ 3.4 MB gzip instead of ≈ 0.8 MB).
 *
 * Workers: only the base editor worker (no TypeScript/JSON/CSS services).
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import 'monaco-editor/languages/definitions/python/register.js';
// Editor features, one import each (the API alone has no hover, no suggest widget…).
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/suggest/register.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/snippet/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import 'monaco-editor/features/gotoError/register.js';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
