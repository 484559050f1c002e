# Пропорциональный робот: надёжный, но слишком медленный для 15 секунд.
from robot_setup import *

SPEED = 180  # мм/с
KP = 3  # на сколько градусов в секунду поворачивать за каждый % ошибки

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: добавь D-составляющую (как быстро меняется ошибка) и тормози только в изгибах,
    # а потом подними SPEED.
    robot.drive(SPEED, KP * error)
