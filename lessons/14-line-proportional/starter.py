from robot_setup import *

SPEED = 180  # forward speed, mm/s
GAIN = 3  # degrees per second of turning for each % of difference

# TODO: again and again (while True:)
#   - read both sensors: color_left.reflection() and color_right.reflection()
#   - error = left - right
#   - robot.drive(SPEED, GAIN * error)
