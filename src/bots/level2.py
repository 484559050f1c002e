# Sumo bot, level 2: the spinning searcher.
# It spins on the spot until its distance sensor sees the opponent, then drives at it.
# When it loses sight of the opponent it spins again. It does not look at the ring's edge.
from robot_setup import *

SEE = 600  # mm: anything nearer than this is the opponent

wait(5000)
while True:
    if ultrasonic.distance() < SEE:
        robot.drive(1000, 0)
    else:
        robot.drive(0, 240)
    wait(10)
