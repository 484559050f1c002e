# Зырылдауыққа (bot:2) қарсы сумо: өткен сабақтың бағдарламасы. Бүйірге қадам Зырылдауықты
# алдай алмайды: ол бұрылып, сені қайта табады да, бүйірден итеріп шығарады. Өз жоспарыңды
# құр (TODO жазбаларын қара).
from robot_setup import *

SEE = 600  # бұдан (мм) жақын тұрғаны — қарсылас
EDGE = 30  # жарықтық бұдан аз болса (%) — бұл қара жиек


def seen():
    return ultrasonic.distance() < SEE


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


# TODO: жылдам бастау: robot.settings(straight_speed=..., straight_acceleration=..., ...)
wait(5000)  # бастау белгісі
robot.settings(turn_rate=300)

robot.turn(-90)  # TODO: бұл бастама Зырылдауыққа қарсы жұмыс істемейді
robot.straight(200)
robot.turn(90)

while True:
    if at_edge():
        robot.straight(-100)
        robot.turn(150)
    elif seen():
        robot.drive(500, 0)  # TODO: алыста бүйірден кел, жанасқанда толық қуатпен (dc) итер
    else:
        robot.drive(0, 150)
    wait(10)
