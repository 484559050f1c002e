# Пропорционалды робот: сенімді, бірақ 15 секунд үшін тым баяу.
from robot_setup import *

SPEED = 180  # мм/с
KP = 3  # қатенің әр пайызына секундына неше градус бұрылу

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: D мүшесін қос (қате қаншалықты тез өзгереді) және тек иілімдерде баяула,
    # сосын SPEED мәнін көтер.
    robot.drive(SPEED, KP * error)
