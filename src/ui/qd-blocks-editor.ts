/**
 * <qd-blocks-editor>: the Blockly workspace with the Python it generates shown read-only
 * beside it, and "Open as Python". Renders into light DOM: Blockly styles the document.
 *
 * @fires qd-blocks-change - detail: { blocks, python } after every edit.
 * @fires qd-open-as-python - detail: { python } when "Open as Python" is pressed.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { createBlocksEditor, type BlocksEditor } from '../editor/blocks-host.ts';
import { t, type Lang } from '../i18n/index.ts';

export class QdBlocksEditor extends LitElement {
  static override properties = {
    lang: { type: String },
    scale: { type: Number },
    python: { state: true },
  };

  declare lang: Lang;
  declare scale: number;
  declare python: string;
  private editor: BlocksEditor | null = null;
  private initial: Record<string, unknown> | null = null;
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    super();
    this.lang = 'kk';
    this.scale = 0.9;
    this.python = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  /** The workspace as Blockly JSON. */
  save(): Record<string, unknown> | null {
    return this.editor?.save() ?? this.initial;
  }

  /** Loads a workspace (null: a new program). Throws when Blockly refuses it; nothing changes. */
  load(json: Record<string, unknown> | null) {
    if (!this.editor) {
      this.initial = json;
      return;
    }
    this.editor.load(json);
    this.refresh();
  }

  /** The program's Python, optionally with block-trace calls, and its line → block map. */
  generate(trace = false) {
    return this.editor?.python({ trace }) ?? { code: '', lineToBlockId: {} };
  }

  highlight(blockId: string | null) {
    this.editor?.highlight(blockId);
  }

  select(blockId: string) {
    this.editor?.select(blockId);
  }

  private refresh() {
    this.python = this.editor?.python().code ?? '';
  }

  override firstUpdated() {
    const host = this.querySelector<HTMLElement>('.qd-blockly')!;
    this.editor = createBlocksEditor(host, {
      lang: this.lang,
      scale: this.scale,
      onChange: () => {
        this.refresh();
        this.dispatchEvent(
          new CustomEvent('qd-blocks-change', {
            detail: { blocks: this.editor!.save(), python: this.python },
            bubbles: true,
            composed: true,
          }),
        );
      },
    });
    this.editor.load(this.initial);
    this.refresh();
    this.resizeObserver = new ResizeObserver(() => this.editor?.resize());
    this.resizeObserver.observe(host);
  }

  override updated(changed: PropertyValues<this>) {
    if (!this.editor) return;
    if (changed.has('lang') && changed.get('lang') !== undefined) this.editor.setLang(this.lang);
    if (changed.has('scale') && changed.get('scale') !== undefined)
      this.editor.setScale(this.scale);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.editor?.dispose();
    this.editor = null;
  }

  override render() {
    return html`<div class="qd-blocks-layout">
      <div class="qd-blockly" data-testid="blockly"></div>
      <aside class="qd-generated">
        <header>
          <span>${t(this.lang, 'editor.generated')}</span>
          <button
            data-action="open-as-python"
            @click=${() =>
              this.dispatchEvent(
                new CustomEvent('qd-open-as-python', {
                  detail: { python: this.python },
                  bubbles: true,
                  composed: true,
                }),
              )}
          >
            ${t(this.lang, 'editor.openAsPython')}
          </button>
        </header>
        <pre data-testid="generated-python">${this.python}</pre>
      </aside>
    </div>`;
  }
}

customElements.define('qd-blocks-editor', QdBlocksEditor);

declare global {
  interface HTMLElementTagNameMap {
    'qd-blocks-editor': QdBlocksEditor;
  }
}
