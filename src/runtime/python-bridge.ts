/**
 * Python sources the worker installs next to our package: `_qadam_bridge` (the module the
 * pybricks package calls: `call(op, *args) -> list[float]`, `ApiError`) and `_qadam_runtime`
 * (runs a student's program, resets between runs, guards imports).
 *
 * The hot path is pure Python on purpose: a readout query or a queued command costs a dict
 * lookup, and only one call into JavaScript (`_qadam_js.flush`) is made per round trip. The
 * constants are generated from protocol.ts and ops.ts so both sides share one definition.
 */
import { API_OP_NAMES } from '../../sim/robot/api.ts';
import { STEP_MS } from '../../sim/world-types.ts';
import { CALL_COST_MS } from '../../sim/robot/api.ts';
import {
  ERROR_CODES,
  type PythonFile,
  EXIT,
  MAX_QUEUED,
  REP,
  REP_CAPACITY,
  REQ,
  REQ_CAPACITY,
} from './protocol.ts';
import {
  NAN_OK_SET,
  OP_NARGS,
  QUEUED_SET,
  READOUT_SET,
  WAIT_FLAG_SET,
  affectedQueries,
} from './ops.ts';

const pyList = (xs: Iterable<number | string>): string => JSON.stringify([...xs]);

const BRIDGE = `"""Qadam runtime bridge: the only door from a program to its own robot (generated)."""
import struct as _s
import _qadam_js as _js

_COST = ${CALL_COST_MS}.0
_STEP = ${STEP_MS}.0
_OPS = ${pyList(API_OP_NAMES)}
_NARGS = ${pyList(OP_NARGS)}
_IDX = {n: i for i, n in enumerate(_OPS)}
_READOUT = frozenset(${pyList(READOUT_SET)})
_QUEUED = frozenset(${pyList(QUEUED_SET)})
_WAIT_FLAG = frozenset(${pyList(WAIT_FLAG_SET)})
_NAN_OK = frozenset(${pyList(NAN_OK_SET)})
# command index -> readout queries whose answer it may change within the step
_AFFECTS = {k: frozenset(v) for k, v in ${JSON.stringify(affectedQueries()).replace(/"/g, '')}.items()}
_CLOCK = _IDX["clock"]
_CODES = ${pyList(ERROR_CODES)}
_INF = float("inf")
_buf = bytearray(${Math.max(REQ_CAPACITY, REP_CAPACITY)})
_js.attach(_buf)


class ApiError(Exception):
    """A robot call the host refused; .code is ENODEV, EINVAL, EBUSY or EBADOP."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class ProgramStopped(BaseException):
    """The host ended the program (match over, or stopped); not an Exception on purpose."""


def _reset():
    global _clock, _t, _queue, _local, _ro, _ro_off, _ro_n, _ro_end, _stopped, _dirty
    _clock = 0.0
    _dirty = set()
    _t = 0.0
    _queue = []
    _local = 0
    _ro = {}
    _ro_off = 0
    _ro_n = 0
    _ro_end = 0
    _stopped = False


_reset()


def call1(op, *args):
    """call() for an operation that returns one number: that number."""
    global _clock, _local
    # Fast path of a busy sensor loop: a query answered by the readout of this step. Keys are
    # tuples of floats; an int argument equal to one hashes and compares alike, and anything
    # that would fail the checks below (NaN, a string, a wrong count) finds no key.
    if _clock < _t + _STEP and not _stopped:
        i = _IDX.get(op)
        if i in _READOUT and i not in _dirty:
            v = (_ro if _ro is not None else _parse()).get((i,) + args)
            if v is not None:
                _clock += _COST
                _local += 1
                return v[0]
    return call(op, *args)[0]


def call(op, *args):
    """Perform one robot API operation (sim/robot/api.ts); returns a list of floats."""
    global _clock, _local
    if _stopped:
        raise ProgramStopped()
    i = _IDX.get(op)
    if i is None:
        raise ApiError("EBADOP", "unknown operation %r" % (op,))
    if len(args) != _NARGS[i]:
        raise ApiError("EINVAL", "%s takes %d arguments (%d given)" % (op, _NARGS[i], len(args)))
    try:
        a = tuple([float(x) for x in args])
    except (TypeError, ValueError):
        raise ApiError("EINVAL", "%s: arguments must be numbers" % op) from None
    for x in a:
        # x - x is 0.0 for every finite x, NaN for NaN and ±inf: one test on the hot path.
        if x - x == 0.0:
            continue
        if x != x:
            if i not in _NAN_OK:
                raise ApiError("EINVAL", "%s: argument is not a number (NaN)" % op)
        elif x == _INF or x == -_INF:
            raise ApiError("EINVAL", "%s: argument is infinite" % op)
    # Inside the current step the world is frozen: serve locally when the answer is known.
    if _clock < _t + _STEP:
        if i == _CLOCK:
            v = _clock
            _clock += _COST
            _local += 1
            return [v]
        if i in _QUEUED or (i in _WAIT_FLAG and a[-1] == 0.0):
            if len(_queue) < ${MAX_QUEUED}:
                _queue.append((i, a))
                _dirty.update(_AFFECTS[i])
                _clock += _COST
                return []
        elif i in _READOUT and i not in _dirty:
            ro = _ro if _ro is not None else _parse()
            v = ro.get((i,) + a)
            if v is not None:
                _clock += _COST
                _local += 1
                return list(v)
    return _send(i, a)


def _send(i, a):
    global _queue, _local
    fl = [${REQ.CALL}.0, float(_local), float(len(_queue))]
    for j, b in _queue:
        fl.append(j)
        fl.append(len(b))
        fl.extend(b)
    fl.append(i)
    fl.append(len(a))
    fl.extend(a)
    n = len(fl)
    _s.pack_into("<%dd" % n, _buf, 0, *fl)
    _queue = []
    _local = 0
    return _reply(_js.flush(n * 8))


def _reply(nb):
    global _clock, _t, _ro, _ro_off, _ro_n, _ro_end, _stopped, _dirty
    _dirty = set()
    st, clock, t, nv = _s.unpack_from("<4d", _buf, 0)
    nv = int(nv)
    vals = list(_s.unpack_from("<%dd" % nv, _buf, 32)) if nv else []
    off = 4 + nv
    code = mlen = 0
    if st == ${REP.ERROR}:
        code, mlen = _s.unpack_from("<2d", _buf, off * 8)
        off += 2
    _ro_n = int(_s.unpack_from("<d", _buf, off * 8)[0])
    _ro_off = off + 1
    _ro_end = nb // 8
    _ro = None
    _clock = clock
    _t = t
    if st == ${REP.STOP}:
        _stopped = True
        raise ProgramStopped()
    if st == ${REP.ERROR}:
        msg = bytes(_buf[nb : nb + int(mlen)]).decode("utf-8", "replace")
        raise ApiError(_CODES[int(code)], msg)
    return vals


def _parse():
    """Decode the readout of the last reply (lazily: many steps never read it)."""
    global _ro
    d = {}
    cnt = _ro_end - _ro_off
    v = _s.unpack_from("<%dd" % cnt, _buf, _ro_off * 8) if cnt > 0 else ()
    j = 0
    for _ in range(_ro_n):
        na = int(v[j + 1])
        key = (int(v[j]),) + v[j + 2 : j + 2 + na]
        j += 2 + na
        k = int(v[j])
        d[key] = v[j + 1 : j + 1 + k]
        j += 1 + k
    _ro = d
    return d


class _Out:
    """sys.stdout/sys.stderr of a program: each line goes to the host with the program clock."""

    encoding = "utf-8"

    def __init__(self):
        self._b = ""

    def write(self, s):
        s = str(s)
        b = self._b + s
        if "\\n" in b:
            parts = b.split("\\n")
            self._b = parts.pop()
            for p in parts:
                _js.print(_clock, p)
        else:
            self._b = b
        if len(self._b) > ${4 * 1024}:
            self.end()
        return len(s)

    def end(self):
        if self._b:
            _js.print(_clock, self._b)
            self._b = ""

    def flush(self):
        pass

    def isatty(self):
        return False
`;

const RUNTIME = `"""Qadam runtime: runs one student program per call, in a fresh namespace (generated)."""
import builtins
import importlib
import json
import random
import signal
import sys
import time

import _qadam_bridge as _b

_BLOCKED_ROOTS = frozenset(["js", "pyodide_js", "pyodide", "_pyodide", "_qadam_js"])
_real_import = builtins.__import__
_dumps = json.dumps
_real_import_module = importlib.import_module
_baseline = None


def _check(name, importer):
    if importer is not None and importer.get("__qadam_user__") is True:
        if str(name).split(".")[0] in _BLOCKED_ROOTS:
            raise ImportError("module '%s' is not available on a robot" % name, name=name)


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    # Convenience, not security (the host validates every request): a student's program
    # gets a clear error instead of reaching the page. Keyed on the importer's globals
    # because cached modules (js is one) never reach a meta-path finder.
    if level == 0:
        _check(name, globals if globals is not None else sys._getframe(1).f_globals)
    return _real_import(name, globals, locals, fromlist, level)


def _guarded_import_module(name, package=None):
    _check(name, sys._getframe(1).f_globals)
    return _real_import_module(name, package)


def _sleep(seconds):
    # time.sleep would spin the wall clock (and cannot be interrupted): make it robot time.
    _b.call("wait", float(seconds) * 1000.0)


def _virtual_seconds():
    # Wall clocks would make runs differ (I-2): programs see their own virtual clock.
    return _b._clock / 1000.0


def setup():
    """Called once after our modules are installed: remember what belongs to the runtime."""
    global _baseline, _pristine, _path
    _baseline = set(sys.modules)
    builtins.__import__ = _guarded_import
    importlib.import_module = _guarded_import_module
    time.sleep = _sleep
    time.time = time.monotonic = time.perf_counter = _virtual_seconds
    # What every run starts from: a program that rebinds names in a module that stays loaded
    # (builtins.abs = ..., json.dumps = ...) must not change the next program in this worker.
    mods = [m for m in sys.modules.values() if getattr(m, "__dict__", None) is not None]
    _pristine = [(m.__dict__, dict(m.__dict__)) for m in mods]
    _pristine += [(c, dict(vars(c))) for c in (_b.ApiError, _b.ProgramStopped, _b._Out)]
    _path = (list(sys.path), list(sys.meta_path), list(sys.path_hooks))
    for target, saved in _pristine:
        if target is globals():
            saved.update(_pristine=_pristine, _path=_path)


def _restore():
    """Put back every name of the modules loaded at setup (not proof against a determined
    program, which can rewrite this very function: workers that must not share state across
    programs are not reused, see pool.ts)."""
    for target, saved in _pristine:
        if isinstance(target, dict):
            # C-speed comparison (identity first): ≈ 200 modules in well under a millisecond.
            if target != saved:
                target.clear()
                target.update(saved)
        else:
            for k in [k for k in vars(target) if k not in saved]:
                delattr(target, k)
            for k, v in saved.items():
                if vars(target).get(k, _restore) is not v and k not in ("__dict__", "__weakref__", "__doc__"):
                    setattr(target, k, v)
    sys.path[:], sys.meta_path[:], sys.path_hooks[:] = _path


def _reset_modules():
    for name in list(sys.modules):
        if name not in _baseline:
            del sys.modules[name]


def clear_signal():
    """Called (from JS) before each run. A SIGINT tripped after the last bytecode of the previous
    run — the host's stop signal landing at its very end, or a timer a program left behind — is
    raised here, where the caller drops it, instead of in the next program's first line."""
    signal.signal(signal.SIGINT, signal.default_int_handler)


def run_user(code, seed):
    """Run a program as main.py; returns JSON {"s": exit status, "type", "message", "line"}."""
    _reset_modules()
    _restore()
    _b._reset()
    out = _b._Out()
    sys.stdout = out
    sys.stderr = out
    random.seed(seed)
    g = {"__name__": "__main__", "__builtins__": builtins, "__file__": "main.py", "__qadam_user__": True}
    # Blocks programs run with trace calls before each statement (blocks/generator.ts).
    g["_qadam_block"] = _b._js.block
    try:
        try:
            c = compile(code, "main.py", "exec")
        except SyntaxError as e:
            return _dumps({"s": ${EXIT.SYNTAX}, "type": type(e).__name__, "message": str(e.msg), "line": e.lineno or 0})
        try:
            exec(c, g)
            return _dumps({"s": ${EXIT.OK}})
        except SystemExit:
            return _dumps({"s": ${EXIT.OK}})
        except _b.ProgramStopped:
            return _dumps({"s": ${EXIT.STOPPED}})
        except KeyboardInterrupt:
            return _dumps({"s": ${EXIT.INTERRUPTED}, "type": "KeyboardInterrupt", "message": "", "line": 0})
        except BaseException as e:
            line = 0
            tb = e.__traceback__
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == "main.py":
                    line = tb.tb_lineno
                tb = tb.tb_next
            return _dumps({"s": ${EXIT.EXCEPTION}, "type": type(e).__name__, "message": str(e), "line": line})
    finally:
        # Commands still queued (e.g. a final hub_light_on) reach the robot before it is released.
        if _b._queue and not _b._stopped:
            try:
                _b._send(_b._CLOCK, ())
            except BaseException:
                pass
        out.end()
        sys.stdout = sys.__stdout__
        sys.stderr = sys.__stderr__
        g.clear()
`;

/** Files to write into the worker's Python path, beside our package. */
export function runtimePythonFiles(): PythonFile[] {
  return [
    { path: '_qadam_bridge.py', content: BRIDGE },
    { path: '_qadam_runtime.py', content: RUNTIME },
  ];
}
