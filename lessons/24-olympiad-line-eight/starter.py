# The proportional follower: safe, but far too slow for 15 seconds.
from robot_setup import *

FAST = 180  # top speed, mm/s
KP = 3  # P: degrees per second of turning for each % of error
KD = 0  # D: turning for each % the error changed since the last loop (0: no D yet)
SLOW_DOWN = 0  # mm/s less speed for each % of error (0: no slowing down yet)
MIN_SPEED = 60  # never slower than this, mm/s

last_error = 0  # the error in the last loop
while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: add a D term (change = error - last_error) and slow down only in bends
    # (but never below MIN_SPEED); end the loop with wait(5). Then raise KD, SLOW_DOWN and FAST.
    robot.drive(FAST, KP * error)
