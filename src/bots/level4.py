# Sumo bot, level 4: the flanker.
# Everything level 3 does (edge watch, searching in arcs, quick charges), plus a flanking
# attack: at the start it does not meet a charging opponent head-on. It darts off to the
# left at an angle, lets the opponent rush past, then turns back and hits it from the side
# or from behind, where a robot cannot push back.
from robot_setup import *

SEE = 600  # mm: anything nearer than this is the opponent
EDGE = 35  # % reflection different from the start: the border (on white and black rings)
KEEP = 300  # ms: keep charging this long after losing sight of the opponent
FAST = 1000  # mm/s: more than the motors can give, so: full speed

# The ring's own colour, read before the start (the robot stands on it).
ring_left = color_left.reflection()
ring_right = color_right.reflection() if color_right else ring_left


def edge():
    """Which colour sensor sees the border: 'left', 'right' or None."""
    if abs(color_left.reflection() - ring_left) > EDGE:
        return "left"
    if color_right is not None and abs(color_right.reflection() - ring_right) > EDGE:
        return "right"
    return None


# Pybricks' default accelerations are gentle; a sumo robot wants its top speed at once.
robot.settings(straight_speed=FAST, straight_acceleration=2500, turn_rate=500, turn_acceleration=5000)

wait(5000)
# The flank: dart off to the left at an angle, out of the opponent's path.
robot.turn(-60)
robot.straight(200, then=Stop.COAST)
# The opponent has gone past on the right: search that way.
turn = 1

watch.reset()
last_seen = -KEEP
while True:
    now = watch.time()
    pressed = touch.pressed()
    distance = ultrasonic.distance()
    seeing = pressed or distance < SEE
    if seeing:
        last_seen = now
    side = edge()
    if side and not pressed:
        # At the border with nobody on the bumper: back off and turn towards the middle.
        robot.straight(-80)
        robot.turn(-110 if side == "right" else 110)
        last_seen = -KEEP
    elif pressed or distance < 200:
        robot.drive(FAST, 0)  # push straight
    elif seeing:
        # Far away: drift to one side, so the opponent leaves the view on the other side…
        robot.drive(FAST, 40 * turn)
    elif now - last_seen < KEEP:
        robot.drive(FAST, -150 * turn)  # …and swing back to find it again
    elif (now - last_seen) % 2500 < 1000:
        robot.drive(0, 360 * turn)  # search: one turn on the spot…
    else:
        robot.drive(250, -200 * turn)  # …then a while in arcs, somewhere else
    wait(10)
