/**
 * `qadam` — the headless command line. Exit status: 0 when a verdict was reached (a failing or
 * erroring program is a verdict), 2 for unusable input (one line on stderr), 1 for an internal
 * fault.
 */
import { parseCommand, UsageError, USAGE } from './args.ts';
import { listTasks } from './commands/tasks.ts';
import { runCommand } from './commands/run.ts';
import { replayCommand } from './commands/replay.ts';
import { judgeCommand } from './commands/judge.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Runs one command; resolves to the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'tasks':
        io.out(listTasks(command.opts.json));
        return 0;
      case 'run':
      case 'match':
        return await runCommand(command.kind, command.opts, io);
      case 'replay':
        return await replayCommand(command.file, command.opts, io);
      case 'judge':
        return await judgeCommand(command.opts, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`qadam: ${error.message}`);
      return 2;
    }
    io.err(`qadam: internal error: ${(error as Error)?.stack ?? String(error)}`);
    return 1;
  }
}
