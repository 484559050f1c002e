/** The left half of <qd-app>: the Blocks / Python tabs and the two editors. */
import { html } from 'lit';
import type { Lang } from '../../i18n/index.ts';
import { renderTabs } from './app-chrome.ts';

export type EditorTab = 'blocks' | 'python';

export interface EditorsProps {
  lang: Lang;
  editor: EditorTab;
  scale: number;
  switchTab: (tab: EditorTab) => void;
  blocksChanged: (blocks: Record<string, unknown>) => void;
  pythonChanged: (python: string) => void;
  openAsPython: (python: string) => void;
}

export function renderEditors(p: EditorsProps) {
  const l = p.lang;
  return html`<section class="qd-editors">
    <div class="qd-tabs" role="tablist">
      ${renderTabs(
        l,
        ['blocks', 'python'] as const,
        p.editor,
        (tab) => (tab === 'blocks' ? 'tab.blocks' : 'tab.python'),
        p.switchTab,
      )}
    </div>
    <qd-blocks-editor
      ?hidden=${p.editor !== 'blocks'}
      .lang=${l}
      .scale=${0.9 * p.scale}
      @qd-blocks-change=${(e: CustomEvent) => p.blocksChanged(e.detail.blocks)}
      @qd-open-as-python=${(e: CustomEvent) => p.openAsPython(e.detail.python)}
    ></qd-blocks-editor>
    <qd-python-editor
      ?hidden=${p.editor !== 'python'}
      .lang=${l}
      .fontSize=${Math.round(18 * p.scale)}
      @qd-python-change=${(e: CustomEvent) => p.pythonChanged(e.detail.python)}
    ></qd-python-editor>
  </section>`;
}
