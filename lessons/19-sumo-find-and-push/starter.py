# Sumo: push the other robot out of the ring. Two won rounds win the match.
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent: the ring is only 1 m across

wait(5000)  # the rules: nobody moves for the first 5 seconds

# TODO: again and again: if ultrasonic.distance() < SEE, drive straight at it;
# otherwise turn on the spot to look for it.
