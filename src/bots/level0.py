# Sumo bot, level 0: the statue. It stands still for the whole match.
# A first target: can your robot find it and push it out of the ring?
from robot_setup import *

while True:
    wait(1000)
