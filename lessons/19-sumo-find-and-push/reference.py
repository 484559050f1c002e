# Sumo against a robot that stands still: wait for the start signal, find the opponent
# with the distance sensor, aim at its middle and push it out of the ring.
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent: the ring is only 1 m across


def seen():
    return ultrasonic.distance() < SEE


def aim():
    """Turn until the opponent is straight ahead: between its two edges."""
    robot.reset()
    # Already looking at it? Turn left until we do not, to catch its left edge next.
    robot.drive(0, -120)
    while seen():
        wait(5)
    # Turn right: the opponent comes into sight (one edge) ...
    robot.drive(0, 120)
    while not seen():
        wait(5)
    first = robot.angle()
    # ... and goes out of sight (the other edge).
    while seen():
        wait(5)
    last = robot.angle()
    # Its middle is halfway between.
    robot.turn((first + last) / 2 - robot.angle())


wait(5000)  # the rules: nobody moves for the first 5 seconds

while True:
    aim()
    robot.drive(500, 0)  # push ...
    while seen():  # ... as long as it is in front of us
        wait(10)
