# Сумо против Волчка (bot:2): программа прошлого урока. Шаг в сторону Волчка не обманет:
# он разворачивается, снова находит тебя и выталкивает сбоку. Придумай свой план
# (смотри заметки TODO).
from robot_setup import *

SEE = 600  # ближе этого (мм) — это соперник
CLOSE = 200  # ближе этого (мм) — контакт: толкай на полной мощности
EDGE = 30  # яркость меньше этого (%) — это чёрная кайма


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


# TODO: быстрый старт: robot.settings(straight_speed=..., straight_acceleration=..., ...)
wait(5000)  # сигнал старта
robot.settings(turn_rate=300)

robot.turn(-90)  # TODO: против Волчка такое начало не работает
robot.straight(200)
robot.turn(90)

while True:
    pressed = touch.pressed()  # бампер нажат: мы упёрлись в соперника
    distance = ultrasonic.distance()  # сколько мм до того, что видит датчик расстояния
    if at_edge():
        robot.straight(-100)
        robot.turn(150)
    # TODO: в контакте (pressed или distance < CLOSE) толкай в полную силу: dc(100) на оба мотора
    elif distance < SEE:
        robot.drive(500, 0)  # TODO: заход сбоку: забирай влево
    else:
        robot.drive(0, 150)  # TODO: только что потерял его справа? сначала поверни вправо
    wait(10)
