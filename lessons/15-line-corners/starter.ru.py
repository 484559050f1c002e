# Пропорциональный робот из прошлого урока: на прямом углу он вылетает с линии.
from robot_setup import *

FAST = 180  # скорость на прямой, мм/с
GAIN = 3  # на сколько градусов в секунду поворачивать за каждый % разницы
SLOW_DOWN = 2  # на сколько мм/с медленнее за каждый % разницы

while True:
    error = color_left.reflection() - color_right.reflection()
    # TODO: посчитай speed: чем больше ошибка (abs(error) — её размер), тем медленнее,
    # на SLOW_DOWN мм/с за каждый %, но не меньше нуля. Езжай со speed, а не с FAST.
    robot.drive(FAST, GAIN * error)
