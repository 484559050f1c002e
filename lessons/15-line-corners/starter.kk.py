# Өткен сабақтағы пропорционалды робот: тік бұрышта ол сызықтан ұшып шығады.
from robot_setup import *

FAST = 180  # түзу жолдағы жылдамдық, мм/с
GAIN = 3  # айырманың әр пайызына секундына неше градус бұрылу
SLOW_DOWN = 2  # айырманың әр пайызына неше мм/с баяулау

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: speed жылдамдығын есепте: қате неғұрлым үлкен болса (abs(error) — оның шамасы),
    # соғұрлым баяу: әр пайызға SLOW_DOWN мм/с кем, бірақ нөлден кіші емес.
    # FAST орнына speed-пен жүр.
    robot.drive(FAST, GAIN * error)
