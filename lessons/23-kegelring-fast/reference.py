# Kegelring against the clock: the same plan as before (find, aim, push, come back), with
# every step made quicker and the aim made better, so each can needs only one push.
from robot_setup import *

SEE = 490  # a can nearer than this (mm) may still be in the ring; pushed-out cans end farther
PUSH_PAST = 170  # after the border, push on this far (mm) so the can is wholly out
FAST = 450  # mm/s: pushing and coming back
SCAN = 180  # deg/s: turning while looking for a can
# The outermost ultrasonic ray looks 8 degrees to the right of the robot's nose, and a can
# near the centre is about 6 degrees wide on each side: its middle is 8 + 6 = 14 degrees on.
AIM = 14

robot.settings(straight_speed=FAST, turn_rate=400)
watch.reset()
pushes = 0

while True:
    # Find: turn until a can is in front, or a whole turn has passed.
    robot.reset()
    robot.drive(0, SCAN)
    while ultrasonic.distance() > SEE and robot.angle() < 400:
        wait(5)
    robot.stop()
    if robot.angle() >= 400:
        break  # the ring is clear
    # Aim at the middle of the can.
    robot.turn(AIM)
    # Push it over the black border and a bit further.
    robot.reset()
    robot.drive(FAST, 0)
    while color_left.reflection() > 30 and color_right.reflection() > 30:
        wait(5)
    robot.straight(PUSH_PAST)
    # Come back to the centre.
    robot.straight(-robot.distance())
    pushes += 1
    print("push", pushes, "done at", watch.time(), "ms")
