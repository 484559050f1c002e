/**
 * Random Blockly workspaces built from the registry in blocks/ (every type of the toolbox, with
 * its real inputs, checks and dropdown options), saved with Blockly's serializer like a
 * project's blocks. Convert them with projectBlocksToPython and run them like any program.
 */
import * as Blockly from 'blockly';
import { registerQadamBlocks } from '../../blocks/register.ts';
import { toolboxBlockTypes } from '../../blocks/toolbox.ts';
import { EXTREME_JS, Picker, TEXTS } from './values.ts';

/** Types left out: procedures need mutations naming each other (a separate generator's job). */
const SKIPPED = /^procedures_/;
const VARIABLES = ['x', 'қадам', 'счёт'];

interface Catalogue {
  statements: string[];
  values: { type: string; check: string[] | null }[];
}

let catalogue: Catalogue | null = null;

/** Which toolbox types are statements and which are values (read from the blocks themselves). */
function catalogueOf(): Catalogue {
  if (catalogue) return catalogue;
  registerQadamBlocks();
  const ws = new Blockly.Workspace();
  const out: Catalogue = { statements: [], values: [] };
  for (const type of toolboxBlockTypes()) {
    if (SKIPPED.test(type) || type === 'qadam_start') continue;
    const b = ws.newBlock(type);
    if (b.outputConnection) out.values.push({ type, check: b.outputConnection.getCheck() });
    else if (b.previousConnection) out.statements.push(type);
  }
  ws.dispose();
  catalogue = out;
  return out;
}

const accepts = (input: string[] | null, output: string[] | null): boolean =>
  input === null || output === null || input.some((c) => output.includes(c));

class Builder {
  private readonly cat = catalogueOf();
  private blocks = 0;

  constructor(
    private readonly ws: Blockly.Workspace,
    private readonly p: Picker,
    private readonly maxBlocks: number,
  ) {}

  private fill(block: Blockly.Block, depth: number): void {
    for (const input of block.inputList) {
      for (const field of input.fieldRow) this.setField(field);
      const conn = input.connection;
      if (!conn || conn.targetConnection) continue;
      if (input.type === Blockly.inputs.inputTypes.VALUE) {
        if (this.p.chance(0.1)) continue; // an empty socket: the generator's default
        const child = this.value(conn.getCheck(), depth + 1);
        if (child?.outputConnection) conn.connect(child.outputConnection);
      } else if (input.type === Blockly.inputs.inputTypes.STATEMENT) {
        const first = this.stack(depth + 1, this.p.int(0, 3));
        if (first?.previousConnection) conn.connect(first.previousConnection);
      }
    }
  }

  private setField(field: Blockly.Field): void {
    const p = this.p;
    if (field instanceof Blockly.FieldVariable) {
      const name = p.one(VARIABLES);
      const map = this.ws.getVariableMap();
      const v = map.getVariable(name) ?? map.createVariable(name);
      field.setValue(v.getId());
    } else if (field instanceof Blockly.FieldDropdown) {
      const options = field.getOptions(false);
      field.setValue(p.one(options)[1]);
    } else if (field instanceof Blockly.FieldNumber) {
      field.setValue(p.one(EXTREME_JS));
    } else if (field instanceof Blockly.FieldTextInput) {
      field.setValue(p.one(TEXTS));
    }
  }

  /** A value block whose output fits `check` (null when none fits or the tree is full). */
  value(check: string[] | null, depth: number): Blockly.Block | null {
    if (this.blocks >= this.maxBlocks) return null;
    const fitting = this.cat.values.filter((v) => accepts(check, v.check));
    // Deep trees end in leaves (numbers, sensors, variables).
    const pool =
      depth > 3
        ? fitting.filter((v) => !/arithmetic|join|compare|operation/.test(v.type))
        : fitting;
    if (pool.length === 0) return null;
    const block = this.ws.newBlock(this.p.one(pool).type);
    this.blocks++;
    this.fill(block, depth);
    return block;
  }

  /** A stack of up to `length` statement blocks; returns the first. */
  stack(depth: number, length: number): Blockly.Block | null {
    let first: Blockly.Block | null = null;
    let last: Blockly.Block | null = null;
    for (let i = 0; i < length && this.blocks < this.maxBlocks; i++) {
      const types =
        depth > 2
          ? this.cat.statements.filter((t) => !/controls|forever/.test(t))
          : this.cat.statements;
      const block = this.ws.newBlock(this.p.one(types));
      this.blocks++;
      this.fill(block, depth);
      if (last?.nextConnection && block.previousConnection) {
        last.nextConnection.connect(block.previousConnection);
      } else if (last) {
        block.dispose();
        break; // the previous block ends a stack (forever, stop program)
      }
      first ??= block;
      last = block;
      if (!block.nextConnection) break;
    }
    return first;
  }
}

/** A random workspace (Blockly's JSON serialization): one start hat with a random body. */
export function blocksWorkspace(seed: number): object {
  registerQadamBlocks();
  const p = new Picker(seed);
  const ws = new Blockly.Workspace();
  try {
    const builder = new Builder(ws, p, p.int(4, 40));
    const start = ws.newBlock('qadam_start');
    const body = builder.stack(0, p.int(1, 8));
    if (body?.previousConnection && start.nextConnection) {
      start.nextConnection.connect(body.previousConnection);
    }
    // Now and then a loose stack beside the program (it produces no code).
    if (p.chance(0.2)) builder.stack(0, 2);
    return Blockly.serialization.workspaces.save(ws);
  } finally {
    ws.dispose();
  }
}
