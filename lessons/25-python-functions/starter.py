# Drive round the flowerbed along a rectangle: through the yellow corners and home.
from robot_setup import *


def side(length):
    # TODO: drive `length` millimetres, then turn right at the corner.
    pass


# TODO: call side() for every side of the rectangle.
