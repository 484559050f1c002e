/** Styles shared by the panels beside the editors (lesson, round). */
import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: #fffdf6;
    border-right: 1px solid #c9d3e3;
    font-size: var(--qd-font-size, 16px);
  }
  header {
    display: flex;
    gap: 6px;
    align-items: center;
    padding: 6px 10px;
    border-bottom: 1px solid #e3e0d0;
  }
  .grade {
    opacity: 0.7;
    font-size: 0.85em;
    flex: 1;
  }
  .text {
    flex: 1;
    min-height: 6em;
    overflow: auto;
    padding: 0 14px 10px;
    line-height: 1.45;
  }
  .text h1 {
    font-size: 1.45em;
    margin: 0.5em 0 0.3em;
  }
  .text h2 {
    font-size: 1.1em;
    margin: 0.8em 0 0.2em;
  }
  .text ul,
  .text ol {
    padding-left: 1.3em;
    margin: 0.3em 0;
  }
  .text code,
  .text pre {
    background: #f1eee0;
    border-radius: 6px;
    padding: 0 4px;
  }
  .text pre {
    padding: 8px;
    overflow: auto;
  }
  .hints {
    padding: 0 14px;
  }
  .hint {
    background: #e8f3ff;
    border-left: 4px solid #3d7bd9;
    border-radius: 6px;
    padding: 6px 10px;
    margin: 6px 0;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 10px 14px;
    border-top: 1px solid #e3e0d0;
  }
  button {
    font: inherit;
    min-height: calc(var(--qd-font-size, 16px) * 2.75);
    min-width: calc(var(--qd-font-size, 16px) * 2.75);
    padding: 0 12px;
    border-radius: 10px;
    border: 1px solid #9aa7bd;
    background: #fff;
    cursor: pointer;
  }
  button.check {
    background: #1f8f4e;
    color: #fff;
    border-color: #17703c;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .results {
    padding: 4px 14px 8px;
    max-height: 40%;
    overflow: auto;
    flex-shrink: 0;
  }

  .summary {
    font-weight: 600;
    margin: 4px 0;
  }
  .summary.pass {
    color: #17703c;
  }
  .results ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .results li {
    padding: 2px 0;
  }
  .results li.pass::before {
    content: '✓ ';
    color: #17703c;
    font-weight: 700;
  }
  .results li.fail::before {
    content: '✗ ';
    color: #c0392b;
    font-weight: 700;
  }
`;
