# Sumo bot, level 1: the charger.
# After the start signal it aims once: it turns until its distance sensor sees the opponent
# (up to 45 degrees each way) and points at the middle of what it sees. Then it drives
# straight ahead at full speed and never stops or turns again.
# It does not look at the ring's edge: step aside and it drives out by itself.
from robot_setup import *

SEE = 700  # mm: anything nearer than this is the opponent


def seen():
    return ultrasonic.distance() < SEE


def turn_while(turn_rate, want_seen, time):
    """Turn at `turn_rate` deg/s while seen() == want_seen, for at most `time` ms."""
    robot.drive(0, turn_rate)
    watch.reset()
    while seen() == want_seen and watch.time() < time:
        wait(5)
    return seen() != want_seen


wait(5000)
found = seen() or turn_while(150, False, 300) or turn_while(-150, False, 600)
if found:
    # Find both sides of the opponent and aim between them.
    turn_while(-120, True, 500)
    left = robot.angle()
    turn_while(120, False, 500)
    turn_while(120, True, 500)
    right = robot.angle()
    robot.turn((left + right) / 2 - robot.angle())
robot.drive(1000, 0)
while True:
    wait(100)
