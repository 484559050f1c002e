"""Simulator-only extras for debugging in Qadam.

These lines would NOT run on a LEGO hub: there is no `qadam` module in Pybricks. Remove them
before copying a program to a real robot.
"""

from pybricks._bridge import call


def pen(on=True):
    """pen(on=True): draw the robot's path on the floor (pen(False) lifts the pen)."""
    call("sim_pen", 1.0 if on else 0.0)


def pose():
    """pose() -> (x, y, heading): the robot's true position in mm and heading in degrees.

    x points east, y north; heading 0 faces north and grows clockwise.
    """
    x, y, heading = call("sim_pose")[:3]
    return (float(x), float(y), float(heading))
