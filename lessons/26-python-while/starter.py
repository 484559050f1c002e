# Drive towards the wall and stop 30-80 mm before it. The wall is somewhere else on every field.
from robot_setup import *

robot.drive(200, 0)
# TODO: wait while the wall is still far away, then stop.
