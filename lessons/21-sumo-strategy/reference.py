# Sumo strategy against the Spinner (bot:2). It spins until it sees you, then charges at
# full speed, and it never watches the edge. Two equal robots pushing nose to nose just
# shove until one slips, so this program plays smarter:
# - quick starts: high accelerations, so it is at full speed first;
# - a flank: while closing in it curves off to the left and hits the opponent's front
#   corner, not its strong nose;
# - full power in contact: dc(100) on both motors;
# - the border check first, as always, and a swing back when the opponent slips away.
from robot_setup import *

SEE = 600  # nearer than this (mm): the opponent
CLOSE = 200  # nearer than this (mm): push with full power
EDGE = 30  # darker than this (% reflection): the black border
KEEP = 300  # ms: after losing sight, swing back this long before searching again


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


def full_power():
    # dc() drives each motor directly with all the battery has (this lets go of the drive
    # base; the next robot.drive() takes the wheels back).
    left_motor.dc(100)
    right_motor.dc(100)


# Pybricks' default accelerations are gentle; a sumo robot wants full speed at once.
robot.settings(
    straight_speed=1000, straight_acceleration=2500, turn_rate=500, turn_acceleration=5000
)

wait(5000)  # the start signal
watch.reset()
last_seen = -KEEP
while True:
    now = watch.time()
    pressed = touch.pressed()
    distance = ultrasonic.distance()
    if pressed or distance < SEE:
        last_seen = now
    if at_edge() and not pressed:
        robot.straight(-80)  # at the border with nobody on the bumper: back off
        robot.turn(150)  # and turn round, towards the middle
        last_seen = -KEEP
    elif pressed or distance < CLOSE:
        full_power()  # on it: push with everything
    elif distance < SEE:
        robot.drive(1000, -90)  # flank: close in, curving off to the left
    elif now - last_seen < KEEP:
        robot.drive(1000, 150)  # it slipped out of view on the right: swing back
    else:
        robot.drive(0, 300)  # search: turn on the spot
    wait(10)
