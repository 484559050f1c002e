/**
 * Qadam blocks — public API. Importing this module registers nothing: call
 * {@link registerQadamBlocks} before creating a workspace (the Python helpers call it themselves).
 */
export { registerQadamBlocks, getQadamPythonGenerator } from './register.ts';
export { qadamBlockDefinitions, type BlockJson } from './definitions/index.ts';
export {
  qadamGenerators,
  type GeneratorRecord,
  type QadamBlockGenerator,
} from './generators/index.ts';
export { QadamPythonGenerator, ROOT_BLOCK_TYPES, TRACE_FUNCTION } from './generator.ts';
export { pythonSafeName, QADAM_RESERVED_NAMES } from './names.ts';
export {
  workspaceToPython,
  workspaceToPythonWithMap,
  projectBlocksToPython,
  type PythonOptions,
  type PythonWithMap,
} from './python.ts';
export { qadamToolbox, toolboxBlockTypes, QADAM_MAX_INSTANCES } from './toolbox.ts';
export { setBlocksLocale, BLOCKS_LANGUAGES, type BlocksLanguage } from './locale.ts';
export { createQadamTheme } from './theme.ts';
export { CATEGORY_COLOURS, type CategoryName } from './colours.ts';
