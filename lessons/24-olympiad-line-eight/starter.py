# The proportional follower: safe, but far too slow for 15 seconds.
from robot_setup import *

SPEED = 180  # mm/s
KP = 3  # degrees per second of turning for each % of error

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: add a D term (how fast the error changes) and slow down only in bends,
    # then raise SPEED.
    robot.drive(SPEED, KP * error)
