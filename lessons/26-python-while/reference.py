# Drive towards the wall and stop 30-80 mm before it, wherever it is.
from robot_setup import *

robot.drive(200, 0)
while ultrasonic.distance() > 100:
    wait(10)
robot.stop()
print("stopped at", ultrasonic.distance(), "mm")
