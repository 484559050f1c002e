/**
 * Random Blockly workspaces built from the registry in blocks/ (every type of the toolbox, with
 * its real inputs, checks and dropdown options), saved with Blockly's serializer like a
 * project's blocks. Convert them with projectBlocksToPython and run them like any program.
 */
import * as Blockly from 'blockly';
import { registerQadamBlocks } from '../../blocks/register.ts';
import { toolboxBlockTypes } from '../../blocks/toolbox.ts';
import { EXTREME_JS, Picker, TEXTS } from './values.ts';

/** Function definitions and calls are built apart (a call names its definition). */
const SKIPPED = /^procedures_(def|call)/;
const VARIABLES = ['x', 'қадам', 'счёт', 'жылдамдық 2', 'print', 'None'];
/** Function names: Kazakh, Russian, with spaces, a digit first, taken by Python or the robot. */
const FUNCTIONS = ['жүр', 'шаг вперёд', 'turn around', '1st', 'print', 'robot', 'қадам', 'for'];

interface Procedure {
  name: string;
  returns: boolean;
  params: string[];
}

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

const isDefinition = (block: Blockly.Block): boolean => /^procedures_def/.test(block.type);

const accepts = (input: string[] | null, output: string[] | null): boolean =>
  input === null || output === null || input.some((c) => output.includes(c));

class Builder {
  private readonly cat = catalogueOf();
  private blocks = 0;
  private readonly procedures: Procedure[] = [];

  constructor(
    private readonly ws: Blockly.Workspace,
    private readonly p: Picker,
    private readonly maxBlocks: number,
  ) {}

  private fill(block: Blockly.Block, depth: number): void {
    for (const input of block.inputList) {
      for (const field of input.fieldRow)
        if (field.name !== 'NAME' || !isDefinition(block)) this.setField(field);
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
      field.setValue(this.variable(p.one(VARIABLES)).getId());
    } else if (field instanceof Blockly.FieldDropdown) {
      const options = field.getOptions(false);
      field.setValue(p.one(options)[1]);
    } else if (field instanceof Blockly.FieldNumber) {
      field.setValue(p.one(EXTREME_JS));
    } else if (field instanceof Blockly.FieldTextInput) {
      field.setValue(p.one(TEXTS));
    }
  }

  private variable(name: string): Blockly.IVariableModel<Blockly.IVariableState> {
    const map = this.ws.getVariableMap();
    return map.getVariable(name) ?? map.createVariable(name);
  }

  /**
   * A function definition (with or without a result, sometimes with no statements at all) with
   * 0–2 parameters; it may call itself and the functions defined before it.
   */
  define(): void {
    const p = this.p;
    const returns = p.chance(0.5);
    const def = this.ws.newBlock(returns ? 'procedures_defreturn' : 'procedures_defnoreturn');
    this.blocks++;
    // The field's validator makes the name legal and distinct (`print` → `print2` if taken).
    def.setFieldValue(p.one(FUNCTIONS), 'NAME');
    const params = [...new Set(Array.from({ length: p.int(0, 2) }, () => p.one(VARIABLES)))];
    def.loadExtraState?.({
      ...(returns && p.chance(0.3) ? { hasStatements: false } : {}),
      params: params.map((name) => ({ name, id: this.variable(name).getId() })),
    });
    this.procedures.push({ name: def.getFieldValue('NAME') as string, returns, params });
    if (p.chance(0.2)) def.setCommentText(p.one(TEXTS));
    this.fill(def, 1);
  }

  /** A call of a defined function (with or without a result), or null when there is none. */
  private call(returns: boolean): Blockly.Block | null {
    const defined = this.procedures.filter((f) => f.returns === returns);
    if (defined.length === 0 || !this.p.chance(0.15)) return null;
    const f = this.p.one(defined);
    const block = this.ws.newBlock(returns ? 'procedures_callreturn' : 'procedures_callnoreturn');
    block.loadExtraState?.({ name: f.name, params: f.params });
    return block;
  }

  /** A value block whose output fits `check` (null when none fits or the tree is full). */
  value(check: string[] | null, depth: number): Blockly.Block | null {
    if (this.blocks >= this.maxBlocks) return null;
    const call = this.call(true); // a call has no output check: it fits any input
    if (call) {
      this.blocks++;
      this.fill(call, depth);
      return call;
    }
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
      const block = this.call(false) ?? this.ws.newBlock(this.p.one(types));
      this.blocks++;
      if (this.p.chance(0.05)) block.setCommentText(this.p.one(TEXTS));
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
    for (let i = p.int(-2, 2); i > 0; i--) builder.define();
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
