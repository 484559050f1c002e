from robot_setup import *

SPEED = 180  # скорость вперёд, мм/с
GAIN = 3  # на сколько градусов в секунду поворачивать за каждый % разницы

# TODO: снова и снова (while True:)
#   - читай оба датчика: color_left.reflection() и color_right.reflection()
#   - error = левый - правый
#   - robot.drive(SPEED, GAIN * error)
