# Sumo against the Charger: it aims once and drives straight at full speed.
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent
EDGE = 30  # darker than this (% reflection) is the black border


def seen():
    return ultrasonic.distance() < SEE


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


wait(5000)  # the start signal

# TODO: 1. the opening: step aside (turn left, drive 200 mm, turn back right).
# 2. then again and again: at the border back away and turn round;
#    if you see the opponent push it; otherwise turn and look for it.
