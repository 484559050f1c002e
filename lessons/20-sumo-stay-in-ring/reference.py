# Sumo against the Charger (bot:1). It aims at you once, then drives straight ahead at full
# speed and never looks at the ring's edge. Head-on it is too strong, so step out of its
# way: it rushes past and drives out of the ring by itself. Your robot must not do the
# same, so its colour sensors watch for the black border all the time.
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent
EDGE = 30  # darker than this (% reflection) is the black border


def seen():
    return ultrasonic.distance() < SEE


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


wait(5000)  # the start signal
robot.settings(turn_rate=300)

# The opening: a sidestep. Turn left, drive 200 mm, and face the opponent's side again.
robot.turn(-90)
robot.straight(200)
robot.turn(90)

# Then fight on, but never cross the border.
while True:
    if at_edge():
        robot.straight(-100)  # back away from the border ...
        robot.turn(150)  # ... and turn round, towards the middle
    elif seen():
        robot.drive(500, 0)  # push
    else:
        robot.drive(0, 150)  # look for it
    wait(10)
