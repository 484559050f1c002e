# Line following with right angles: a proportional follower that slows down when the
# error is big. On a straight the error is small and the robot goes fast; at a corner
# one sensor sees the line, the error jumps, the robot almost stops and turns on the spot.
from robot_setup import *

FAST = 180  # speed on a straight, mm/s
GAIN = 3  # degrees per second of turning for each % of difference
SLOW_DOWN = 2  # mm/s less speed for each % of difference

while True:
    error = color_left.reflection() - color_right.reflection()
    speed = FAST - SLOW_DOWN * abs(error)
    if speed < 0:
        speed = 0  # never drive backwards: just turn on the spot
    robot.drive(speed, GAIN * error)
