# A maze with loops: the left hand can circle round an island of walls for ever.
# Draw a map instead and let a wave from the goal show the way.
from robot_setup import *

SIZE = 8  # cells per side
CELL = 300  # mm
OPEN = 220  # the sensor sees farther than this: no wall ahead
GOAL = [(3, 3), (3, 4), (4, 3), (4, 4)]  # the centre block

# Directions, clockwise like robot.turn: 0 north, 1 east, 2 south, 3 west.
DX = [0, 1, 0, -1]
DY = [1, 0, -1, 0]

# The map: walls[(x, y, d)] is True for a wall on side d of cell (x, y), False for a
# way through. A side we have not looked at is not in the dictionary.
walls = {}

x, y = 0, 0  # the start: bottom-left cell
facing = 0  # north

robot.settings(straight_speed=300, turn_rate=250)

# TODO:
# 1. flood(): a dictionary of steps to the goal for every cell (0 in the goal cells,
#    then 1 for their open neighbours, then 2, ...). Unknown sides count as open.
# 2. While (x, y) not in GOAL: turn towards the neighbour with the fewest steps;
#    if you have not looked that way yet, read the ultrasonic and write it on the map;
#    if there is a wall, think again; otherwise drive one cell and update x and y.
