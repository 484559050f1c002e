/** Loads the programs named on the command line (Python files now; projects and bots later). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UsageError } from './args.ts';

export interface ProgramSource {
  /** What the user named (file name), for summaries and recordings. */
  name: string;
  code: string;
}

/** Largest program file we accept: a student's program is a few KB. */
const MAX_PROGRAM_BYTES = 200_000;

export async function loadProgram(spec: string): Promise<ProgramSource> {
  let text: string;
  try {
    const buffer = await readFile(spec);
    if (buffer.length > MAX_PROGRAM_BYTES) {
      throw new UsageError(`${spec}: the file is larger than ${MAX_PROGRAM_BYTES} bytes`);
    }
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
    throw new UsageError(`${spec}: ${why ?? 'cannot be read'}`);
  }
  if (!spec.endsWith('.py')) {
    throw new UsageError(`${spec}: expected a Python file (.py)`);
  }
  return { name: basename(spec), code: text };
}
