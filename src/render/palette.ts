/**
 * The view's colours: calm, high contrast, readable on a projector or a washed-out panel,
 * never neon. Robot slot colours follow the match order A, B, C, D.
 */
export const PALETTE = {
  sky: 0xdde6ee,
  table: 0xc9c1b3,
  board: 0x6f6a62,
  wallSide: 0xf3eee3,
  wallTop: 0xb5412f,
  canBody: 0xe9e6df,
  canBand: 0xc0392b,
  tyre: 0x2e3136,
  hub: 0xd9dde2,
  sensorDark: 0x33373d,
  sensorLens: 0x9fd3ff,
  caster: 0xb8bdc4,
  rayHit: 0xe0322b,
  rayMiss: 0xf2b233,
  hemiSky: 0xffffff,
  hemiGround: 0x8d8678,
  sun: 0xfff6e8,
} as const;

/** Body colour per robot slot: blue, orange, green, violet. */
export const SLOT_COLORS: Record<string, number> = {
  A: 0x2f6db5,
  B: 0xe0702b,
  C: 0x3c9a5f,
  D: 0x8257b8,
};

export function slotColor(id: string, index = 0): number {
  return SLOT_COLORS[id] ?? Object.values(SLOT_COLORS)[index % 4];
}
