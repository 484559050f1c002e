# Зырылдауыққа (bot:2) қарсы сумо: өткен сабақтың бағдарламасы. Бүйірге қадам Зырылдауықты
# алдай алмайды: ол бұрылып, сені қайта табады да, бүйірден итеріп шығарады. Өз жоспарыңды
# құр (TODO жазбаларын қара).
from robot_setup import *

SEE = 600  # бұдан (мм) жақын тұрғаны — қарсылас
CLOSE = 200  # бұдан (мм) жақын — жанасу: толық қуатпен итер
EDGE = 30  # жарықтық бұдан аз болса (%) — бұл қара жиек


def at_edge():
    return color_left.reflection() < EDGE or color_right.reflection() < EDGE


# TODO: жылдам бастау: robot.settings(straight_speed=..., straight_acceleration=..., ...)
wait(5000)  # бастау белгісі
robot.settings(turn_rate=300)

robot.turn(-90)  # TODO: бұл бастама Зырылдауыққа қарсы жұмыс істемейді
robot.straight(200)
robot.turn(90)

while True:
    pressed = touch.pressed()  # бампер басылған: қарсыласқа тірелдік
    distance = ultrasonic.distance()  # қашықтық датчигі көрген нәрсеге дейін неше мм
    if at_edge():
        robot.straight(-100)
        robot.turn(150)
    # TODO: жанасқанда (pressed немесе distance < CLOSE) толық қуатпен итер: екі моторға да dc(100)
    elif distance < SEE:
        robot.drive(500, 0)  # TODO: бүйірден кел: солға қарай иіл
    else:
        robot.drive(0, 150)  # TODO: оны жаңа ғана оң жақтан жоғалттың ба? алдымен оңға бұрыл
    wait(10)
