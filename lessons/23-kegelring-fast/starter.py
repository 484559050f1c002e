# Kegelring against the clock: 40 seconds for all eight cans.
from robot_setup import *

SEE = 490  # a can nearer than this (mm) may still be in the ring; pushed-out cans end farther
PUSH_PAST = 170  # after the border, push on this far (mm) so the can is wholly out
FAST = 300  # mm/s: pushing and coming back (make it faster!)
SCAN = 120  # deg/s: turning while looking for a can (make it faster!)
AIM = 10  # degrees to turn on after the sensor first sees a can (work it out!)

robot.settings(straight_speed=FAST, turn_rate=400)
watch.reset()

# TODO: your program from the last lesson (find, aim, push, come back), using FAST, SCAN
# and AIM. After each push, print(watch.time()) to see how long every can takes.
