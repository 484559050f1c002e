# Сумо против Волчка (bot:2): программа прошлого урока. Шаг в сторону Волчка не обманет:
# он разворачивается, снова находит тебя и выталкивает сбоку. Придумай свой план
# (смотри заметки TODO).
from robot_setup import *

SEE = 600  # ближе этого (мм) — это соперник
EDGE = 30  # яркость меньше этого (%) — это чёрная кайма


def seen():
    return ultrasonic.distance() < SEE


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


# TODO: быстрый старт: robot.settings(straight_speed=..., straight_acceleration=..., ...)
wait(5000)  # сигнал старта
robot.settings(turn_rate=300)

robot.turn(-90)  # TODO: против Волчка такое начало не работает
robot.straight(200)
robot.turn(90)

while True:
    if at_edge():
        robot.straight(-100)
        robot.turn(150)
    elif seen():
        robot.drive(500, 0)  # TODO: издалека заходи сбоку, а вплотную — полная мощность (dc)
    else:
        robot.drive(0, 150)
    wait(10)
