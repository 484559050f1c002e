# The proportional follower from the last lesson: it flies off the line at a right angle.
from robot_setup import *

FAST = 180  # speed on a straight, mm/s
GAIN = 3  # degrees per second of turning for each % of difference
SLOW_DOWN = 2  # mm/s less speed for each % of difference

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: work out speed: the bigger the error (abs(error) is its size), the slower,
    # SLOW_DOWN mm/s less for each %, but never below zero. Drive with speed, not FAST.
    robot.drive(FAST, GAIN * error)
