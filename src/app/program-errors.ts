/**
 * Turns how programs ended (the runtime's ProgramStatus reasons) into console lines with an
 * explanation in the student's language, editor markers, and the block to point at.
 */
import type { ProgramStatus } from '../../sim/tasks/types.ts';
import { explainPythonError } from '../editor/python/explain-error.ts';
import type { ErrorMarker } from '../editor/python/monaco-host.ts';
import { formatReason } from '../i18n/reasons.ts';
import type { Lang } from '../i18n/types.ts';
import type { ConsoleLine } from '../ui/internal/types.ts';

/** The program a run used: its code and, for blocks, which block each line came from. */
export interface ProgramMap {
  code: string;
  editor: 'blocks' | 'python';
  lineToBlockId?: Record<number, string>;
  /**
   * For blocks: the line of the Python shown to the student (without trace calls) that a line
   * of the executed code corresponds to, so messages name a line the student can see.
   */
  shownLine?: (line: number) => number | undefined;
}

export interface ErrorReport {
  lines: ConsoleLine[];
  markers: ErrorMarker[];
  /** The block of robot A's error line, for a blocks program. */
  blockId?: string;
}

const PYTHON_ERRORS = new Set(['program.exception', 'program.syntax_error']);

export function errorLines(
  statuses: readonly ProgramStatus[],
  program: ProgramMap,
  lang: Lang,
  timeMs = 0,
): ErrorReport {
  const report: ErrorReport = { lines: [], markers: [] };
  for (const status of statuses) {
    if (status.state !== 'error' || !status.reason) continue;
    const own = status.id === 'A';
    const ranLine =
      typeof status.reason.params?.line === 'number' && status.reason.params.line > 0
        ? status.reason.params.line
        : undefined;
    const blockId = own && ranLine !== undefined ? program.lineToBlockId?.[ranLine] : undefined;
    const line =
      own && ranLine !== undefined && program.shownLine
        ? (program.shownLine(ranLine) ?? ranLine)
        : ranLine;
    const reason =
      line !== ranLine
        ? { ...status.reason, params: { ...status.reason.params, line: line ?? ranLine ?? 0 } }
        : status.reason;
    const params = reason.params ?? {};
    const entry: ConsoleLine = {
      robot: status.id,
      t: timeMs,
      text: formatReason(reason, lang),
      kind: 'error',
      line: own ? line : undefined,
    };
    if (PYTHON_ERRORS.has(reason.code) || reason.code === 'program.runaway') {
      const type =
        reason.code === 'program.runaway'
          ? 'KeyboardInterrupt'
          : String(
              params.type ?? (reason.code === 'program.syntax_error' ? 'SyntaxError' : 'Error'),
            );
      entry.explanation = explainPythonError(
        { type, message: String(params.message ?? ''), line: line ?? null },
        lang,
        own ? program.code : '',
      );
    }
    if (own && line !== undefined) {
      entry.blockId = blockId;
      report.blockId ??= entry.blockId;
      report.markers.push({ line, message: entry.text });
    }
    report.lines.push(entry);
  }
  return report;
}
