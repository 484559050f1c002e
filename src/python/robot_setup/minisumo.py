# Qadam robot setup: mini-sumo robot (10 x 10 cm, 500 g) with a SPIKE Prime hub.
# Start a program with `from robot_setup import *` to get the robot's standard objects.
# This is plain Pybricks code: copy it to the hub as robot_setup.py to use it there.

from pybricks.hubs import PrimeHub
from pybricks.parameters import Axis, Button, Color, Direction, Port, Stop
from pybricks.pupdevices import ColorSensor, ForceSensor, Motor, UltrasonicSensor
from pybricks.robotics import DriveBase
from pybricks.tools import StopWatch, wait


class HubGyro:
    """The hub's built-in gyro, with the method names of EV3's GyroSensor."""

    def __init__(self, imu):
        self.imu = imu

    def angle(self):
        """Turned angle in degrees, clockwise positive."""
        return round(self.imu.heading())

    def speed(self):
        """Turn rate in deg/s, clockwise positive."""
        return round(-self.imu.angular_velocity(Axis.Z))

    def reset_angle(self, angle=0):
        """Set the turned angle to `angle` degrees."""
        self.imu.reset_heading(angle)


hub = PrimeHub()

# The left motor is mounted mirrored: it turns counterclockwise to drive forward.
left_motor = Motor(Port.A, Direction.COUNTERCLOCKWISE)
right_motor = Motor(Port.B)
robot = DriveBase(left_motor, right_motor, wheel_diameter=34, axle_track=80)

touch = ForceSensor(Port.C)
ultrasonic = UltrasonicSensor(Port.D)
color_left = ColorSensor(Port.E)
color_right = ColorSensor(Port.F)
gyro = HubGyro(hub.imu)
watch = StopWatch()
