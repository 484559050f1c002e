# Пропорционалды робот: сенімді, бірақ 15 секунд үшін тым баяу.
from robot_setup import *

FAST = 180  # ең үлкен жылдамдық, мм/с
KP = 3  # P: қатенің әр пайызына секундына неше градус бұрылу
KD = 0  # D: өткен айналымнан бері қате өзгерген әр пайызға бұрылу (0: D әзірге жоқ)
SLOW_DOWN = 0  # қатенің әр пайызына неше мм/с баяулау (0: әзірге баяуламайды)
MIN_SPEED = 60  # бұдан (мм/с) баяу жүрме

last_error = 0  # өткен айналымдағы қате
while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: D мүшесін қос (change = error - last_error) және тек иілімдерде баяула
    # (бірақ MIN_SPEED-тен баяу емес); циклді wait(5) арқылы аяқта.
    # Сосын KD, SLOW_DOWN, FAST-ты көтер.
    robot.drive(FAST, KP * error)
