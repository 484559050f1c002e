# Sumo bot, level 4: the flanker.
# Everything level 3 does (edge watch, quick starts, charges), and more:
# - It flanks: while closing in it curves off to the left (more while the opponent is far),
#   so it arrives at the opponent's front corner or side instead of meeting it head-on.
#   When the opponent slips out of view on the right, it swings back to find it.
# - Once on the opponent (bumper pressed, or nearer than 20 cm) it pushes with full motor
#   power: dc(100) gives the motors everything the battery has, a little more than the
#   drive base's speed control allows.
# - At the start it looks right, then left, already driving; later it searches with a quick
#   turn on the spot to the right, then a while in arcs somewhere else.
from robot_setup import *

SEE = 600  # mm: anything nearer than this is the opponent
CLOSE = 200  # mm: near enough to push
EDGE = 35  # % reflection different from the start: the border (on white and black rings)
KEEP = 300  # ms: keep going this long after losing sight of the opponent
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


# Pybricks' default speeds and accelerations are gentle; a sumo robot wants them all.
robot.settings(
    straight_speed=FAST, straight_acceleration=2500, turn_rate=500, turn_acceleration=5000
)

wait(5000)
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
    elif pressed or distance < CLOSE:
        left_motor.dc(100)  # full power on both wheels (this lets go of the drive base)
        right_motor.dc(100)
    elif seeing:
        robot.drive(FAST, -70 if distance > 350 else -40)  # flank: curve off to the left
    elif now - last_seen < KEEP:
        robot.drive(FAST, 150)  # it slipped out on the right: swing back to find it
    elif now < 400:
        # Just started and the opponent is not straight ahead: look right, then left,
        # already driving.
        robot.drive(FAST, 300 if now < 130 else -300)
    elif (now - last_seen) % 2500 < 1000:
        robot.drive(0, 360)  # search: a quick turn on the spot…
    else:
        robot.drive(250, 200)  # …then a while in arcs, somewhere else
    wait(10)
