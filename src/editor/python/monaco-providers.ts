/**
 * Completion and hover for Python in Monaco: thin adapters from the pure logic of
 * `completion.ts` and `hover.ts` to Monaco's provider interfaces. Registered once per page;
 * each model's language is looked up in `modelLangs` (set by its editor handle), so two
 * editors in different languages can live side by side.
 */
import type { Lang } from '../../i18n/types.ts';
import { suggestionsAt, type SuggestionKind } from './completion.ts';
import { apiDoc, apiDocMarkdown } from './docs/index.ts';
import { hoverTargetAt } from './hover.ts';
import { inferVariableTypes } from './resolve.ts';
import type { monaco as Monaco } from './monaco-setup.ts';

type MonacoApi = typeof Monaco;

/** The language of each model's hovers and completions, by model URI. */
export const modelLangs = new Map<string, Lang>();

const langOf = (model: Monaco.editor.ITextModel): Lang =>
  modelLangs.get(model.uri.toString()) ?? 'en';

function completionKind(monaco: MonacoApi, kind: SuggestionKind) {
  const K = monaco.languages.CompletionItemKind;
  const kinds: Record<SuggestionKind, Monaco.languages.CompletionItemKind> = {
    module: K.Module,
    object: K.Variable,
    variable: K.Variable,
    class: K.Class,
    method: K.Method,
    property: K.Property,
    function: K.Function,
    enum: K.Enum,
    member: K.EnumMember,
    keyword: K.Keyword,
    snippet: K.Snippet,
  };
  return kinds[kind];
}

/** Registers completion and hover providers for `python`. Returns what to dispose. */
export function registerPythonProviders(monaco: MonacoApi): Monaco.IDisposable[] {
  const completion = monaco.languages.registerCompletionItemProvider('python', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const before = line.slice(0, position.column - 1);
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(
        position.lineNumber,
        word.startColumn,
        position.lineNumber,
        word.endColumn,
      );
      const lang = langOf(model);
      const suggestions = suggestionsAt(before, model.getValue()).map((s) => {
        const item: Monaco.languages.CompletionItem = {
          label: s.label,
          kind: completionKind(monaco, s.kind),
          insertText: s.insertText,
          sortText: s.sortText,
          range,
        };
        if (s.snippet)
          item.insertTextRules = monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet;
        if (s.doc) {
          const doc = apiDoc(s.doc, lang);
          item.detail = doc.summary;
          item.documentation = { value: apiDocMarkdown(s.doc, lang, false) };
        }
        return item;
      });
      return { suggestions };
    },
  });

  const hover = monaco.languages.registerHoverProvider('python', {
    provideHover(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const target = hoverTargetAt(line, position.column, inferVariableTypes(model.getValue()));
      if (!target) return null;
      return {
        range: new monaco.Range(
          position.lineNumber,
          target.startColumn,
          position.lineNumber,
          target.endColumn,
        ),
        contents: [{ value: apiDocMarkdown(target.doc, langOf(model)) }],
      };
    },
  });
  return [completion, hover];
}
