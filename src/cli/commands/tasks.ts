/** `qadam tasks [--json]`: the tasks and their parameters. */
import { TASKS } from '../../../sim/tasks/index.ts';

export function listTasks(json: boolean): string {
  if (json) {
    return JSON.stringify(
      TASKS.map((task) => ({
        id: task.id,
        robots: task.robots,
        description: task.description,
        params: task.params,
      })),
    );
  }
  const lines: string[] = [];
  for (const task of TASKS) {
    lines.push(
      `${task.id}  (${task.robots === 1 ? 'qadam run' : 'qadam match'}) — ${task.description}`,
    );
    for (const p of task.params) {
      const range =
        p.choices !== undefined
          ? p.choices.join('|')
          : `${p.type}${p.min !== undefined ? ` ${p.min}..${p.max ?? ''}` : ''}`;
      lines.push(`    ${p.key}=${p.default}  [${range}]  ${p.description}`);
    }
  }
  return lines.join('\n');
}
