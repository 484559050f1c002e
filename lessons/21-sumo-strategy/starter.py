# Sumo against the Spinner (bot:2): last lesson's program. The sidestep does not fool the
# Spinner: it turns, finds you again and pushes you out from the side. Make a plan of
# your own (see the TODO notes).
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent
EDGE = 30  # darker than this (% reflection) is the black border


def seen():
    return ultrasonic.distance() < SEE


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


# TODO: quick starts: robot.settings(straight_speed=..., straight_acceleration=..., ...)
wait(5000)  # the start signal
robot.settings(turn_rate=300)

robot.turn(-90)  # TODO: this opening does not work against the Spinner
robot.straight(200)
robot.turn(90)

while True:
    if at_edge():
        robot.straight(-100)
        robot.turn(150)
    elif seen():
        robot.drive(500, 0)  # TODO: flank while far, full power (dc) when close
    else:
        robot.drive(0, 150)
    wait(10)
