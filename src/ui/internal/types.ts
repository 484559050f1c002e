/** Shapes the UI elements share. */

/** One line of the console: program output or an error, per robot, at its virtual time. */
export interface ConsoleLine {
  robot: string;
  /** Virtual time (ms) of the robot's clock when it was printed. */
  t: number;
  text: string;
  kind: 'out' | 'error' | 'info';
  /** For errors: the line in the student's program and, for blocks, the block there. */
  line?: number;
  blockId?: string;
  /** For errors: a friendly explanation in the student's language. */
  explanation?: { title: string; explanation: string; hint?: string };
}
