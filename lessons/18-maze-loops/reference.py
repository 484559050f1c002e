# Flood fill. In a maze with loops the goal can sit on an "island" of walls that the
# left hand never touches, so the robot draws a map instead. It writes down every wall
# it sees, counts on this map how many steps each cell is from the goal (a wave that
# spreads out from the goal), and always moves to the neighbour with the fewest steps.
# Sides it has not looked at yet count as open: if that turns out wrong, the map gets
# a new wall and the robot simply thinks again.
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


def inside(x, y):
    return 0 <= x < SIZE and 0 <= y < SIZE


def remember(x, y, d, wall):
    """Write down one side of a cell, and the same side seen from the neighbour."""
    walls[(x, y, d)] = wall
    nx, ny = x + DX[d], y + DY[d]
    if inside(nx, ny):
        walls[(nx, ny, (d + 2) % 4)] = wall


def can_go(x, y, d):
    """On the map: can we step from (x, y) in direction d? Unknown sides count as open."""
    return inside(x + DX[d], y + DY[d]) and not walls.get((x, y, d), False)


def flood():
    """Steps from every cell to the goal on the current map: a wave from the goal."""
    steps = {}
    wave = []
    for cell in GOAL:
        steps[cell] = 0
        wave.append(cell)
    i = 0
    while i < len(wave):  # the wave list grows while we go through it
        x, y = wave[i]
        i += 1
        for d in range(4):
            n = (x + DX[d], y + DY[d])
            if can_go(x, y, d) and n not in steps:
                steps[n] = steps[(x, y)] + 1
                wave.append(n)
    return steps


x, y = 0, 0  # the start: bottom-left cell
facing = 0  # north


def face(d):
    """Turn to direction d the short way."""
    global facing
    turn = (d - facing) % 4
    if turn == 1:
        robot.turn(90)
    elif turn == 2:
        robot.turn(180)
    elif turn == 3:
        robot.turn(-90)
    facing = d


robot.settings(straight_speed=300, turn_rate=250)

while (x, y) not in GOAL:
    steps = flood()
    # The best way: the neighbour with the fewest steps. Straight ahead is tried first,
    # so on a tie the robot does not turn.
    best = None
    for d in [facing, (facing + 1) % 4, (facing + 3) % 4, (facing + 2) % 4]:
        n = (x + DX[d], y + DY[d])
        if can_go(x, y, d) and n in steps:
            if best is None or steps[n] < steps[(x + DX[best], y + DY[best])]:
                best = d
    face(best)
    if (x, y, best) not in walls:
        # We have not looked this way yet: look now.
        remember(x, y, best, ultrasonic.distance() < OPEN)
        if walls[(x, y, best)]:
            continue  # a wall: think again with the new map
    robot.straight(CELL)
    x += DX[facing]
    y += DY[facing]

print("In the goal, cell", x, y)
