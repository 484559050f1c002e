/**
 * <qd-python-editor>: the Monaco Python editor, loaded lazily the first time the element is
 * shown. Renders into light DOM: Monaco styles the document.
 *
 * @fires qd-python-change - detail: { python } after every edit by the student.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import type { ErrorMarker, PythonEditorHandle } from '../editor/python/monaco-host.ts';
import { t, type Lang } from '../i18n/index.ts';

export class QdPythonEditor extends LitElement {
  static override properties = {
    lang: { type: String },
    fontSize: { type: Number },
    loaded: { state: true },
    failed: { state: true },
  };

  declare lang: Lang;
  declare fontSize: number;
  declare loaded: boolean;
  declare failed: string;
  private editor: PythonEditorHandle | null = null;
  private value = '';
  private markers: readonly ErrorMarker[] = [];
  private starting = false;

  constructor() {
    super();
    this.lang = 'kk';
    this.fontSize = 18;
    this.loaded = false;
    this.failed = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  getValue(): string {
    return this.editor?.getValue() ?? this.value;
  }

  setValue(value: string) {
    this.value = value;
    if (this.editor && this.editor.getValue() !== value) this.editor.setValue(value);
  }

  setErrorMarkers(markers: readonly ErrorMarker[]) {
    this.markers = markers;
    this.editor?.setErrorMarkers(markers);
  }

  revealLine(line: number) {
    this.editor?.revealLine(line);
  }

  /** Loads Monaco (once) and creates the editor; called when the Python tab is first shown. */
  async start() {
    if (this.editor || this.starting) return;
    this.starting = true;
    try {
      const { loadPythonEditor } = await import('../editor/python/monaco-host.ts');
      const create = await loadPythonEditor(this.lang);
      const host = this.querySelector<HTMLElement>('.qd-monaco')!;
      this.editor = create(host, {
        value: this.value,
        lang: this.lang,
        fontSize: this.fontSize,
        onChange: (python) => {
          this.value = python;
          this.dispatchEvent(
            new CustomEvent('qd-python-change', {
              detail: { python },
              bubbles: true,
              composed: true,
            }),
          );
        },
      });
      this.editor.setErrorMarkers(this.markers);
      this.loaded = true;
    } catch (error) {
      this.failed = String((error as Error)?.message ?? error);
    } finally {
      this.starting = false;
    }
  }

  override updated(changed: PropertyValues<this>) {
    if (!this.editor) return;
    if (changed.has('lang')) this.editor.setLang(this.lang);
    if (changed.has('fontSize')) this.editor.setFontSize(this.fontSize);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.editor?.dispose();
    this.editor = null;
  }

  override render() {
    return html`<div class="qd-python-layout">
      ${
        this.loaded
          ? null
          : html`<p class="qd-editor-loading">
              ${this.failed ? this.failed : t(this.lang, 'editor.pythonLoading')}
            </p>`
      }
      <div class="qd-monaco" data-testid="monaco"></div>
    </div>`;
  }
}

customElements.define('qd-python-editor', QdPythonEditor);

declare global {
  interface HTMLElementTagNameMap {
    'qd-python-editor': QdPythonEditor;
  }
}
