"""Robotics: DriveBase, a robot with two driven wheels."""

from ._bridge import call, call1, enum_member, flag, number, optional_number, positive
from ._common import _Motor
from .parameters import Stop

__all__ = ["DriveBase"]


class DriveBase:
    """DriveBase(left_motor, right_motor, wheel_diameter, axle_track)

    Distances in mm, angles in deg; positive turns go right (clockwise seen from above).
    """

    def __init__(self, left_motor, right_motor, wheel_diameter, axle_track):
        for name, motor in (("left_motor", left_motor), ("right_motor", right_motor)):
            if not isinstance(motor, _Motor):
                raise TypeError(
                    "DriveBase() argument '{}' must be Motor, not {}".format(
                        name, type(motor).__name__
                    )
                )
        if left_motor._port == right_motor._port:
            raise ValueError("DriveBase() needs two different motors")
        diameter = positive(wheel_diameter, "wheel_diameter", "DriveBase")
        track = positive(axle_track, "axle_track", "DriveBase")
        # The motors' directions go along: the host drives both "positive", so a wrong
        # Direction spins the robot, as on a hub. (Gears are not modelled for drive bases.)
        call(
            "db_init",
            left_motor._p,
            right_motor._p,
            diameter,
            track,
            left_motor._sign,
            right_motor._sign,
        )
        self.left_motor = left_motor
        self.right_motor = right_motor

    def straight(self, distance, then=Stop.HOLD, wait=True):
        """straight(distance, then=Stop.HOLD, wait=True): drive `distance` mm (negative: back)."""
        d = number(distance, "distance", "straight")
        enum_member(then, Stop.HOLD, "then", "straight")
        call("db_straight", d, float(then.value), flag(wait))

    def turn(self, angle, then=Stop.HOLD, wait=True):
        """turn(angle, then=Stop.HOLD, wait=True): turn in place by `angle` deg (+ is right)."""
        a = number(angle, "angle", "turn")
        enum_member(then, Stop.HOLD, "then", "turn")
        call("db_turn", a, float(then.value), flag(wait))

    def curve(self, radius, angle, then=Stop.HOLD, wait=True):
        """curve(radius, angle, then=Stop.HOLD, wait=True): drive along a circle by `angle` deg."""
        r = number(radius, "radius", "curve")
        a = number(angle, "angle", "curve")
        enum_member(then, Stop.HOLD, "then", "curve")
        call("db_curve", r, a, float(then.value), flag(wait))

    def drive(self, speed, turn_rate):
        """drive(speed, turn_rate): keep driving at `speed` mm/s, turning `turn_rate` deg/s."""
        s = number(speed, "speed", "drive")
        r = number(turn_rate, "turn_rate", "drive")
        call("db_drive", s, r)

    def stop(self):
        """stop(): stop and let the wheels spin freely."""
        call("db_stop")

    def brake(self):
        """brake(): stop, braking the wheels passively."""
        call("db_brake")

    def settings(
        self,
        straight_speed=None,
        straight_acceleration=None,
        turn_rate=None,
        turn_acceleration=None,
    ):
        """settings(straight_speed, straight_acceleration, turn_rate, turn_acceleration)

        Set speeds (mm/s, deg/s) and accelerations (mm/s², deg/s²) of straight() and turn().
        With no arguments, returns them as a tuple.
        """
        values = (
            ("straight_speed", straight_speed),
            ("straight_acceleration", straight_acceleration),
            ("turn_rate", turn_rate),
            ("turn_acceleration", turn_acceleration),
        )
        for name, value in values:
            if isinstance(value, (tuple, list)):
                raise TypeError(
                    "settings() argument '{}': separate acceleration and deceleration "
                    "are not supported in the simulator, give one number".format(name)
                )
        args = [optional_number(value, name, "settings") for name, value in values]
        result = call("db_settings", *args)
        if all(value is None for _, value in values):
            return tuple(int(round(value)) for value in result[:4])
        return None

    def distance(self):
        """distance() -> int: driven distance since the last reset, mm."""
        return int(round(call1("db_distance")))

    def angle(self):
        """angle() -> float: turned angle since the last reset, deg (clockwise positive)."""
        return float(call1("db_angle"))

    def state(self):
        """state() -> (distance, drive_speed, angle, turn_rate)."""
        return tuple(int(round(value)) for value in call("db_state")[:4])

    def reset(self, distance=0, angle=0):
        """reset(distance=0, angle=0): stop, and set the distance and angle."""
        d = number(distance, "distance", "reset")
        a = number(angle, "angle", "reset")
        call("db_reset", d, a)

    def done(self):
        """done() -> bool: True when straight(), turn() or curve() has finished."""
        return bool(call1("db_done"))

    def stalled(self):
        """stalled() -> bool: True when the robot is blocked and cannot move as asked."""
        return bool(call1("db_stalled"))

    def use_gyro(self, use_gyro):
        """use_gyro(use_gyro): True to steer with the hub's gyro, False for the wheels only."""
        call("db_use_gyro", flag(use_gyro))
