/**
 * <qd-sensor-panel>: live values of every sensor of one robot and plots over time (uPlot) of
 * distance, reflection and heading. Fed by the app with snapshots; it only reads them.
 */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import type { RobotSnapshot } from '../../sim/types.ts';
import { t, type Lang } from '../i18n/index.ts';

/** How much history the plots keep (seconds of simulated time). */
const WINDOW_S = 30;
/** Plots redraw at most this often (ms of wall time): drawing is the costly part. */
const REDRAW_MS = 100;

type Series = [number[], number[], number[], number[], number[]];

export class QdSensorPanel extends LitElement {
  static override properties = {
    lang: { type: String },
    robot: { attribute: false },
  };

  declare lang: Lang;
  /** The latest snapshot of the robot shown. */
  declare robot: RobotSnapshot | null;

  private data: Series = [[], [], [], [], []];
  private plot: uPlot | null = null;
  private lastDraw = 0;
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    super();
    this.lang = 'kk';
    this.robot = null;
  }

  static override styles = [
    unsafeCSS(uplotCss),
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 6px;
        font-size: var(--qd-font-size, 16px);
        background: #fff;
        border-radius: 10px;
        padding: 8px;
        min-height: 0;
        color: #1b2333;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
        gap: 4px 10px;
        margin: 0;
      }
      div.item {
        display: flex;
        justify-content: space-between;
        gap: 6px;
        padding: 2px 6px;
        border-radius: 6px;
        background: #f1f4f9;
      }
      dt {
        color: #4a5570;
      }
      dd {
        margin: 0;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .plot {
        flex: 1;
        min-height: 60px;
        overflow: hidden;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 12px;
        font-size: 0.85em;
      }
      .legend span::before {
        content: '';
        display: inline-block;
        width: 0.9em;
        height: 0.25em;
        margin-right: 4px;
        vertical-align: middle;
        background: var(--c);
      }
    `,
  ];

  /** Adds one sample to the plots (call once per received snapshot). */
  push(robot: RobotSnapshot, tMs: number) {
    const [ts, dist, left, right, heading] = this.data;
    const time = tMs / 1000;
    if (ts.length > 0 && time < ts[ts.length - 1]) this.clear();
    ts.push(time);
    dist.push(robot.sensors.distance);
    left.push(robot.sensors.reflectionLeft);
    right.push(robot.sensors.reflectionRight);
    heading.push(robot.sensors.heading);
    while (ts.length > 0 && ts[0] < time - WINDOW_S) this.data.forEach((s) => s.shift());
    this.robot = robot;
    const now = performance.now();
    if (this.plot && now - this.lastDraw > REDRAW_MS) {
      this.lastDraw = now;
      this.plot.setData(this.data);
    }
  }

  /** Forgets the history (a new run). */
  clear() {
    this.data = [[], [], [], [], []];
    this.plot?.setData(this.data);
  }

  private makePlot(host: HTMLElement) {
    const opts: uPlot.Options = {
      width: Math.max(200, host.clientWidth),
      height: Math.max(80, host.clientHeight),
      legend: { show: false },
      scales: { x: { time: false }, mm: {}, pct: { range: [0, 100] }, deg: { range: [-180, 180] } },
      axes: [
        { label: 's' },
        { scale: 'mm', label: 'mm' },
        { scale: 'pct', side: 1, label: '%', grid: { show: false } },
      ],
      series: [
        {},
        { label: t(this.lang, 'sensors.distance'), scale: 'mm', stroke: '#2f6fde', width: 2 },
        {
          label: t(this.lang, 'sensors.reflectionLeft'),
          scale: 'pct',
          stroke: '#1f9d55',
          width: 2,
        },
        {
          label: t(this.lang, 'sensors.reflectionRight'),
          scale: 'pct',
          stroke: '#d97706',
          width: 2,
        },
        { label: t(this.lang, 'sensors.heading'), scale: 'deg', stroke: '#9b36c9', width: 2 },
      ],
    };
    this.plot?.destroy();
    this.plot = new uPlot(opts, this.data, host);
  }

  override firstUpdated() {
    const host = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!host) return;
    this.makePlot(host);
    this.resizeObserver = new ResizeObserver(() =>
      this.plot?.setSize({
        width: Math.max(200, host.clientWidth),
        height: Math.max(80, host.clientHeight),
      }),
    );
    this.resizeObserver.observe(host);
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('lang') && changed.get('lang') !== undefined) {
      const host = this.renderRoot.querySelector<HTMLElement>('.plot');
      if (host) this.makePlot(host);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  override render() {
    const s = this.robot?.sensors;
    const fmt = (v: number | undefined, digits = 0) => (v === undefined ? '—' : v.toFixed(digits));
    const items: [string, string][] = [
      [t(this.lang, 'sensors.distance'), `${fmt(s?.distance)} mm`],
      [t(this.lang, 'sensors.reflectionLeft'), `${fmt(s?.reflectionLeft)} %`],
      [t(this.lang, 'sensors.reflectionRight'), `${fmt(s?.reflectionRight)} %`],
      [t(this.lang, 'sensors.colorLeft'), s?.colorLeft ?? '—'],
      [t(this.lang, 'sensors.colorRight'), s?.colorRight ?? '—'],
      [t(this.lang, 'sensors.heading'), `${fmt(s?.heading, 1)}°`],
      [t(this.lang, 'sensors.force'), `${fmt(s?.force, 1)} N`],
      [t(this.lang, 'sensors.pressed'), s ? (s.pressed ? '✔' : '—') : '—'],
      [t(this.lang, 'sensors.wheels'), `${fmt(s?.leftAngle)}° / ${fmt(s?.rightAngle)}°`],
    ];
    return html`<dl>
        ${items.map(
          ([k, v]) =>
            html`<div class="item">
              <dt>${k}</dt>
              <dd>${v}</dd>
            </div>`,
        )}
      </dl>
      <div class="legend">
        <span style="--c:#2f6fde">${t(this.lang, 'sensors.distance')} (mm)</span>
        <span style="--c:#1f9d55">${t(this.lang, 'sensors.reflectionLeft')} (%)</span>
        <span style="--c:#d97706">${t(this.lang, 'sensors.reflectionRight')} (%)</span>
        <span style="--c:#9b36c9">${t(this.lang, 'sensors.heading')} (°)</span>
      </div>
      <div class="plot"></div>`;
  }
}

customElements.define('qd-sensor-panel', QdSensorPanel);

declare global {
  interface HTMLElementTagNameMap {
    'qd-sensor-panel': QdSensorPanel;
  }
}
