"""Qadam internals: the device base and the Motor shared by pupdevices and ev3devices.

Motor frame (decision, see the report to sim/): the `motor_*` operations work in the motor's
own frame — degrees of the motor shaft before any gears, clockwise positive as seen facing the
motor's output, exactly what the encoder of a physical motor counts. The physical mounting
(e.g. the mirrored left motor of a SPIKE drive base) is the simulator's business: it decides
which way the wheel rolls for a clockwise shaft. This class applies, as Pybricks does,
`positive_direction` (COUNTERCLOCKWISE negates) and `gears` (output = shaft / ratio), so a
program that forgets Direction.COUNTERCLOCKWISE on a mirrored motor sees the wheel run
backwards, just as on a hub.
"""

from ._bridge import call, call1, enum_member, flag, number, open_device
from .parameters import Direction, Port, Stop


class _Device:
    """A device on a port; the constructor checks the device is there (ENODEV if not)."""

    _KIND = ""

    def __init__(self, port):
        enum_member(port, Port.A, "port", type(self).__name__)
        open_device(port, self._KIND)
        self._port = port
        self._p = float(port.value)

    def _read(self, op):
        return call1(op, self._p)


def _gear_ratio(gears):
    """Pybricks gear trains: [12, 36] → 3.0; [[12, 36], [20, 40]] → 6.0."""
    if gears is None:
        return 1.0
    if not isinstance(gears, (list, tuple)) or len(gears) == 0:
        raise TypeError("Motor() argument 'gears' must be a list such as [12, 36]")
    trains = gears if isinstance(gears[0], (list, tuple)) else [gears]
    ratio = 1.0
    for train in trains:
        if not isinstance(train, (list, tuple)) or len(train) < 2:
            raise ValueError("each gear train needs at least two gears, such as [12, 36]")
        for teeth in train:
            if number(teeth, "gears", "Motor") <= 0:
                raise ValueError("Motor() gears must have a positive number of teeth")
        ratio *= train[-1] / train[0]
    return ratio


class _Motor(_Device):
    """A motor with a rotation sensor. Angles in deg, speeds in deg/s, of the output."""

    _KIND = "motor"

    def __init__(self, port, positive_direction=Direction.CLOCKWISE, gears=None):
        enum_member(positive_direction, Direction.CLOCKWISE, "positive_direction", "Motor")
        ratio = _gear_ratio(gears)
        _Device.__init__(self, port)
        self._sign = -1.0 if positive_direction == Direction.COUNTERCLOCKWISE else 1.0
        self._ratio = ratio

    # output frame (program) ↔ shaft frame (API): shaft = sign · ratio · output
    def _to_shaft(self, value):
        return self._sign * self._ratio * value

    def _from_shaft(self, value):
        return self._sign * value / self._ratio

    def angle(self):
        """angle() -> int: rotation angle in degrees."""
        return int(round(self._from_shaft(self._read("motor_angle"))))

    def speed(self, window=100):
        """speed(window=100) -> int: speed in deg/s."""
        number(window, "window", "speed")
        return int(round(self._from_shaft(self._read("motor_speed"))))

    def reset_angle(self, angle):
        """reset_angle(angle): set the accumulated rotation angle to `angle` degrees."""
        value = number(angle, "angle", "reset_angle")
        call("motor_reset_angle", self._p, self._to_shaft(value))

    def stalled(self):
        """stalled() -> bool: True if the motor cannot reach its target."""
        return bool(self._read("motor_stalled"))

    def done(self):
        """done() -> bool: True when the last command has finished."""
        return bool(self._read("motor_done"))

    def run(self, speed):
        """run(speed): keep turning at `speed` deg/s."""
        call("motor_run", self._p, self._to_shaft(number(speed, "speed", "run")))

    def dc(self, duty):
        """dc(duty): turn at a duty cycle (power) of -100 to 100 %."""
        call("motor_dc", self._p, self._sign * number(duty, "duty", "dc"))

    def stop(self):
        """stop(): let the motor spin freely."""
        call("motor_stop", self._p)

    def brake(self):
        """brake(): stop passively."""
        call("motor_brake", self._p)

    def hold(self):
        """hold(): stop and actively hold the current angle."""
        call("motor_hold", self._p)

    def run_time(self, speed, time, then=Stop.HOLD, wait=True):
        """run_time(speed, time, then=Stop.HOLD, wait=True): run for `time` ms."""
        s = number(speed, "speed", "run_time")
        t = number(time, "time", "run_time")
        enum_member(then, Stop.HOLD, "then", "run_time")
        call("motor_run_time", self._p, self._to_shaft(s), t, float(then.value), flag(wait))

    def run_angle(self, speed, rotation_angle, then=Stop.HOLD, wait=True):
        """run_angle(speed, rotation_angle, then=Stop.HOLD, wait=True): turn by an angle."""
        s = number(speed, "speed", "run_angle")
        a = number(rotation_angle, "rotation_angle", "run_angle")
        enum_member(then, Stop.HOLD, "then", "run_angle")
        # The way it turns is sign(speed) · sign(angle): apply the direction to one of them.
        call(
            "motor_run_angle",
            self._p,
            s * self._ratio,
            self._to_shaft(a),
            float(then.value),
            flag(wait),
        )

    def run_target(self, speed, target_angle, then=Stop.HOLD, wait=True):
        """run_target(speed, target_angle, then=Stop.HOLD, wait=True): turn to an angle."""
        s = number(speed, "speed", "run_target")
        a = number(target_angle, "target_angle", "run_target")
        enum_member(then, Stop.HOLD, "then", "run_target")
        # The target alone decides the way; the sign of the speed is ignored, as on a hub.
        call(
            "motor_run_target",
            self._p,
            abs(s) * self._ratio,
            self._to_shaft(a),
            float(then.value),
            flag(wait),
        )

    def run_until_stalled(self, speed, then=Stop.COAST, duty_limit=None):
        """run_until_stalled(speed, then=Stop.COAST, duty_limit=None) -> int: angle at stall."""
        s = number(speed, "speed", "run_until_stalled")
        enum_member(then, Stop.COAST, "then", "run_until_stalled")
        limit = -1.0
        if duty_limit is not None:
            limit = number(duty_limit, "duty_limit", "run_until_stalled")
        shaft = call1(
            "motor_run_until_stalled", self._p, self._to_shaft(s), float(then.value), limit
        )
        return int(round(self._from_shaft(shaft)))
