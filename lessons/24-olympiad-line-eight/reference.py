# Olympiad line following: a PD controller that slows down only where it must.
# P steers in proportion to the error; D reacts to how fast the error changes, which damps
# the wobble at high speed. The speed drops when the error is big (entering a bend) and
# is full again on the straights. At the crossing both sensors see black at once: the
# error stays near 0, so the robot simply drives straight across.
from robot_setup import *

FAST = 400  # speed on a straight, mm/s
KP = 2.2  # P: degrees per second of turning for each % of error
KD = 6  # D: turning for each % the error changed since the last loop
SLOW_DOWN = 2.5  # mm/s less speed for each % of error
MIN_SPEED = 60  # never slower than this: the robot keeps moving in bends

last_error = 0
while True:
    error = color_left.reflection() - color_right.reflection()
    change = error - last_error
    last_error = error
    turn = KP * error + KD * change
    speed = max(MIN_SPEED, FAST - SLOW_DOWN * abs(error))
    robot.drive(speed, turn)
    # A steady loop period keeps the D term meaningful: the change is per 5 ms.
    wait(5)
