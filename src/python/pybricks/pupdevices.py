"""LEGO Powered Up devices (SPIKE Prime, Robot Inventor): motors and sensors."""

from ._bridge import call, call1, number
from ._common import _Device, _Motor
from .parameters import Color, Direction, _color_from_code, _nearest

__all__ = ["Motor", "ColorSensor", "UltrasonicSensor", "ForceSensor"]


class Motor(_Motor):
    """Motor(port, positive_direction=Direction.CLOCKWISE, gears=None)

    Also accepts reset_angle=True and profile=None, as Pybricks does.
    """

    def __init__(
        self,
        port,
        positive_direction=Direction.CLOCKWISE,
        gears=None,
        reset_angle=True,
        profile=None,
    ):
        # reset_angle and profile are accepted for compatibility: simulated motors start at
        # angle 0 and use one control profile.
        _Motor.__init__(self, port, positive_direction, gears)

    def reset_angle(self, angle=None):
        """reset_angle(angle=None): set the rotation angle (None: the absolute marker, 0 here)."""
        _Motor.reset_angle(self, 0 if angle is None else angle)

    def load(self):
        """load() -> int: torque holding the motor back, mNm (at the output)."""
        return int(round(self._read("motor_load") * self._sign * self._ratio))


class _Lights:
    """Built-in sensor lights. The simulator has none to show, so these do nothing."""

    def on(self, brightness=100):
        """on(brightness=100): switch the lights on (one % value, or one per light)."""

    def off(self):
        """off(): switch the lights off."""


# Pybricks' default colors for ColorSensor.color().
_DEFAULT_DETECTABLE = (
    Color.RED,
    Color.YELLOW,
    Color.GREEN,
    Color.BLUE,
    Color.WHITE,
    Color.NONE,
)


class ColorSensor(_Device):
    """ColorSensor(port): SPIKE color sensor."""

    _KIND = "color"

    def __init__(self, port):
        _Device.__init__(self, port)
        self.lights = _Lights()
        self._detectable = None  # None: the simulator classifies the color.

    def reflection(self):
        """reflection() -> int: reflected light, %."""
        return int(round(self._read("color_reflection")))

    def ambient(self):
        """ambient() -> int: ambient light, %."""
        return int(round(self._read("color_ambient")))

    def hsv(self, surface=True):
        """hsv(surface=True) -> Color: hue, saturation and value of the surface."""
        h, s, v = call("color_hsv", self._p)[:3]
        return Color(round(h), round(s), round(v))

    def color(self, surface=True):
        """color(surface=True) -> Color: the detected color, such as Color.RED."""
        if self._detectable is None:
            return _color_from_code(self._read("color_color"))
        return _nearest(self.hsv(surface), self._detectable)

    def detectable_colors(self, colors=None):
        """detectable_colors(colors): set the colors color() picks from; no argument gets them."""
        if colors is None:
            return tuple(self._detectable or _DEFAULT_DETECTABLE)
        colors = tuple(colors)
        for color in colors:
            if not isinstance(color, Color):
                raise TypeError(
                    "detectable_colors() expects Color values, not " + type(color).__name__
                )
        if not colors:
            raise ValueError("detectable_colors() needs at least one color")
        self._detectable = colors


class UltrasonicSensor(_Device):
    """UltrasonicSensor(port): SPIKE distance sensor."""

    _KIND = "ultrasonic"

    def __init__(self, port):
        _Device.__init__(self, port)
        self.lights = _Lights()

    def distance(self):
        """distance() -> int: distance to an object, mm (2000 when nothing is seen)."""
        return int(round(self._read("ultrasonic_distance")))

    def presence(self):
        """presence() -> bool: another ultrasonic sensor nearby (never in the simulator)."""
        return False


class ForceSensor(_Device):
    """ForceSensor(port): SPIKE force sensor (touch button)."""

    _KIND = "force"

    def force(self):
        """force() -> float: measured force, N."""
        return float(self._read("force_force"))

    def distance(self):
        """distance() -> float: how far the plunger is pushed in, mm (estimated from the force)."""
        # NB: the simulator measures force only; 10 N pushes the 8 mm plunger fully in.
        return min(self.force(), 10.0) * 0.8

    def pressed(self, force=3):
        """pressed(force=3) -> bool: True when pushed with at least `force` newtons."""
        return bool(call1("force_pressed", self._p, number(force, "force", "pressed")))

    def touched(self):
        """touched() -> bool: True when the sensor is touched at all."""
        return bool(self._read("force_touched"))
