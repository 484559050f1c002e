/**
 * The Blockly workspace of the app: our toolbox, theme and touch-friendly renderer, language
 * switching without losing blocks, code generation with a line → block map, and block
 * highlighting while a program runs.
 */
import * as Blockly from 'blockly';
import {
  createQadamTheme,
  qadamToolbox,
  QADAM_MAX_INSTANCES,
  registerQadamBlocks,
  setBlocksLocale,
  workspaceToPythonWithMap,
  type PythonWithMap,
} from '../../blocks/index.ts';
import type { Lang } from '../i18n/types.ts';

/** A new program: just the "when program starts" block. */
export const STARTER_WORKSPACE = {
  blocks: { languageVersion: 0, blocks: [{ type: 'qadam_start', x: 40, y: 40 }] },
};

export interface BlocksEditor {
  /** Blockly's JSON of the workspace. */
  save(): Record<string, unknown>;
  /** Replaces the workspace; throws if Blockly cannot load the JSON (nothing is changed then). */
  load(json: Record<string, unknown> | null): void;
  python(opts?: { trace?: boolean }): PythonWithMap;
  setLang(lang: Lang): void;
  setScale(scale: number): void;
  highlight(blockId: string | null): void;
  select(blockId: string): void;
  resize(): void;
  dispose(): void;
}

export function createBlocksEditor(
  container: HTMLElement,
  opts: { lang: Lang; scale?: number; onChange: () => void },
): BlocksEditor {
  registerQadamBlocks();
  setBlocksLocale(opts.lang);
  let workspace = inject();
  let loading = false;

  function inject(): Blockly.WorkspaceSvg {
    const ws = Blockly.inject(container, {
      toolbox: qadamToolbox,
      theme: createQadamTheme(),
      renderer: 'zelos',
      // Our own copy (I-8): Blockly would fetch its sprites and sounds from a CDN.
      media: `${import.meta.env.BASE_URL}blockly-media/`,
      maxInstances: QADAM_MAX_INSTANCES,
      trashcan: true,
      move: { scrollbars: true, drag: true, wheel: false },
      zoom: { controls: true, wheel: true, pinch: true, startScale: opts.scale ?? 0.9 },
      grid: { spacing: 24, length: 3, colour: '#dde3ec', snap: true },
    });
    ws.addChangeListener(Blockly.Events.disableOrphans);
    ws.addChangeListener((event: Blockly.Events.Abstract) => {
      if (loading || event.isUiEvent) return;
      opts.onChange();
    });
    return ws;
  }

  const api: BlocksEditor = {
    save: () => Blockly.serialization.workspaces.save(workspace) as Record<string, unknown>,
    load(json) {
      const previous = api.save();
      loading = true;
      // Blockly fires its events after a timeout: disabled events are never queued, so a
      // programmatic load is not mistaken for the student's edit (and never autosaved over).
      Blockly.Events.disable();
      try {
        Blockly.serialization.workspaces.load(json ?? STARTER_WORKSPACE, workspace);
      } catch (error) {
        Blockly.serialization.workspaces.load(previous, workspace);
        throw error;
      } finally {
        Blockly.Events.enable();
        loading = false;
      }
    },
    python: (o) => workspaceToPythonWithMap(workspace, o),
    setLang(lang) {
      // Block labels are fixed when a block is built: rebuild the workspace in the new language.
      const json = api.save();
      const scale = workspace.getScale();
      setBlocksLocale(lang);
      workspace.dispose();
      workspace = inject();
      workspace.setScale(scale);
      api.load(json);
    },
    setScale: (scale) => workspace.setScale(scale),
    highlight: (blockId) => workspace.highlightBlock(blockId),
    select(blockId) {
      const block = workspace.getBlockById(blockId);
      if (!block) return;
      workspace.centerOnBlock(blockId);
      block.select();
    },
    resize: () => Blockly.svgResize(workspace),
    dispose: () => workspace.dispose(),
  };
  return api;
}
