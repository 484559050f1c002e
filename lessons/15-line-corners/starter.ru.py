# Пропорциональный робот из прошлого урока: на прямом углу он вылетает с линии.
from robot_setup import *

FAST = 180  # скорость на прямой, мм/с
GAIN = 3  # на сколько градусов в секунду поворачивать за каждый % разницы

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: чем больше ошибка, тем медленнее должен ехать робот (abs(error) — её размер).
    robot.drive(FAST, GAIN * error)
