# Qadam robot setup: EV3 drive base (Pybricks 4 on the EV3 brick).
# Start a program with `from robot_setup import *` to get the robot's standard objects.
# This is plain Pybricks code: copy it to the EV3 as robot_setup.py to use it there.

from pybricks.ev3devices import ColorSensor, GyroSensor, Motor, TouchSensor, UltrasonicSensor
from pybricks.hubs import EV3Brick
from pybricks.parameters import Button, Color, Direction, Port, Stop
from pybricks.robotics import DriveBase
from pybricks.tools import StopWatch, wait

hub = EV3Brick()

# Both motors turn clockwise to drive forward, as on the EV3 Robot Educator.
left_motor = Motor(Port.B)
right_motor = Motor(Port.C)
robot = DriveBase(left_motor, right_motor, wheel_diameter=56, axle_track=104)

touch = TouchSensor(Port.S1)
gyro = GyroSensor(Port.S2)
color_left = ColorSensor(Port.S3)
ultrasonic = UltrasonicSensor(Port.S4)
# The EV3 has only four sensor ports (all used above), so there is no right color sensor.
color_right = None
watch = StopWatch()
