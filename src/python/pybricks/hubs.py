"""Programmable hubs: PrimeHub, InventorHub and EV3Brick."""

from ._bridge import call, call1, enum_member, number
from .parameters import Axis, Button, Color, Side
from .tools import wait

__all__ = ["PrimeHub", "InventorHub", "EV3Brick"]


class _Speaker:
    """The hub's speaker."""

    def __init__(self):
        self._volume = 100

    def beep(self, frequency=500, duration=100):
        """beep(frequency=500, duration=100): play a tone (Hz) for `duration` ms and wait."""
        f = number(frequency, "frequency", "beep")
        d = number(duration, "duration", "beep")
        call("hub_beep", f, max(0.0, d))

    def volume(self, volume=None):
        """volume(volume): set the volume in %; no argument gets it."""
        if volume is None:
            return self._volume
        self._volume = int(max(0, min(100, number(volume, "volume", "volume"))))

    def play_notes(self, notes, tempo=120):
        """play_notes(notes, tempo=120): play notes such as "C4/4", "F#5/8.", "R/4" (rest)."""
        whole_ms = 4 * 60000 / number(tempo, "tempo", "play_notes")
        for note in notes:
            frequency, duration = _parse_note(note, whole_ms)
            if frequency is None:
                wait(duration)
            else:
                self.beep(frequency, duration)


_SEMITONES = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}


def _parse_note(note, whole_ms):
    """'C#4/8.' → (frequency Hz or None for a rest, duration ms)."""
    if not isinstance(note, str) or "/" not in note:
        raise ValueError("bad note {!r}: write notes like 'C4/4' or 'R/8'".format(note))
    pitch, length = note.split("/", 1)
    dotted = "." in length
    digits = length.replace(".", "").replace("_", "")
    if not digits.isdigit() or int(digits) == 0:
        raise ValueError("bad note length in {!r}".format(note))
    duration = whole_ms / int(digits) * (1.5 if dotted else 1.0)
    if pitch.upper() == "R":
        return None, duration
    name = pitch[:1].upper()
    if name not in _SEMITONES or not pitch[-1:].isdigit():
        raise ValueError("bad note {!r}: write notes like 'C4/4' or 'R/8'".format(note))
    shift = {"#": 1, "b": -1}.get(pitch[1:-1], 0)
    semitones = _SEMITONES[name] + shift + 12 * (int(pitch[-1]) - 4)
    return 440.0 * 2 ** (semitones / 12), duration


class _Light:
    """The hub's status light."""

    def on(self, color):
        """on(color): switch the light on in `color`, such as Color.GREEN."""
        if not isinstance(color, Color):
            raise TypeError("on() argument 'color' must be Color, not " + type(color).__name__)
        call("hub_light_on", float(int(color)))

    def off(self):
        """off(): switch the light off."""
        call("hub_light_off")

    def blink(self, color, durations):
        """blink(color, durations): blink the light (shown steadily in the simulator)."""
        self.on(color)

    def animate(self, colors, interval):
        """animate(colors, interval): cycle through colors (shows the first in the simulator)."""
        colors = list(colors)
        if colors:
            self.on(colors[0])


class _Buttons:
    """The hub's buttons."""

    def pressed(self):
        """pressed() -> set: the buttons pressed now."""
        members = list(Button)
        return {members[int(code)] for code in call("hub_buttons_pressed")}


class _Display:
    """The light matrix / screen. The simulator does not draw it; text() takes its time."""

    def text(self, text, on=500, off=50):
        """text(text, on=500, off=50): scroll text, one character at a time."""
        per_char = number(on, "on", "text") + number(off, "off", "text")
        wait(len(str(text)) * per_char)

    def number(self, number):
        """number(number): show a number."""

    def char(self, char):
        """char(char): show one character."""

    def icon(self, icon):
        """icon(icon): show an icon."""

    def pixel(self, row, column, brightness=100):
        """pixel(row, column, brightness=100): light one pixel."""

    def off(self):
        """off(): switch all pixels off."""

    def orientation(self, up):
        """orientation(up): set which side is up."""

    def image(self, matrix):
        """image(matrix): show an image."""

    def animate(self, matrices, interval):
        """animate(matrices, interval): show images one after another."""

    # EV3Brick.screen
    def clear(self):
        """clear(): clear the screen."""

    def print(self, *args, sep=" ", end="\n"):
        """print(*args): print on the screen."""

    def draw_text(self, x, y, text, text_color=None, background_color=None):
        """draw_text(x, y, text): draw text on the screen."""


class _IMU:
    """The hub's built-in gyro and accelerometer (robot flat on the floor)."""

    def heading(self):
        """heading() -> float: turned angle, deg, clockwise positive."""
        return float(call1("imu_heading"))

    def reset_heading(self, angle):
        """reset_heading(angle): set the heading to `angle` degrees."""
        call("imu_reset_heading", number(angle, "angle", "reset_heading"))

    def angular_velocity(self, axis=None):
        """angular_velocity(axis=None) -> deg/s about an Axis, or the (x, y, z) tuple."""
        # The API reports clockwise positive seen from above; Pybricks axes follow the
        # right-hand rule with Z up, so the Z rate is counterclockwise positive.
        z = -float(call1("imu_angular_velocity"))
        if axis is None:
            return (0.0, 0.0, z)
        enum_member(axis, Axis.Z, "axis", "angular_velocity")
        return z if axis == Axis.Z else 0.0

    def tilt(self):
        """tilt() -> (pitch, roll): 0, 0 on the flat floor."""
        return (0, 0)

    def acceleration(self, axis=None):
        """acceleration(axis=None) -> mm/s²: gravity only in the simulator."""
        vector = (0.0, 0.0, 9810.0)
        if axis is None:
            return vector
        enum_member(axis, Axis.Z, "axis", "acceleration")
        return vector[axis.value]

    def up(self):
        """up() -> Side: which side of the hub faces up."""
        return Side.TOP

    def ready(self):
        """ready() -> bool: the IMU is calibrated."""
        return True

    def stationary(self):
        """stationary() -> bool: the hub is not rotating."""
        return abs(call1("imu_angular_velocity")) < 1


class _Battery:
    """The battery (a full one in the simulator)."""

    def voltage(self):
        """voltage() -> int: mV."""
        return 8300

    def current(self):
        """current() -> int: mA."""
        return 150


class _System:
    """System settings of the hub."""

    def set_stop_button(self, button):
        """set_stop_button(button): the simulator's stop button always works."""

    def name(self):
        """name() -> str: the hub's name."""
        return "Qadam"


class PrimeHub:
    """PrimeHub(top_side=Axis.Z, front_side=Axis.X): LEGO SPIKE Prime hub."""

    def __init__(
        self, top_side=Axis.Z, front_side=Axis.X, broadcast_channel=None, observe_channels=()
    ):
        self.speaker = _Speaker()
        self.light = _Light()
        self.buttons = _Buttons()
        self.display = _Display()
        self.imu = _IMU()
        self.battery = _Battery()
        self.system = _System()


class InventorHub(PrimeHub):
    """InventorHub(): LEGO MINDSTORMS Robot Inventor hub (same as PrimeHub)."""


class EV3Brick:
    """EV3Brick(): LEGO MINDSTORMS EV3 brick."""

    def __init__(self):
        self.speaker = _Speaker()
        self.light = _Light()
        self.buttons = _Buttons()
        self.screen = _Display()
        self.display = self.screen
        self.battery = _Battery()
        self.system = _System()
