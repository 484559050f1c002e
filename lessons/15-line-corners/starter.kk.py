# Өткен сабақтағы пропорционалды робот: тік бұрышта ол сызықтан ұшып шығады.
from robot_setup import *

FAST = 180  # түзу жолдағы жылдамдық, мм/с
GAIN = 3  # айырманың әр пайызына секундына неше градус бұрылу

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: қате неғұрлым үлкен болса, робот соғұрлым баяу жүрсін (abs(error) — қатенің шамасы).
    robot.drive(FAST, GAIN * error)
