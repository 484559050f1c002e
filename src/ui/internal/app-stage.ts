/** The right half of <qd-app>: the 3D view with the verdict over it, the console and sensors. */
import { html } from 'lit';
import type { Lang } from '../../i18n/index.ts';
import type { RunController } from '../../app/run-controller.ts';
import { renderTabs } from './app-chrome.ts';

export type BottomTab = 'console' | 'sensors';

export interface StageProps {
  lang: Lang;
  camera: 'top' | 'follow' | 'orbit';
  showRays: boolean;
  showTrail: boolean;
  runs: RunController;
  bottom: BottomTab;
  pickBottom: (tab: BottomTab) => void;
  /** The view's own settings (camera, rays, trail) go to the app like the toolbar's. */
  onSetting: (key: 'camera' | 'showRays' | 'showTrail', value: string | boolean) => void;
  gotoLine: (line: number, blockId?: string) => void;
}

export function renderStage(p: StageProps) {
  const l = p.lang;
  return html`<section class="qd-stage">
    <qd-arena-view
      .lang=${l}
      .camera=${p.camera}
      .showRays=${p.showRays}
      .showTrail=${p.showTrail}
      @qd-setting=${(e: CustomEvent) => p.onSetting(e.detail.key, e.detail.value)}
    >
      <qd-verdict
        .lang=${l}
        .verdict=${p.runs.verdict}
        .match=${p.runs.match}
        @qd-verdict-close=${() => p.runs.reset()}
      ></qd-verdict>
    </qd-arena-view>
    <div class="qd-tabs qd-bottom-tabs" role="tablist">
      ${renderTabs(
        l,
        ['console', 'sensors'] as const,
        p.bottom,
        (tab) => (tab === 'console' ? 'console.title' : 'sensors.title'),
        p.pickBottom,
      )}
    </div>
    <qd-console
      ?hidden=${p.bottom !== 'console'}
      .lang=${l}
      .lines=${p.runs.lines}
      @qd-clear-console=${() => p.runs.clearLines()}
      @qd-goto-line=${(e: CustomEvent) => p.gotoLine(e.detail.line, e.detail.blockId)}
    ></qd-console>
    <qd-sensor-panel ?hidden=${p.bottom !== 'sensors'} .lang=${l}></qd-sensor-panel>
  </section>`;
}
