# Proportional line follower. The two colour sensors ride on both sides of the line.
# The darker one side looks, the harder the robot steers towards that side: small
# corrections on straights, big ones on tight bends, and no zigzag.
from robot_setup import *

SPEED = 180  # forward speed, mm/s
GAIN = 3  # degrees per second of turning for each % of difference

while True:
    # Both sensors on white: error is about 0, drive straight.
    # Left sensor over the line (darker): error < 0, turn left (negative turn rate).
    # Right sensor over the line: error > 0, turn right.
    error = color_left.reflection() - color_right.reflection()
    robot.drive(SPEED, GAIN * error)
