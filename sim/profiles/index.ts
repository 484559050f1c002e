/** Robot profiles as data (DESIGN.md "Robot and API"). */
import type { RobotProfile } from '../types.ts';
import { ev3 } from './ev3.ts';
import { minisumo } from './minisumo.ts';
import { spike } from './spike.ts';

export { ev3, minisumo, spike };

/** Every profile by id. `spike` is the default robot. */
export const PROFILES: Readonly<Record<RobotProfile['id'], RobotProfile>> = {
  spike,
  ev3,
  minisumo,
};

/** The profile with this id, or undefined for an unknown id. */
export function profileById(id: string): RobotProfile | undefined {
  return Object.prototype.hasOwnProperty.call(PROFILES, id)
    ? PROFILES[id as RobotProfile['id']]
    : undefined;
}
