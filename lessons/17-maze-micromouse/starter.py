# The goal is the 2 x 2 block in the centre of the maze.
from robot_setup import *

SIZE = 6  # cells per side
CELL = 300  # mm
OPEN = 220  # the sensor sees farther than this: the way ahead is open
GOAL = [(2, 2), (2, 3), (3, 2), (3, 3)]  # the centre block

# Directions, clockwise like robot.turn: 0 north, 1 east, 2 south, 3 west.
DX = [0, 1, 0, -1]
DY = [1, 0, -1, 0]

x, y = 0, 0  # the start: bottom-left cell
facing = 0  # north

robot.settings(straight_speed=300, turn_rate=200)

# TODO: the left-hand rule from the last lesson, in a loop that runs
# while (x, y) not in GOAL. After every turn change `facing`;
# after every cell forward change x and y.
