from robot_setup import *

SPEED = 180  # алға жылдамдық, мм/с
GAIN = 3  # айырманың әр пайызына секундына неше градус бұрылу

# TODO: қайта-қайта (while True:)
#   - екі датчикті де оқы: color_left.reflection() және color_right.reflection()
#   - error = сол - оң
#   - robot.drive(SPEED, GAIN * error)
