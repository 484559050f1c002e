# Kegelring: push all eight cans out of the ring.
from robot_setup import *

SEE = 490  # a can nearer than this (mm) may still be in the ring; pushed-out cans end farther
PUSH_PAST = 170  # after the border, push on this far (mm) so the can is wholly out

robot.settings(straight_speed=300, turn_rate=200)

# TODO: again and again:
# 1. turn on the spot until ultrasonic.distance() < SEE (stop after a whole turn: done!)
# 2. turn 10 degrees more to aim at the middle of the can
# 3. robot.reset(), drive until a colour sensor sees the black border, then PUSH_PAST more
# 4. drive back robot.distance() mm to the centre
