"""Constant parameters and values: ports, directions, stop modes, colors, buttons."""

from enum import Enum as _Enum


class _PybricksEnum(_Enum):
    # Pybricks prints enum members as `Port.A`, not `<Port.A: 0>`.
    def __repr__(self):
        return "{}.{}".format(type(self).__name__, self.name)

    __str__ = __repr__


class Port(_PybricksEnum):
    """Ports of the hub: A–F on SPIKE/Inventor, A–D and S1–S4 on EV3."""

    # Values are indexes into PORT_NAMES of sim/robot/api.ts.
    A = 0
    B = 1
    C = 2
    D = 3
    E = 4
    F = 5
    S1 = 6
    S2 = 7
    S3 = 8
    S4 = 9


class Direction(_PybricksEnum):
    """Which way a motor turns for a positive speed or angle."""

    CLOCKWISE = 0
    COUNTERCLOCKWISE = 1


class Stop(_PybricksEnum):
    """What a motor or drive base does when it stops (`then=`)."""

    COAST = 0
    BRAKE = 1
    HOLD = 2
    NONE = 3
    COAST_SMART = 4


class Button(_PybricksEnum):
    """Hub buttons (the simulator reports none pressed)."""

    # Values are what the `hub_buttons_pressed` operation returns for each button.
    LEFT = 0
    RIGHT = 1
    CENTER = 2
    UP = 3
    DOWN = 4
    BLUETOOTH = 5
    BEACON = 6
    LEFT_UP = 7
    LEFT_DOWN = 8
    RIGHT_UP = 9
    RIGHT_DOWN = 10


class Side(_PybricksEnum):
    """Sides of a hub."""

    TOP = 0
    BOTTOM = 1
    FRONT = 2
    BACK = 3
    LEFT = 4
    RIGHT = 5


class Axis(_PybricksEnum):
    """Axes of the hub's frame: X forward, Y left, Z up."""

    X = 0
    Y = 1
    Z = 2


# sim/robot/api.ts COLOR_NAMES: the integer code of each named color.
_COLOR_NAMES = (
    "NONE",
    "BLACK",
    "WHITE",
    "RED",
    "GREEN",
    "BLUE",
    "YELLOW",
    "ORANGE",
    "VIOLET",
    "BROWN",
    "GRAY",
)


class Color:
    """A color as hue (0–359 deg), saturation and value (0–100 %), like Pybricks.

    Named colors such as Color.RED compare equal to any Color with the same h, s, v.
    """

    __slots__ = ("_h", "_s", "_v", "_name")

    def __init__(self, h, s=100, v=100):
        for name, value in (("h", h), ("s", s), ("v", v)):
            if not isinstance(value, (int, float)):
                raise TypeError(
                    "Color() argument '{}' must be a number, not {}".format(
                        name, type(value).__name__
                    )
                )
        self._h = int(h) % 360
        self._s = max(0, min(100, int(s)))
        self._v = max(0, min(100, int(v)))
        self._name = None

    @property
    def h(self):
        """Hue, degrees."""
        return self._h

    @property
    def s(self):
        """Saturation, %."""
        return self._s

    @property
    def v(self):
        """Brightness value, %."""
        return self._v

    def __eq__(self, other):
        if not isinstance(other, Color):
            return NotImplemented
        return (self._h, self._s, self._v) == (other._h, other._s, other._v)

    def __hash__(self):
        return hash((self._h, self._s, self._v))

    def __repr__(self):
        if self._name is not None:
            return "Color." + self._name
        return "Color(h={}, s={}, v={})".format(self._h, self._s, self._v)

    __str__ = __repr__

    def __mul__(self, factor):
        """Scale the brightness: Color.RED * 0.5 is a dimmer red."""
        return Color(self._h, self._s, self._v * factor)

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return Color(self._h, self._s, self._v / divisor)

    def __rshift__(self, degrees):
        """Shift the hue: Color.RED >> 120 is green."""
        return Color(self._h + degrees, self._s, self._v)

    def __int__(self):
        """The color's code in the simulator (nearest named color for custom colors)."""
        return _COLOR_NAMES.index(_nearest_named(self)._name)


def _named(name, h, s, v):
    color = Color(h, s, v)
    color._name = name
    setattr(Color, name, color)


# The named colors of Pybricks, with its h, s, v values.
_named("NONE", 0, 0, 0)
_named("BLACK", 0, 0, 10)
_named("GRAY", 0, 0, 50)
_named("WHITE", 0, 0, 100)
_named("RED", 0, 100, 100)
_named("ORANGE", 30, 100, 100)
_named("BROWN", 30, 100, 50)
_named("YELLOW", 60, 100, 100)
_named("GREEN", 120, 100, 100)
_named("CYAN", 180, 100, 100)
_named("BLUE", 240, 100, 100)
_named("VIOLET", 270, 100, 100)
_named("MAGENTA", 300, 100, 100)


def _color_from_code(code):
    """The named Color for a COLOR_NAMES index returned by the simulator."""
    index = int(code)
    if 0 <= index < len(_COLOR_NAMES):
        return getattr(Color, _COLOR_NAMES[index])
    return Color.NONE


def _color_distance(a, b):
    """Distance of two colors in an HSV cone (hue matters less as colors get grey or dark)."""
    from math import cos, radians, sin

    ra = a.s * a.v / 100
    rb = b.s * b.v / 100
    dx = ra * cos(radians(a.h)) - rb * cos(radians(b.h))
    dy = ra * sin(radians(a.h)) - rb * sin(radians(b.h))
    dz = a.v - b.v
    return dx * dx + dy * dy + dz * dz


def _nearest(color, candidates):
    best = None
    for candidate in candidates:
        if best is None or _color_distance(color, candidate) < _color_distance(color, best):
            best = candidate
    return best


def _nearest_named(color):
    if color._name in _COLOR_NAMES:
        return color
    return _nearest(color, [getattr(Color, name) for name in _COLOR_NAMES])
