/**
 * Explanations of Python errors in English — the default locale: its keys are the type every
 * other locale must match. `{name}` is replaced by a parameter; `` `code` `` is shown as code.
 * Used by `src/editor/python/explain-error.ts`.
 */
export const pythonErrorsEn = {
  // titles, one per kind of error
  'title.NameError': 'Unknown name',
  'title.SyntaxError': 'Python cannot read this line',
  'title.IndentationError': 'Wrong indentation',
  'title.TabError': 'Tabs and spaces are mixed',
  'title.TypeError': 'Wrong kind of value',
  'title.ZeroDivisionError': 'Division by zero',
  'title.ValueError': 'Unsuitable value',
  'title.AttributeError': 'No such command',
  'title.ImportError': 'Cannot import',
  'title.OSError': 'Device problem',
  'title.KeyboardInterrupt': 'The program was stopped',
  'title.RecursionError': 'Endless self-calling',
  'title.IndexError': 'No element with this number',
  'title.KeyError': 'No such key',
  'title.UnboundLocalError': 'Variable has no value yet',
  'title.other': 'Error: {type}',

  'name.undefined':
    'You used `{name}` before giving it a value. Check the spelling: Python cares about capital letters, so `Robot` and `robot` are different names.',
  'name.did_you_mean': 'Did you mean `{suggestion}`?',
  'name.needs_setup':
    '`{name}` comes from robot_setup: put `from robot_setup import *` on the first line.',
  'name.needs_import': '`{name}` must be imported first: `{code}`.',

  'syntax.colon':
    'A line that starts with if, elif, else, while, for or def must end with a colon `:`.',
  'syntax.colon_hint': 'Put `:` at the end of line {line}.',
  'syntax.unclosed': 'The bracket `{bracket}` is opened but never closed.',
  'syntax.unclosed_hint':
    'Count the brackets: every `(` needs a `)`, every `[` a `]`. The error may be shown on the next line.',
  'syntax.unmatched': 'There is a closing bracket `{bracket}` with no opening bracket before it.',
  'syntax.string': 'A text in quotes is not closed: it needs a quote at the start and at the end.',
  'syntax.equals': 'To compare, use `==` (two equal signs). One `=` puts a value into a variable.',
  'syntax.print': 'print needs brackets around what it shows: `print("hello")`.',
  'syntax.assign':
    'Only a variable name may stand on the left of `=`. To compare values, use `==`.',
  'syntax.comma': 'Maybe a comma is missing between two values.',
  'syntax.invalid':
    'Python does not understand this line. Look for a typo, a missing bracket, quote, colon or operator.',
  'syntax.invalid_hint': 'Sometimes the real mistake is at the end of the line above.',

  'indent.expected':
    'After a line ending with `:` the next line must be indented: moved right by 4 spaces.',
  'indent.expected_hint': 'Press Tab at the start of line {line}, or add 4 spaces.',
  'indent.unexpected':
    'This line is moved to the right, but nothing above asks for it. Only lines inside if, while, for or def are indented.',
  'indent.unindent':
    'This line’s indentation matches no line above. Lines of one block must start in the same column.',
  'indent.hint': 'Use 4 spaces for each level of indentation.',
  'tab.mixed':
    'Some lines are indented with tabs and others with spaces. Python counts them differently.',
  'tab.hint': 'Indent these lines again using spaces only.',

  'type.missing_arg': '`{func}` needs more values in its brackets: `{missing}` is missing.',
  'type.too_many': '`{func}` was given {given} values in its brackets, but it takes only {takes}.',
  'type.usage': 'Write it like this: `{signature}`',
  'type.concat':
    'Text and a number cannot be joined with `+`. Turn the number into text with `str(…)`, or write `print(text, number)`.',
  'type.operand': '`{op}` does not work with {left} and {right}.',
  'type.compare': '{left} and {right} cannot be compared with `{op}`.',
  'type.must_be': '`{func}` expects {expected} here, but got {got}.',
  'type.must_be_arg': '`{func}`: `{arg}` must be {expected}, but it is {got}.',
  'type.must_be_plain': 'Here {expected} is needed, but got {got}.',
  'syntax.char':
    'The character {char} cannot be used in Python code. Maybe it is a curly quote or a dash copied from a document: type it again on the keyboard.',
  'type.not_callable': '{what} is not a command: you cannot put brackets `()` after it.',
  'type.generic': 'An operation got a value of the wrong kind.',
  'type.number_hint': 'Numbers are written without quotes: `200`, not `"200"`.',

  'zero.division':
    'The program divided by zero. The number you divide by became 0 — check that variable.',
  'zero.hint': 'Check before you divide: `if n != 0:`.',

  'value.not_finite':
    'The number is not finite (nan or inf): a calculation before went wrong, maybe a division by a very small number.',
  'value.positive': '`{func}`: `{arg}` must be greater than zero.',
  'value.int_text': 'This text cannot be turned into a number: {text}.',
  'value.math':
    'This math function cannot work with this number (for example, sqrt of a negative number).',
  'value.generic': 'The value has the right kind but does not fit here — maybe it is out of range.',

  'attr.missing': '{owner} has no `{attr}`.',
  'attr.did_you_mean': 'Did you mean `{suggestion}`?',
  'attr.none':
    'The value is `None`: nothing. Maybe a function did not return anything, or you forgot the brackets `()`.',
  'attr.list_commands': 'It can do: {names}.',

  'import.not_found': 'There is no module `{module}` here.',
  'import.not_on_robot':
    'The module `{module}` does not exist on a robot. A robot program can use the robot and standard Python only.',
  'import.name': 'The module `{module}` has no `{name}`.',
  'import.hint': 'Start the program with `from robot_setup import *`.',

  'os.no_device':
    'There is no {device} on port {port}. Check the port: which port is the device plugged into in the robot settings?',
  'os.busy': 'This port is already in use by another device in the program.',
  'os.generic': 'The robot reported a device error.',

  'stop.interrupted':
    'The program was stopped: by the Stop button, by the teacher, or by the guard because it ran too long without a pause.',
  'stop.hint': 'If the robot is in an endless loop, put `wait(10)` inside the loop.',

  'recursion.deep': 'A function calls itself again and again and never stops.',
  'recursion.hint': 'Make sure there is a case where the function returns without calling itself.',
  'index.out':
    'You asked for an element number the list does not have. Counting starts at 0: a list of 3 elements has numbers 0, 1 and 2.',
  'index.hint': 'Check the length with `len(…)`.',
  'key.missing': 'The dictionary has no key {key}.',
  'unbound.local':
    'Inside the function `{name}` is used before it gets a value there. To change a variable from outside the function, write `global {name}` at the start of the function.',
  generic: 'Read the original message below: it says what went wrong.',
  at_line: 'Line {line}.',

  // friendly names of Python types
  'typename.int': 'a whole number',
  'typename.float': 'a decimal number',
  'typename.str': 'a text',
  'typename.bool': 'True/False',
  'typename.NoneType': 'None (nothing)',
  'typename.list': 'a list',
  'typename.tuple': 'a tuple',
  'typename.dict': 'a dictionary',
  'typename.function': 'a function',
  'typename.number': 'a number',
  'typename.real number': 'a number',

  // devices named in OSError messages of the robot API
  'device.motor': 'motor',
  'device.ultrasonic sensor': 'ultrasonic sensor',
  'device.color sensor': 'color sensor',
  'device.force sensor': 'force sensor',
  'device.touch sensor': 'touch sensor',
  'device.gyro sensor': 'gyro sensor',
} as const;

/** A key of the Python error explanations. */
export type PythonErrorKey = keyof typeof pythonErrorsEn;
/** The explanations of one locale. */
export type PythonErrorTexts = Record<PythonErrorKey, string>;
