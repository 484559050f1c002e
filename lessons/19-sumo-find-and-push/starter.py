# Sumo: push the other robot out of the ring. Two won rounds win the match.
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent: the ring is only 1 m across


def seen():
    return ultrasonic.distance() < SEE


wait(5000)  # the rules: nobody moves for the first 5 seconds

# TODO: again and again:
# 1. find it: turn on the spot until you see it (seen());
# 2. aim at its middle: remember robot.angle() where it appears and where it disappears,
#    then turn back to halfway between;
# 3. push: drive forward while you see it.
