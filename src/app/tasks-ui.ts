/**
 * How the app presents the tasks: which parameters appear in the toolbar (with translated
 * labels), the robots offered, and the opponents for two-robot tasks (the built-in bots).
 */
import { TASKS } from '../../sim/tasks/index.ts';
import type { TaskDef } from '../../sim/tasks/types.ts';
import { BUNDLED_BOTS } from '../bots/browser.ts';
import type { BotLevel } from '../bots/levels.ts';
import { t, type Lang, type UiKey } from '../i18n/index.ts';
import type { ToolbarParam } from '../ui/qd-toolbar.ts';

export const TASK_LABELS: Record<string, UiKey> = {
  maze: 'task.maze',
  sumo: 'task.sumo',
  line: 'task.line',
  kegelring: 'task.kegelring',
};

/** Parameters the toolbar shows, per task (others keep their defaults or the project's value). */
const SHOWN: Record<string, { key: string; labelKey: UiKey; options?: string[] }[]> = {
  maze: [
    { key: 'preset', labelKey: 'param.preset' },
    { key: 'loops', labelKey: 'param.loops', options: ['0', '5', '20'] },
  ],
  sumo: [{ key: 'ring', labelKey: 'param.ring' }],
  line: [{ key: 'track', labelKey: 'param.track' }],
};

export function toolbarTasks() {
  return TASKS.map((task) => ({ id: task.id, labelKey: TASK_LABELS[task.id] ?? 'task.maze' }));
}

export function toolbarParams(
  task: TaskDef,
  values: Record<string, string | number>,
): ToolbarParam[] {
  return (SHOWN[task.id] ?? []).flatMap((shown) => {
    const spec = task.params.find((p) => p.key === shown.key);
    if (!spec) return [];
    const choices = shown.options ?? spec.choices ?? [];
    return [
      {
        key: spec.key,
        labelKey: shown.labelKey,
        value: String(values[spec.key] ?? spec.default),
        options: choices.map((value) => {
          const labelKey = `${shown.labelKey}.${value}` as UiKey;
          return { value, labelKey: isUiKeyLike(labelKey) ? labelKey : undefined, label: value };
        }),
      },
    ];
  });
}

const KNOWN_LABELS = new Set<string>([
  'param.preset.school',
  'param.preset.micromouse',
  'param.ring.school',
  'param.ring.mini',
  'param.ring.standard',
  'param.track.oval',
  'param.track.curves',
  'param.track.corners',
  'param.track.eight',
]);

function isUiKeyLike(key: string): key is UiKey {
  return KNOWN_LABELS.has(key);
}

/** The built-in sumo bots, weakest first (src/bots): the opponents of two-robot tasks. */
export const OPPONENTS: readonly BotLevel[] = BUNDLED_BOTS;

/** The opponent of a new project: the bot that stands still. */
export const DEFAULT_OPPONENT = 'bot:0';

/** Opponent ids stored by earlier versions of the app, and the bot that replaced each. */
const LEGACY_OPPONENTS: Record<string, string> = {
  idle: 'bot:0',
  charger: 'bot:1',
  searcher: 'bot:2',
};

/** The opponent for an id stored in a project: a bot id, an old id mapped, else the default. */
export function opponentId(stored: string | undefined): string {
  if (stored === undefined) return DEFAULT_OPPONENT;
  const id = LEGACY_OPPONENTS[stored] ?? stored;
  return OPPONENTS.some((bot) => bot.id === id) ? id : DEFAULT_OPPONENT;
}

/** The program of an opponent (any stored id; see opponentId). */
export function opponentCode(id: string | undefined): string {
  const wanted = opponentId(id);
  return (OPPONENTS.find((bot) => bot.id === wanted) ?? OPPONENTS[0]).code;
}

/** The toolbar's opponent choices, e.g. "Bot level 3: Careful hunter". */
export function opponentChoices(lang: Lang): { value: string; label: string }[] {
  return OPPONENTS.map((bot) => ({
    value: bot.id,
    label: `${t(lang, 'opponent.bot', { level: bot.level })}: ${t(lang, bot.nameKey)}`,
  }));
}

export const ROBOT_CHOICES = ['spike', 'ev3', 'minisumo'] as const;

/**
 * What an empty Python editor starts with: the import and one move, commented in the
 * student's language; for a two-robot task (sumo) the 5 s start wait comes first.
 */
export function pythonStarter(lang: Lang, robots: number): string {
  const start = robots === 2 ? t(lang, 'editor.pythonStarterSumo') : '';
  return `from robot_setup import *\n\n${start}${t(lang, 'editor.pythonStarter')}`;
}
