# Kegelring: stand in the centre, turn until a can is in front, push it out over the black
# border, drive back to the centre and look for the next one. When a whole turn shows
# nothing near, the ring is clear.
from robot_setup import *

SEE = 490  # a can nearer than this (mm) may still be in the ring; pushed-out cans end farther
PUSH_PAST = 170  # after the border, push on this far (mm) so the can is wholly out

robot.settings(straight_speed=300, turn_rate=200)

while True:
    # 1. Look around: turn slowly until a can is in front, or a whole turn has passed.
    robot.reset()
    robot.drive(0, 120)
    while ultrasonic.distance() > SEE and robot.angle() < 400:
        wait(5)
    robot.stop()
    if robot.angle() >= 400:
        break  # a whole turn and nothing: the ring is clear
    # 2. The sensor first sees the edge of the can: turn a little more to aim at its middle.
    robot.turn(10)
    # 3. Push: drive until a colour sensor sees the black border, then a bit further.
    robot.reset()
    robot.drive(300, 0)
    while color_left.reflection() > 30 and color_right.reflection() > 30:
        wait(5)
    robot.straight(PUSH_PAST)
    # 4. Back to the centre: exactly as far back as we drove forward.
    robot.straight(-robot.distance())
