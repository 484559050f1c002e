/**
 * Verdict reasons in English — the default locale: its keys are the type every other locale
 * must match (a missing key in ru/kk is a compile error). `{name}` is replaced by a parameter.
 */
export const reasonsEn = {
  // maze
  'maze.finished': 'Reached the finish in {time} s.',
  'maze.time_up': 'Time is up ({limit} s) before the finish was reached.',
  'maze.program_ended': 'The program ended before the robot reached the finish.',
  'maze.wall_touches': 'Wall touches: {count}.',
  'maze.micromouse_score': 'Best run {run} s, search {search} s: score {score}.',
  'line.finished': 'Reached the finish in {time} s.',
  'line.left_line': 'The robot left the line after {distance} mm.',
  'line.time_up': 'Time is up ({limit} s) after {distance} mm along the line.',
  'line.program_ended': 'The program ended after {distance} mm along the line.',
  'line.progress': 'Covered {distance} mm along the line.',
  'line.checkpoints': 'Checkpoints passed: {passed} of {total}.',
  'kegelring.all_out': 'All cans are out in {time} s.',
  'kegelring.cleared': 'Cans out of the ring: {out} of {total}.',
  'kegelring.robot_outside':
    'The robot was outside the ring for more than {seconds} s: the attempt is void.',
  'kegelring.time_up': 'Time is up ({limit} s).',
  'kegelring.program_ended': 'The program ended before all cans were out.',
  // sumo
  'sumo.out_of_ring': 'Robot {robot} left the ring.',
  'sumo.both_out': 'Both robots left the ring in the same instant: a draw.',
  'sumo.false_start':
    'Robot {robot} moved before the 5-second start delay: false start, the round restarts.',
  'sumo.false_start_second': 'Robot {robot} made a second false start and loses the round.',
  'sumo.no_progress': 'No progress for 5 s: the round ends.',
  'sumo.time_up_leader': 'Time is up: robot {robot} leads on points.',
  'sumo.time_up_nearer_centre': 'Time is up: robot {robot} is nearer the centre.',
  'sumo.time_up_draw': 'Time is up with equal points: a draw.',
  'sumo.program_error': 'The program of robot {robot} stopped with an error.',
  'sumo.points_won': 'Robot {robot} wins {a}:{b}.',
  'sumo.draw': 'The round is a draw.',
  // programs
  'program.exception': '{type} on line {line}: {message}',
  'program.syntax_error': 'Syntax error on line {line}: {message}',
  'program.runaway': 'The program made no robot call for {seconds} s — an endless loop?',
  'program.bad_request': 'The program sent a malformed request and was stopped ({detail}).',
  'program.crashed': 'The program stopped unexpectedly ({message}).',
  'program.internal': 'The program could not run because of an internal fault ({message}).',
  'session.aborted': 'The run was stopped.',
  'session.time_cap': 'The run went past its time limit.',
  'run.time_limit': 'The time limit of {limit} s was reached.',
  // lesson goals on an open field
  'goal.reached': 'The robot is in the target zone ({time} s).',
  'goal.not_in_zone': 'The robot stopped outside the target zone.',
  'goal.stopped_before': 'Stopped {gap} mm before the wall ({time} s).',
  'goal.too_close': 'Stopped {gap} mm from the wall: closer than {min} mm.',
  'goal.too_far': 'Stopped {gap} mm from the wall: farther than {max} mm.',
  'goal.touched_wall': 'The robot touched the wall.',
  'goal.off_table': 'The robot drove off the table.',
  'goal.route_done': 'The whole route is done ({time} s).',
  'goal.route_incomplete': 'Route steps done: {done} of {total}.',
  'goal.time_up': 'Time is up ({limit} s).',
  'goal.still_moving': 'The robot was still moving when time ran out.',
  // rounds (qadam judge)
  'judge.bad_submission': 'The submission could not be loaded: {detail}',
  'judge.walkover': '{loser} could not play: {winner} wins without a match.',
  'judge.void': 'Neither program could be loaded: a loss for both.',
  'judge.both_unloaded':
    'Neither program could be loaded: {winner}, higher in the list, goes through.',
  'judge.higher_seed':
    'Still drawn after {games} games: {winner}, higher in the list, goes through.',
} as const;

export type ReasonKey = keyof typeof reasonsEn;
export type ReasonMessages = Record<ReasonKey, string>;
