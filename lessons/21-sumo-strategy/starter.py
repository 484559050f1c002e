# Sumo against the Spinner (bot:2): last lesson's program. The sidestep does not fool the
# Spinner: it turns, finds you again and pushes you out from the side. Make a plan of
# your own (see the TODO notes).
from robot_setup import *

SEE = 600  # nearer than this (mm) is the opponent
CLOSE = 200  # nearer than this (mm): in contact, push with full power
EDGE = 30  # darker than this (% reflection) is the black border


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


# TODO: quick starts: robot.settings(straight_speed=..., straight_acceleration=..., ...)
wait(5000)  # the start signal
robot.settings(turn_rate=300)

robot.turn(-90)  # TODO: this opening does not work against the Spinner
robot.straight(200)
robot.turn(90)

while True:
    pressed = touch.pressed()  # the bumper is pressed: we are on the opponent
    distance = ultrasonic.distance()  # mm to what the distance sensor sees
    if at_edge():
        robot.straight(-100)
        robot.turn(150)
    # TODO: in contact (pressed or distance < CLOSE) push with full power: dc(100) on both motors
    elif distance < SEE:
        robot.drive(500, 0)  # TODO: flank: curve off to the left
    else:
        robot.drive(0, 150)  # TODO: just lost it on the right? swing back right first
    wait(10)
