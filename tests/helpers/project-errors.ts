/** The ProjectError code `fn` throws (undefined if it throws nothing; other errors rethrow). */
import { ProjectError } from '../../src/storage/project.ts';

export function projectErrorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProjectError) return error.code;
    throw error;
  }
  return undefined;
}
