/**
 * How the app presents the tasks: which parameters appear in the toolbar (with translated
 * labels), the robots offered, and the opponents for two-robot tasks.
 */
import { TASKS } from '../../sim/tasks/index.ts';
import type { TaskDef } from '../../sim/tasks/types.ts';
import type { UiKey } from '../i18n/index.ts';
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

/**
 * Opponent programs for two-robot tasks, plain Pybricks Python like the students' own
 * (the graded olympiad bots join them with the lessons work).
 */
export const OPPONENTS: Record<string, { labelKey: UiKey; code: string }> = {
  idle: {
    labelKey: 'opponent.none',
    code: '# Stands still.\nfrom pybricks.tools import wait\n\nwait(10 ** 9)\n',
  },
  charger: {
    labelKey: 'opponent.charger',
    code: [
      '# Waits for the start signal, then charges straight ahead.',
      'from robot_setup import *',
      '',
      'wait(5000)',
      'robot.drive(400, 0)',
      'while True:',
      '    wait(100)',
      '',
    ].join('\n'),
  },
  searcher: {
    labelKey: 'opponent.searcher',
    code: [
      "# Turns until it sees the opponent, then pushes; backs off from the ring's edge.",
      'from robot_setup import *',
      '',
      'wait(5000)',
      'while True:',
      '    if color_left.reflection() < 30 or color_right.reflection() < 30:',
      '        robot.straight(-120)',
      '        robot.turn(120)',
      '    elif ultrasonic.distance() < 500:',
      '        robot.drive(350, 0)',
      '    else:',
      '        robot.drive(0, 120)',
      '',
    ].join('\n'),
  },
};

export const ROBOT_CHOICES = ['spike', 'ev3', 'minisumo'] as const;
