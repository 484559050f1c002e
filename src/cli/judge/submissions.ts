/**
 * The submissions of a round: every `.py` file and `.qadam` project in one directory, in
 * file-name order (code-unit order, the same on every machine). An entrant is named after
 * its file without the extension. A file that cannot be loaded (unreadable, malformed
 * project, blocks that do not load) becomes an entrant with an error: it is ranked, with its
 * reason, and never stops the judging.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Reason } from '../../../sim/types.ts';
import { UsageError } from '../args.ts';
import { loadProgram, type ProgramSource } from '../programs.ts';

export interface Entrant {
  /** File name without its extension (the full file name when two files share a stem). */
  name: string;
  file: string;
  program?: ProgramSource;
  /** Why the submission could not be loaded. */
  error?: Reason;
}

export interface Submissions {
  entrants: Entrant[];
  /** Files in the directory that are not submissions (other extensions). */
  ignored: string[];
}

const EXTENSIONS = ['.py', '.qadam'];

async function listDir(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`${dir}: not a directory`);
    return await readdir(dir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${dir}: ${code === 'ENOENT' ? 'no such directory' : (code ?? 'cannot be read')}`,
    );
  }
}

/** Loads every submission in `dir`; throws UsageError only when the directory is unusable. */
export async function readSubmissions(dir: string): Promise<Submissions> {
  const files = (await listDir(dir)).filter((f) => !f.startsWith('.')).sort();
  const chosen = files.filter((f) => EXTENSIONS.includes(extname(f)));
  const ignored = files.filter((f) => !EXTENSIONS.includes(extname(f)));
  if (chosen.length === 0) {
    throw new UsageError(`${dir}: no submissions (.py files or .qadam projects)`);
  }
  const stems = chosen.map((f) => f.slice(0, -extname(f).length));
  const entrants = await Promise.all(
    chosen.map(async (file, i): Promise<Entrant> => {
      const shared = stems.filter((s) => s === stems[i]).length > 1;
      const name = shared ? file : stems[i];
      try {
        return { name, file, program: await loadProgram(join(dir, file)) };
      } catch (error) {
        // The loader's message starts with the path; the table already names the file.
        const message = String((error as Error)?.message ?? error);
        const detail = message
          .replace(`${join(dir, file)}: `, '')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 300);
        return { name, file, error: { code: 'judge.bad_submission', params: { detail } } };
      }
    }),
  );
  return { entrants, ignored };
}
