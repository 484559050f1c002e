import * as Blockly from 'blockly';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  createQadamTheme,
  getQadamPythonGenerator,
  qadamBlockDefinitions,
  qadamGenerators,
  qadamToolbox,
  registerQadamBlocks,
  toolboxBlockTypes,
} from '../../../blocks/index.ts';

describe('block registry and toolbox', () => {
  it('registers idempotently and returns one generator', () => {
    const first = registerQadamBlocks();
    expect(registerQadamBlocks()).toBe(first);
    expect(getQadamPythonGenerator()).toBe(first);
  });

  it('every block type in the toolbox has a definition and a Python generator', () => {
    const generator = registerQadamBlocks();
    const types = toolboxBlockTypes();
    expect(types.length).toBeGreaterThan(40);
    for (const type of types) {
      expect(Blockly.Blocks[type], type).toBeDefined();
      expect(typeof generator.forBlock[type], type).toBe('function');
    }
  });

  it('every Qadam block is offered in the toolbox and has a generator', () => {
    const types = new Set(toolboxBlockTypes());
    for (const def of qadamBlockDefinitions) {
      expect(def.type.startsWith('qadam_'), def.type).toBe(true);
      expect(types.has(def.type), def.type).toBe(true);
      expect(qadamGenerators[def.type], def.type).toBeDefined();
    }
  });

  it('leaves Blockly’s shared pythonGenerator untouched', async () => {
    const { pythonGenerator } = await import('blockly/python');
    registerQadamBlocks();
    expect(pythonGenerator.forBlock['qadam_start']).toBeUndefined();
    expect(pythonGenerator.STATEMENT_PREFIX).toBeNull();
  });

  it('has the categories in the brief, each with a colour', () => {
    const names = (qadamToolbox.contents as { kind: string; name?: string; colour?: string }[])
      .filter((item) => item.kind === 'category')
      .map((item) => {
        expect(item.colour).toMatch(/^#[0-9A-F]{6}$/i);
        return item.name;
      });
    expect(names).toEqual(
      [
        'EVENTS',
        'DRIVE',
        'MOTORS',
        'SENSORS',
        'CONTROL',
        'OUTPUT',
        'LOGIC',
        'LOOPS',
        'MATH',
        'TEXT',
        'VARIABLES',
        'FUNCTIONS',
        'SIMULATOR',
      ].map((n) => `%{BKY_QADAM_CAT_${n}}`),
    );
  });
});

describe('theme', () => {
  it('colours the built-in blocks like their categories', () => {
    const theme = createQadamTheme();
    expect(theme.name).toBe('qadam');
    expect(theme.blockStyles['logic_blocks'].colourPrimary).toBe(CATEGORY_COLOURS.logic);
    expect(theme.blockStyles['procedure_blocks'].colourPrimary).toBe(CATEGORY_COLOURS.functions);
  });
});
