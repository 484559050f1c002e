"""LEGO MINDSTORMS EV3 devices: motors and sensors."""

from ._bridge import call, enum_member, number
from ._common import _Device, _Motor
from .parameters import Direction, _color_from_code

__all__ = ["Motor", "TouchSensor", "ColorSensor", "UltrasonicSensor", "GyroSensor"]


class Motor(_Motor):
    """Motor(port, positive_direction=Direction.CLOCKWISE, gears=None): EV3 motor."""


class TouchSensor(_Device):
    """TouchSensor(port): EV3 touch sensor."""

    _KIND = "touch"

    def pressed(self):
        """pressed() -> bool: True while the button is pushed."""
        return bool(self._read("touch_pressed"))


class ColorSensor(_Device):
    """ColorSensor(port): EV3 color sensor."""

    _KIND = "color"

    def color(self):
        """color() -> Color: the detected color (Color.NONE if none)."""
        return _color_from_code(self._read("color_color"))

    def reflection(self):
        """reflection() -> int: reflected red light, %."""
        return int(round(self._read("color_reflection")))

    def ambient(self):
        """ambient() -> int: ambient light, %."""
        return int(round(self._read("color_ambient")))

    def rgb(self):
        """rgb() -> (int, int, int): reflected red, green and blue light, %."""
        return tuple(int(round(value)) for value in call("color_rgb", self._p)[:3])


class UltrasonicSensor(_Device):
    """UltrasonicSensor(port): EV3 ultrasonic sensor."""

    _KIND = "ultrasonic"

    def distance(self, silent=False):
        """distance(silent=False) -> int: distance to an object, mm (2550 when nothing is seen)."""
        return int(round(self._read("ultrasonic_distance")))

    def presence(self):
        """presence() -> bool: another ultrasonic sensor nearby (never in the simulator)."""
        return False


class GyroSensor(_Device):
    """GyroSensor(port, positive_direction=Direction.CLOCKWISE): EV3 gyro sensor."""

    _KIND = "gyro"

    def __init__(self, port, positive_direction=Direction.CLOCKWISE):
        enum_member(positive_direction, Direction.CLOCKWISE, "positive_direction", "GyroSensor")
        _Device.__init__(self, port)
        # The API reports clockwise positive (seen from above), the sensor's default.
        self._sign = -1.0 if positive_direction == Direction.COUNTERCLOCKWISE else 1.0

    def angle(self):
        """angle() -> int: accumulated angle, deg."""
        return int(round(self._sign * self._read("gyro_angle")))

    def speed(self):
        """speed() -> int: rotation speed, deg/s."""
        return int(round(self._sign * self._read("gyro_speed")))

    def reset_angle(self, angle):
        """reset_angle(angle): set the accumulated angle to `angle` degrees."""
        call("gyro_reset_angle", self._p, self._sign * number(angle, "angle", "reset_angle"))
