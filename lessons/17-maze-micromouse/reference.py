# A micromouse-style maze: the goal is the 2 x 2 block in the centre. The left-hand rule
# still gets there in a maze without loops, but to STOP in the goal the robot must know
# where it is. So it keeps count: its cell (x, y) and the direction it faces.
from robot_setup import *

SIZE = 6  # cells per side
CELL = 300  # mm
OPEN = 220  # the sensor sees farther than this: the way ahead is open
GOAL = [(2, 2), (2, 3), (3, 2), (3, 3)]  # the centre block

# Directions, clockwise like robot.turn: 0 north, 1 east, 2 south, 3 west.
# One step in direction d changes x by DX[d] and y by DY[d].
DX = [0, 1, 0, -1]
DY = [1, 0, -1, 0]

x, y = 0, 0  # the start: bottom-left cell (x grows to the east, y to the north)
facing = 0  # north


def turn_left():
    global facing
    robot.turn(-90)
    facing = (facing + 3) % 4  # one step anticlockwise: north -> west


def turn_right():
    global facing
    robot.turn(90)
    facing = (facing + 1) % 4  # one step clockwise: north -> east


def forward():
    global x, y
    robot.straight(CELL)
    x += DX[facing]
    y += DY[facing]


robot.settings(straight_speed=300, turn_rate=200)

while (x, y) not in GOAL:
    # The left-hand rule: left first, then ahead, then right, back only in a dead end.
    turn_left()
    while ultrasonic.distance() < OPEN:
        turn_right()
    forward()

print("In the goal, cell", x, y)
