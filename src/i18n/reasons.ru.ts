import type { ReasonMessages } from './reasons.en.ts';

/** Причины вердиктов по-русски. */
export const reasonsRu: ReasonMessages = {
  'maze.finished': 'Финиш достигнут за {time} с.',
  'maze.time_up': 'Время вышло ({limit} с), а до финиша робот не доехал.',
  'maze.program_ended': 'Программа закончилась раньше, чем робот доехал до финиша.',
  'maze.wall_touches': 'Касаний стен: {count}.',
  'maze.micromouse_score': 'Лучший заезд {run} с, поиск {search} с: результат {score}.',
  'sumo.out_of_ring': 'Робот {robot} выехал за круг.',
  'sumo.both_out': 'Оба робота выехали за круг одновременно: ничья.',
  'sumo.false_start':
    'Робот {robot} тронулся раньше, чем прошли 5 секунд: фальстарт, раунд начинается заново.',
  'sumo.false_start_second': 'Робот {robot} сделал второй фальстарт и проигрывает раунд.',
  'sumo.no_progress': 'Пять секунд ничего не меняется: раунд окончен.',
  'sumo.time_up_leader': 'Время вышло: по очкам впереди робот {robot}.',
  'sumo.time_up_nearer_centre': 'Время вышло: робот {robot} ближе к центру.',
  'sumo.time_up_draw': 'Время вышло, очки равны: ничья.',
  'sumo.program_error': 'Программа робота {robot} остановилась с ошибкой.',
  'sumo.points_won': 'Побеждает робот {robot} со счётом {a}:{b}.',
  'sumo.draw': 'Раунд окончился вничью.',
  'program.exception': '{type} в строке {line}: {message}',
  'program.syntax_error': 'Синтаксическая ошибка в строке {line}: {message}',
  'program.runaway': 'Программа {seconds} с не обращалась к роботу — может быть, бесконечный цикл?',
  'program.bad_request': 'Программа отправила неправильный запрос и была остановлена ({detail}).',
  'program.crashed': 'Программа неожиданно остановилась ({message}).',
  'program.internal': 'Программа не смогла работать из-за внутренней ошибки ({message}).',
  'session.aborted': 'Запуск остановлен.',
  'session.time_cap': 'Запуск превысил лимит времени.',
  'run.time_limit': 'Истекло время: {limit} с.',
};
