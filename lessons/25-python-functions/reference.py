# A rectangle with a function: each side is "drive, then turn right at the corner".
from robot_setup import *


def side(length):
    robot.straight(length)
    robot.turn(90)


for i in range(2):
    side(500)  # a short side
    side(800)  # a long side
