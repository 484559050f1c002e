/**
 * Loads the programs named on the command line: Python files (`.py`), Qadam projects
 * (`.qadam`, whose blocks are turned into Python here in Node, exactly as the app does) and
 * the built-in sumo bots (`bot:0` … `bot:4`, src/bots).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { projectBlocksToPython } from '../../blocks/index.ts';
import { BOT_LEVEL_INFO, looksLikeBotId } from '../bots/levels.ts';
import { nodeBot } from '../bots/node.ts';
import { parseProject, ProjectError } from '../storage/project.ts';
import { UsageError } from './args.ts';

export interface ProgramSource {
  /** What the user named (file name), for summaries and recordings. */
  name: string;
  code: string;
}

/** Largest program file we accept (a project with blocks can be a few hundred KB). */
const MAX_PROGRAM_BYTES = 1_000_000;

async function readText(spec: string): Promise<string> {
  try {
    const buffer = await readFile(spec);
    if (buffer.length > MAX_PROGRAM_BYTES) {
      throw new UsageError(`${spec}: the file is larger than ${MAX_PROGRAM_BYTES} bytes`);
    }
    return buffer.toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
    throw new UsageError(`${spec}: ${why ?? 'cannot be read'}`);
  }
}

/** The Python a project runs: its blocks' program, or its Python text. */
export function projectToPython(text: string): string {
  const project = parseProject(text);
  if (project.editor === 'blocks') {
    if (!project.blocks) return '';
    try {
      return projectBlocksToPython(project.blocks);
    } catch (error) {
      throw new ProjectError('invalid', `blocks cannot be loaded: ${(error as Error).message}`);
    }
  }
  return project.python;
}

/** A built-in bot by its id; an unknown one is unusable input. */
function loadBot(spec: string): ProgramSource {
  const bot = nodeBot(spec);
  if (!bot) {
    const ids = BOT_LEVEL_INFO.map((b) => b.id).join(', ');
    throw new UsageError(`unknown bot "${spec}" (one of: ${ids})`);
  }
  return { name: bot.id, code: bot.code };
}

export async function loadProgram(spec: string): Promise<ProgramSource> {
  if (looksLikeBotId(spec)) return loadBot(spec);
  const name = basename(spec);
  if (spec.endsWith('.py')) return { name, code: await readText(spec) };
  if (spec.endsWith('.qadam')) {
    const text = await readText(spec);
    try {
      return { name, code: projectToPython(text) };
    } catch (error) {
      if (error instanceof ProjectError) throw new UsageError(`${spec}: ${error.message}`);
      throw error;
    }
  }
  throw new UsageError(
    `${spec}: expected a Python file (.py), a Qadam project (.qadam) or a bot (bot:0 … bot:4)`,
  );
}
