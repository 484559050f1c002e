import type { ReasonMessages } from './reasons.en.ts';

/** Шешім себептері қазақша. */
export const reasonsKk: ReasonMessages = {
  'maze.finished': 'Мәреге {time} секундта жетті.',
  'maze.time_up': 'Уақыт бітті ({limit} с), робот мәреге жете алмады.',
  'maze.program_ended': 'Робот мәреге жетпей тұрып бағдарлама аяқталды.',
  'maze.wall_touches': 'Қабырғаға тиген саны: {count}.',
  'maze.micromouse_score': 'Ең жақсы жүріс {run} с, іздеу {search} с: нәтиже {score}.',
  'sumo.out_of_ring': '{robot} роботы шеңберден шығып кетті.',
  'sumo.both_out': 'Екі робот та бір мезетте шеңберден шықты: тең түсті.',
  'sumo.false_start': '{robot} роботы 5 секунд өтпей қозғалды: фальстарт, раунд қайта басталады.',
  'sumo.false_start_second': '{robot} роботы екінші рет фальстарт жасады, раундта жеңіледі.',
  'sumo.no_progress': '5 секунд бойы ештеңе өзгермеді: раунд аяқталды.',
  'sumo.time_up_leader': 'Уақыт бітті: ұпай бойынша {robot} роботы алда.',
  'sumo.time_up_nearer_centre': 'Уақыт бітті: {robot} роботы ортаға жақынырақ.',
  'sumo.time_up_draw': 'Уақыт бітті, ұпайлар тең: тең түсті.',
  'sumo.program_error': '{robot} роботының бағдарламасы қатемен тоқтады.',
  'sumo.points_won': '{robot} роботы {a}:{b} есебімен жеңеді.',
  'sumo.draw': 'Раунд тең аяқталды.',
  'program.exception': '{line}-жолда {type}: {message}',
  'program.syntax_error': '{line}-жолда синтаксис қатесі: {message}',
  'program.runaway':
    'Бағдарлама {seconds} секунд бойы роботқа жүгінбеді — шексіз цикл болуы мүмкін бе?',
  'program.bad_request': 'Бағдарлама дұрыс емес сұрау жіберді, сондықтан тоқтатылды ({detail}).',
  'program.crashed': 'Бағдарлама күтпеген жерден тоқтады ({message}).',
  'program.internal': 'Ішкі қатеге байланысты бағдарлама жұмыс істей алмады ({message}).',
  'session.aborted': 'Іске қосу тоқтатылды.',
  'session.time_cap': 'Іске қосу уақыт шегінен асып кетті.',
  'run.time_limit': 'Уақыт шегі бітті: {limit} с.',
};
