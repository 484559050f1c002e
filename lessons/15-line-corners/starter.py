# The proportional follower from the last lesson: it flies off the line at a right angle.
from robot_setup import *

FAST = 180  # speed on a straight, mm/s
GAIN = 3  # degrees per second of turning for each % of difference

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: the bigger the error, the slower the robot must go (abs(error) is its size).
    robot.drive(FAST, GAIN * error)
