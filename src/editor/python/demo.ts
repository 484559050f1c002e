/**
 * Developer demo of the Python editor (monaco-demo.html): a sample robot program in the
 * Russian UI with an error on line 4 and its explanation. Not part of the app.
 */
import type { Lang } from '../../i18n/types.ts';
import { explainPythonError } from './explain-error.ts';
import { loadPythonEditor } from './monaco-host.ts';

const SAMPLE = `from robot_setup import *

robot.settings(straight_speed=300)
while ultrasnic.distance() > 100:
    robot.straight(50)
robot.turn(90)
hub.speaker.beep(1000, 200)
`;
const ERROR = { type: 'NameError', message: "name 'ultrasnic' is not defined", line: 4 };

/** Text with `code` spans as DOM nodes (never as HTML). */
function withCode(text: string): Node[] {
  return text.split('`').map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function showExplanation(panel: HTMLElement, lang: Lang, source: string): void {
  const e = explainPythonError(ERROR, lang, source);
  const title = document.createElement('h2');
  title.textContent = e.title;
  const explanation = document.createElement('p');
  explanation.append(...withCode(e.explanation));
  const parts: HTMLElement[] = [title, explanation];
  if (e.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.append(...withCode(e.hint));
    parts.push(hint);
  }
  const original = document.createElement('p');
  original.className = 'original';
  original.textContent = `${ERROR.type}: ${ERROR.message} (line ${ERROR.line})`;
  parts.push(original);
  panel.replaceChildren(...parts);
}

async function main(): Promise<void> {
  const container = document.getElementById('editor')!;
  const panel = document.getElementById('explanation')!;
  let lang: Lang = 'ru';
  const createPythonEditor = await loadPythonEditor(lang);
  const editor = createPythonEditor(container, {
    value: SAMPLE,
    lang,
  });
  const mark = () => {
    const e = explainPythonError(ERROR, lang, editor.getValue());
    editor.setErrorMarkers([
      {
        line: ERROR.line,
        column: 7,
        // Markers are plain text: drop the `code` marks of the explanation.
        message:
          `${ERROR.type}: ${ERROR.message}\n\n${e.explanation}${e.hint ? `\n${e.hint}` : ''}`.replace(
            /`/g,
            '',
          ),
      },
    ]);
    showExplanation(panel, lang, editor.getValue());
  };
  mark();
  for (const button of document.querySelectorAll<HTMLButtonElement>('header button')) {
    button.addEventListener('click', () => {
      lang = button.dataset.lang as Lang;
      for (const b of document.querySelectorAll('header button'))
        b.setAttribute('aria-pressed', String(b === button));
      document.documentElement.lang = lang;
      editor.setLang(lang);
      mark();
    });
  }
  // For the screenshot script and curious developers.
  Object.assign(window, { qadamEditor: editor });
  document.body.dataset.ready = 'true';
}

void main();
