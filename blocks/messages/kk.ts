import type { QadamMessages } from './en.ts';

/** Kazakh messages for Qadam's own blocks (keys defined by `en.ts`). Placeholders may be reordered. */
export const kk: QadamMessages = {
  QADAM_CAT_EVENTS: 'Оқиғалар',
  QADAM_CAT_DRIVE: 'Жүру',
  QADAM_CAT_MOTORS: 'Моторлар',
  QADAM_CAT_SENSORS: 'Датчиктер',
  QADAM_CAT_CONTROL: 'Басқару',
  QADAM_CAT_OUTPUT: 'Шығару',
  QADAM_CAT_SIMULATOR: 'Тек симуляторда',
  QADAM_CAT_LOGIC: 'Логика',
  QADAM_CAT_LOOPS: 'Циклдер',
  QADAM_CAT_MATH: 'Математика',
  QADAM_CAT_TEXT: 'Мәтін',
  QADAM_CAT_VARIABLES: 'Айнымалылар',
  QADAM_CAT_FUNCTIONS: 'Функциялар',

  QADAM_START: 'бағдарлама басталғанда',
  QADAM_START_TOOLTIP:
    '«Іске қосу» батырмасын басқанда осы блоктың астындағы блоктар орындалады. Оған жалғанбаған блоктар орындалмайды.',

  QADAM_WAIT_OPTION_WAIT: 'және күт',
  QADAM_WAIT_OPTION_NOWAIT: 'және күтпе',
  QADAM_DIR_FORWARD: 'алға',
  QADAM_DIR_BACKWARD: 'артқа',
  QADAM_TURN_RIGHT: 'оңға',
  QADAM_TURN_LEFT: 'солға',
  QADAM_SIDE_LEFT: 'сол жақ',
  QADAM_SIDE_RIGHT: 'оң жақ',
  QADAM_SIDE_LEFT_OF: 'сол жақ',
  QADAM_SIDE_RIGHT_OF: 'оң жақ',

  QADAM_DRIVE_STRAIGHT: '%1 %2 мм жүр %3',
  QADAM_DRIVE_STRAIGHT_TOOLTIP: 'Осынша миллиметр тура жүріп, тоқта.',
  QADAM_DRIVE_TURN: '%1 %2° бұрыл %3',
  QADAM_DRIVE_TURN_TOOLTIP: 'Орныңда тұрып, осынша градусқа бұрыл.',
  QADAM_DRIVE_DRIVE: '%1 мм/с жылдамдықпен, %2 °/с бұрылып жүр',
  QADAM_DRIVE_DRIVE_TOOLTIP:
    'Жүре баста: басқа жүру блогы келгенше тоқтамайды. Бұрылу 0 болса — тура жүреді.',
  QADAM_DRIVE_STOP: 'тоқта',
  QADAM_DRIVE_STOP_TOOLTIP: 'Дөңгелектерді сөндір: робот сырғып барып тоқтайды.',
  QADAM_DRIVE_BRAKE: 'тежеп тоқта',
  QADAM_DRIVE_BRAKE_TOOLTIP: 'Дөңгелектерді тежеуішпен тез тоқтат.',
  QADAM_DRIVE_SETTINGS: 'жылдамдықты %1 мм/с, бұрылуды %2 °/с етіп қой',
  QADAM_DRIVE_SETTINGS_TOOLTIP:
    'Келесі блоктарда робот қаншалықты жылдам жүретінін және бұрылатынын таңда.',
  QADAM_DRIVE_DISTANCE: 'жүрген жолы (мм)',
  QADAM_DRIVE_DISTANCE_TOOLTIP:
    'Робот басынан бері немесе нөлге қойғаннан кейін қанша миллиметр жүрді.',
  QADAM_DRIVE_ANGLE: 'робот бұрышы (°)',
  QADAM_DRIVE_ANGLE_TOOLTIP:
    'Робот басынан бері немесе нөлге қойғаннан кейін қанша градусқа бұрылды. Оңға — оң сан.',
  QADAM_DRIVE_RESET: 'жол мен бұрышты нөлге қой',
  QADAM_DRIVE_RESET_TOOLTIP: 'Жүрген жол мен робот бұрышын 0-ге теңестір.',
  QADAM_DRIVE_DONE: 'қозғалыс бітті ме?',
  QADAM_DRIVE_DONE_TOOLTIP:
    'Соңғы жүру не бұрылу біткенде — ақиқат («және күтпе» дегенмен бірге ыңғайлы).',

  QADAM_MOTOR_RUN: '%1 моторды %2 °/с жылдамдықпен айналдыр',
  QADAM_MOTOR_RUN_TOOLTIP: 'Мотор тоқтатқанша осы жылдамдықпен (секундына градус) айнала береді.',
  QADAM_MOTOR_RUN_ANGLE: '%1 моторды %3 °/с жылдамдықпен %2° бұра %4',
  QADAM_MOTOR_RUN_ANGLE_TOOLTIP: 'Моторды осынша градусқа бұрап, сол күйде ұстап тұр.',
  QADAM_MOTOR_STOP: '%1 моторды тоқтат',
  QADAM_MOTOR_STOP_TOOLTIP: 'Моторды сөндір: ол еркін айналады.',
  QADAM_MOTOR_ANGLE: '%1 мотор бұрышы (°)',
  QADAM_MOTOR_ANGLE_TOOLTIP: 'Мотор қанша градусқа бұрылды.',
  QADAM_MOTOR_RESET_ANGLE: '%1 мотор бұрышын нөлге қой',
  QADAM_MOTOR_RESET_ANGLE_TOOLTIP: 'Мотор бұрышын 0-ге теңестір.',

  QADAM_SENSOR_DISTANCE: 'кедергіге дейінгі қашықтық (мм)',
  QADAM_SENSOR_DISTANCE_TOOLTIP:
    'Ультрадыбыс датчигі өлшеген қашықтық, миллиметрмен. Алдында ештеңе болмаса — үлкен сан.',
  QADAM_SENSOR_REFLECTION: '%1 түс датчигінің жарықтығы (%)',
  QADAM_SENSOR_REFLECTION_TOOLTIP:
    'Датчик астындағы бет қанша жарық шағылыстырады: 0 — қара, 100 — ақ.',
  QADAM_SENSOR_COLOR_IS: '%1 түс датчигі %2 түсті көреді',
  QADAM_SENSOR_COLOR_IS_TOOLTIP: 'Түс датчигі осы түсті көргенде — ақиқат.',
  QADAM_COLOR_BLACK: 'қара',
  QADAM_COLOR_WHITE: 'ақ',
  QADAM_COLOR_RED: 'қызыл',
  QADAM_COLOR_YELLOW: 'сары',
  QADAM_COLOR_GREEN: 'жасыл',
  QADAM_COLOR_BLUE: 'көк',
  QADAM_SENSOR_TOUCH: 'жанасу датчигі басылған ба?',
  QADAM_SENSOR_TOUCH_TOOLTIP: 'Жанасу датчигі басылып тұрғанда — ақиқат.',
  QADAM_SENSOR_GYRO_ANGLE: 'гироскоп бұрышы (°)',
  QADAM_SENSOR_GYRO_ANGLE_TOOLTIP:
    'Робот қай жаққа қарап тұр, градуспен. Оңға бұрылса, бұрыш өседі.',
  QADAM_SENSOR_GYRO_RESET: 'гироскопты нөлге қой',
  QADAM_SENSOR_GYRO_RESET_TOOLTIP: 'Гироскоп бұрышын 0-ге теңестір.',
  QADAM_SENSOR_TIMER: 'секундомер (мс)',
  QADAM_SENSOR_TIMER_TOOLTIP:
    'Бағдарлама басталғаннан немесе секундомер нөлге қойылғаннан бергі миллисекундтар.',
  QADAM_SENSOR_TIMER_RESET: 'секундомерді нөлге қой',
  QADAM_SENSOR_TIMER_RESET_TOOLTIP: 'Секундомер қайтадан 0-ден санай бастасын.',

  QADAM_WAIT_MS: '%1 мс күт',
  QADAM_WAIT_MS_TOOLTIP: 'Осынша миллисекунд күт (1000 мс = 1 секунд).',
  QADAM_WAIT_SECONDS: '%1 секунд күт',
  QADAM_WAIT_SECONDS_TOOLTIP: 'Осынша секунд күт.',
  QADAM_WAIT_UNTIL: '%1 болғанша күт',
  QADAM_WAIT_UNTIL_TOOLTIP: 'Шарт орындалғанша күт. Моторлар бұрынғы ісін жалғастыра береді.',
  QADAM_FOREVER: 'үнемі қайтала',
  QADAM_FOREVER_TOOLTIP: 'Ішіндегі блоктарды қайта-қайта, шексіз орында.',
  QADAM_STOP_PROGRAM: 'бағдарламаны тоқтат',
  QADAM_STOP_PROGRAM_TOOLTIP: 'Бағдарламаны осы жерде аяқта.',

  QADAM_BEEP: 'дыбыс шығар: %1 Гц, %2 мс',
  QADAM_BEEP_TOOLTIP: 'Дыбыс ойнат: Гц неғұрлым көп болса, дыбыс соғұрлым жіңішке.',

  QADAM_SIM_PEN: 'қаламды %1',
  QADAM_SIM_PEN_TOOLTIP:
    'Роботтың артынан сызық сыз. Тек симуляторда істейді, нағыз роботта істемейді.',
  QADAM_PEN_DOWN: 'түсір',
  QADAM_PEN_UP: 'көтер',
};
