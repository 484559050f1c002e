"""Qadam internals: the one door to the simulator, and argument checks as on a hub.

Every robot operation goes through call(op, *args) to the runtime's `_qadam_bridge` module
(contract: sim/robot/api.ts). Arguments are sent as floats; results come back as a list of
floats. Errors of the host are turned into the exceptions a Pybricks hub raises.
Not part of the Pybricks API: programs never import this module.
"""

import errno
import math

import _qadam_bridge

# sim/robot/api.ts DEVICE_KINDS (the `kind` argument of the `open` operation).
DEVICE_KINDS = ("motor", "ultrasonic", "color", "force", "touch", "gyro")

_KIND_NAMES = {
    "motor": "motor",
    "ultrasonic": "ultrasonic sensor",
    "color": "color sensor",
    "force": "force sensor",
    "touch": "touch sensor",
    "gyro": "gyro sensor",
}


def _hub_error(error):
    """The exception a hub raises for a bridge ApiError."""
    code = getattr(error, "code", None)
    message = str(error.args[0]) if error.args else str(code)
    if code == "ENODEV":
        return OSError(errno.ENODEV, message)
    if code == "EBUSY":
        return OSError(errno.EBUSY, message)
    if code == "EINVAL":
        return ValueError(message)
    return RuntimeError(message)


def call(op, *args):
    """Perform one API operation; returns the list of result numbers."""
    try:
        result = _qadam_bridge.call(op, *args)
    except _qadam_bridge.ApiError as error:
        # `from None`: the student sees the hub's error, not our plumbing.
        raise _hub_error(error) from None
    # list(): a JS array proxy would not slice or unpack like a list.
    return [] if result is None else list(result)


# The runtime's bridge serves one-number queries on a fast path; a stand-in bridge without
# call1 (tests) gets call()[0].
_call1 = getattr(_qadam_bridge, "call1", None) or (
    lambda op, *args: _qadam_bridge.call(op, *args)[0]
)


def call1(op, *args):
    """Perform an operation that returns one number (the hot path of sensor loops)."""
    try:
        return _call1(op, *args)
    except _qadam_bridge.ApiError as error:
        raise _hub_error(error) from None


def open_device(port, kind):
    """Check that a device of `kind` is on `port`, as a hub does in a device constructor."""
    try:
        _qadam_bridge.call("open", float(port.value), float(DEVICE_KINDS.index(kind)))
    except _qadam_bridge.ApiError as error:
        if getattr(error, "code", None) == "ENODEV":
            raise OSError(
                errno.ENODEV, "no {} on port {}".format(_KIND_NAMES[kind], port.name)
            ) from None
        raise _hub_error(error) from None


# --- argument checks (messages in the style of CPython's own)


def _type_name(value):
    return type(value).__name__


def number(value, name, func):
    """A finite int or float as float. bool is accepted, as MicroPython does."""
    if isinstance(value, (int, float)):
        try:
            result = float(value)
        except OverflowError:
            raise ValueError(
                "{}() argument '{}' is too large".format(func, name)
            ) from None
        # result - result is 0.0 exactly when result is finite (NaN, ±inf give NaN).
        if not result - result == 0.0:
            raise ValueError(
                "{}() argument '{}' must be a finite number, not {}".format(
                    func, name, value
                )
            )
        return result
    raise TypeError(
        "{}() argument '{}' must be a number, not {}".format(func, name, _type_name(value))
    )


def positive(value, name, func):
    """A number greater than zero."""
    result = number(value, name, func)
    if result <= 0:
        raise ValueError("{}() argument '{}' must be positive".format(func, name))
    return result


def optional_number(value, name, func):
    """None → NaN (the API's "keep the current value"), else a finite number."""
    if value is None:
        return math.nan
    return number(value, name, func)


def enum_member(value, example, name, func):
    """A member of the Pybricks enum of `example` (such as Stop.HOLD)."""
    enum_type = type(example)
    if not isinstance(value, enum_type):
        raise TypeError(
            "{}() argument '{}' must be {} (such as {}), not {}".format(
                func, name, enum_type.__name__, example, _type_name(value)
            )
        )
    return value


def flag(value):
    """A truth value as 1.0 / 0.0 (Pybricks accepts any object for `wait=`)."""
    return 1.0 if value else 0.0
