# Sumo bot, level 3: the edge-aware searcher.
# Its colour sensors watch the ring's edge: when one of them sees the border (darker or
# lighter than the ring it started on) it backs away and turns inwards. Knowing where the
# edge is lets it search while driving, in arcs, instead of spinning on the spot. When its
# distance sensor sees the opponent it charges, and it keeps going through a short loss of
# sight. It also sets quick accelerations, so it reaches full speed before the opponent.
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
robot.settings(straight_acceleration=2500, turn_acceleration=5000)

wait(5000)
watch.reset()
last_seen = -KEEP
while True:
    now = watch.time()
    pressed = touch.pressed()
    seeing = pressed or ultrasonic.distance() < SEE
    if seeing:
        last_seen = now
    side = edge()
    if side and not pressed:
        # At the border with nobody on the bumper: back off and turn towards the middle.
        robot.straight(-80)
        robot.turn(-110 if side == "right" else 110)
        last_seen = -KEEP
    elif seeing:
        robot.drive(FAST, 0)  # charge, or push
    elif now - last_seen < KEEP:
        robot.drive(FAST, -150)  # lost it for a moment: keep going, swing left to find it
    elif now < 400:
        # Just started and the opponent is not straight ahead: look right, then left,
        # already driving.
        robot.drive(FAST, 300 if now < 130 else -300)
    else:
        robot.drive(250, -200)  # search in arcs, turning left
    wait(10)
