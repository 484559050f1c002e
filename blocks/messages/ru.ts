import type { QadamMessages } from './en.ts';

/** Russian messages for Qadam's own blocks (keys defined by `en.ts`). */
export const ru: QadamMessages = {
  QADAM_CAT_EVENTS: 'События',
  QADAM_CAT_DRIVE: 'Движение',
  QADAM_CAT_MOTORS: 'Моторы',
  QADAM_CAT_SENSORS: 'Датчики',
  QADAM_CAT_CONTROL: 'Управление',
  QADAM_CAT_OUTPUT: 'Вывод',
  QADAM_CAT_SIMULATOR: 'Только симулятор',
  QADAM_CAT_LOGIC: 'Логика',
  QADAM_CAT_LOOPS: 'Циклы',
  QADAM_CAT_MATH: 'Математика',
  QADAM_CAT_TEXT: 'Текст',
  QADAM_CAT_VARIABLES: 'Переменные',
  QADAM_CAT_FUNCTIONS: 'Функции',

  QADAM_START: 'при запуске программы',
  QADAM_START_TOOLTIP:
    'Блоки под этим блоком выполняются, когда нажимаешь «Пуск». Блоки, не прикреплённые к нему, не выполняются.',

  QADAM_WAIT_OPTION_WAIT: 'и ждать',
  QADAM_WAIT_OPTION_NOWAIT: 'и не ждать',
  QADAM_DIR_FORWARD: 'вперёд',
  QADAM_DIR_BACKWARD: 'назад',
  QADAM_TURN_RIGHT: 'направо',
  QADAM_TURN_LEFT: 'налево',
  QADAM_SIDE_LEFT: 'левый',
  QADAM_SIDE_RIGHT: 'правый',
  QADAM_SIDE_LEFT_OF: 'левого',
  QADAM_SIDE_RIGHT_OF: 'правого',

  QADAM_DRIVE_STRAIGHT: 'проехать %1 на %2 мм %3',
  QADAM_DRIVE_STRAIGHT_TOOLTIP: 'Проехать прямо столько миллиметров и остановиться.',
  QADAM_DRIVE_TURN: 'повернуть %1 на %2° %3',
  QADAM_DRIVE_TURN_TOOLTIP: 'Развернуться на месте на столько градусов.',
  QADAM_DRIVE_DRIVE: 'ехать со скоростью %1 мм/с, поворот %2 °/с',
  QADAM_DRIVE_DRIVE_TOOLTIP:
    'Поехать и не останавливаться до другого блока движения. Поворот 0 — прямо.',
  QADAM_DRIVE_STOP: 'остановиться',
  QADAM_DRIVE_STOP_TOOLTIP: 'Выключить колёса: робот остановится накатом.',
  QADAM_DRIVE_BRAKE: 'затормозить',
  QADAM_DRIVE_BRAKE_TOOLTIP: 'Быстро остановить колёса тормозом.',
  QADAM_DRIVE_SETTINGS: 'задать скорость %1 мм/с и поворот %2 °/с',
  QADAM_DRIVE_SETTINGS_TOOLTIP:
    'Как быстро робот будет ехать прямо и поворачивать в следующих блоках.',
  QADAM_DRIVE_DISTANCE: 'пройденный путь (мм)',
  QADAM_DRIVE_DISTANCE_TOOLTIP: 'Сколько миллиметров робот проехал с начала или после обнуления.',
  QADAM_DRIVE_ANGLE: 'угол робота (°)',
  QADAM_DRIVE_ANGLE_TOOLTIP:
    'На сколько градусов робот повернулся с начала или после обнуления. Направо — плюс.',
  QADAM_DRIVE_RESET: 'обнулить путь и угол',
  QADAM_DRIVE_RESET_TOOLTIP: 'Сделать пройденный путь и угол робота равными 0.',
  QADAM_DRIVE_DONE: 'движение закончено?',
  QADAM_DRIVE_DONE_TOOLTIP:
    'Истина, когда последняя поездка или поворот закончились (удобно с «и не ждать»).',

  QADAM_MOTOR_RUN: 'вращать %1 мотор со скоростью %2 °/с',
  QADAM_MOTOR_RUN_TOOLTIP:
    'Мотор крутится с этой скоростью (градусов в секунду), пока его не остановят.',
  QADAM_MOTOR_RUN_ANGLE: 'повернуть %1 мотор на %2° со скоростью %3 °/с %4',
  QADAM_MOTOR_RUN_ANGLE_TOOLTIP: 'Повернуть мотор на столько градусов и удерживать его.',
  QADAM_MOTOR_STOP: 'остановить %1 мотор',
  QADAM_MOTOR_STOP_TOOLTIP: 'Выключить мотор: он будет крутиться свободно.',
  QADAM_MOTOR_ANGLE: 'угол %1 мотора (°)',
  QADAM_MOTOR_ANGLE_TOOLTIP: 'На сколько градусов повернулся мотор.',
  QADAM_MOTOR_RESET_ANGLE: 'обнулить угол %1 мотора',
  QADAM_MOTOR_RESET_ANGLE_TOOLTIP: 'Сделать угол мотора равным 0.',

  QADAM_SENSOR_DISTANCE: 'расстояние до препятствия (мм)',
  QADAM_SENSOR_DISTANCE_TOOLTIP:
    'Что измеряет ультразвуковой датчик, в миллиметрах. Если впереди ничего нет — большое число.',
  QADAM_SENSOR_REFLECTION: 'яркость %1 датчика цвета (%)',
  QADAM_SENSOR_REFLECTION_TOOLTIP: 'Сколько света отражает поверхность: 0 — чёрная, 100 — белая.',
  QADAM_SENSOR_COLOR_IS: '%1 датчик цвета видит %2',
  QADAM_SENSOR_COLOR_IS_TOOLTIP: 'Истина, когда датчик цвета видит этот цвет.',
  QADAM_COLOR_BLACK: 'чёрный',
  QADAM_COLOR_WHITE: 'белый',
  QADAM_COLOR_RED: 'красный',
  QADAM_COLOR_YELLOW: 'жёлтый',
  QADAM_COLOR_GREEN: 'зелёный',
  QADAM_COLOR_BLUE: 'синий',
  QADAM_SENSOR_TOUCH: 'датчик касания нажат?',
  QADAM_SENSOR_TOUCH_TOOLTIP: 'Истина, пока датчик касания нажат.',
  QADAM_SENSOR_GYRO_ANGLE: 'угол гироскопа (°)',
  QADAM_SENSOR_GYRO_ANGLE_TOOLTIP:
    'Куда повёрнут робот, в градусах. Поворот направо увеличивает угол.',
  QADAM_SENSOR_GYRO_RESET: 'обнулить гироскоп',
  QADAM_SENSOR_GYRO_RESET_TOOLTIP: 'Сделать угол гироскопа равным 0.',
  QADAM_SENSOR_TIMER: 'секундомер (мс)',
  QADAM_SENSOR_TIMER_TOOLTIP: 'Миллисекунды с начала программы или после сброса секундомера.',
  QADAM_SENSOR_TIMER_RESET: 'сбросить секундомер',
  QADAM_SENSOR_TIMER_RESET_TOOLTIP: 'Начать отсчёт секундомера заново с 0.',

  QADAM_WAIT_MS: 'ждать %1 мс',
  QADAM_WAIT_MS_TOOLTIP: 'Подождать столько миллисекунд (1000 мс = 1 секунда).',
  QADAM_WAIT_SECONDS: 'ждать %1 с',
  QADAM_WAIT_SECONDS_TOOLTIP: 'Подождать столько секунд.',
  QADAM_WAIT_UNTIL: 'ждать, когда %1',
  QADAM_WAIT_UNTIL_TOOLTIP:
    'Ждать, пока условие не станет истинным. Моторы продолжают делать то, что делали.',
  QADAM_FOREVER: 'повторять всегда',
  QADAM_FOREVER_TOOLTIP: 'Повторять блоки внутри снова и снова, без конца.',
  QADAM_STOP_PROGRAM: 'остановить программу',
  QADAM_STOP_PROGRAM_TOOLTIP: 'Закончить программу здесь.',

  QADAM_BEEP: 'звук %1 Гц, %2 мс',
  QADAM_BEEP_TOOLTIP: 'Сыграть звук: чем больше Гц, тем выше нота.',

  QADAM_SIM_PEN: '%1 перо',
  QADAM_SIM_PEN_TOOLTIP:
    'Рисовать линию за роботом. Работает только в симуляторе, не на настоящем роботе.',
  QADAM_PEN_DOWN: 'опустить',
  QADAM_PEN_UP: 'поднять',
};
