/**
 * The contracts of the simulation: units, arenas, robots, snapshots, API requests, verdicts.
 *
 * Frames and units (convert at one boundary, never in between):
 * - Arena frame (data, referees, API): millimetres, 2D, x to the east, y to the north.
 *   Heading in degrees, 0 = facing north (+y), growing CLOCKWISE (Pybricks convention),
 *   so the robot's forward vector is (sin h, cos h).
 * - Physics frame (cannon-es, snapshots for the renderer): metres, Z up, x/y as the arena frame.
 *   The renderer (three.js, Y up) converts with one root rotation.
 */

/** Branded units: mix-ups between mm and m, or deg and rad, are compile errors. */
export type Mm = number & { readonly __unit?: 'mm' };
export type Meters = number & { readonly __unit?: 'm' };
export type Deg = number & { readonly __unit?: 'deg' };
export type Rad = number & { readonly __unit?: 'rad' };
export type Ms = number & { readonly __unit?: 'ms' };

export interface Vec2 {
  x: Mm;
  y: Mm;
}

/** A robot's pose on the arena floor. */
export interface Pose2 {
  x: Mm;
  y: Mm;
  /** Clockwise from north, degrees, normalised to (-180, 180]. */
  heading: Deg;
}

/** Named colours as Pybricks' `Color` reports them. */
export type ColorName =
  | 'NONE'
  | 'BLACK'
  | 'WHITE'
  | 'RED'
  | 'GREEN'
  | 'BLUE'
  | 'YELLOW'
  | 'ORANGE'
  | 'VIOLET'
  | 'BROWN'
  | 'GRAY';

/** What a downward colour sensor sees at one point of the floor. */
export interface FloorSample {
  /** Reflected light, 0..100 %. */
  reflection: number;
  color: ColorName;
  /** 0..255 each, for rendering and `rgb()`/`hsv()`. */
  rgb: [number, number, number];
}

/** A static wall: an axis-aligned box in the arena frame (mm). */
export interface WallBox {
  /** Centre. */
  x: Mm;
  y: Mm;
  /** Extent along x and y. */
  sx: Mm;
  sy: Mm;
  /** Height above the floor. */
  height: Mm;
}

/** A painted floor feature, drawn by the renderer and sampled by colour sensors. */
export type FloorShape =
  | { kind: 'disc'; x: Mm; y: Mm; r: Mm; rgb: [number, number, number] }
  | { kind: 'ring'; x: Mm; y: Mm; rInner: Mm; rOuter: Mm; rgb: [number, number, number] }
  | { kind: 'rect'; x: Mm; y: Mm; sx: Mm; sy: Mm; rgb: [number, number, number] }
  /** A stroked polyline (line-following tracks). */
  | { kind: 'path'; points: Vec2[]; width: Mm; rgb: [number, number, number] };

/** A light movable object (kegelring can): a vertical cylinder. */
export interface CanSpec {
  id: string;
  x: Mm;
  y: Mm;
  radius: Mm;
  height: Mm;
  massG: number;
}

/**
 * An arena as data. Floor paint is a list of shapes, later shapes on top; the floor
 * colour outside every shape is `floorRgb`.
 */
export interface ArenaSpec {
  id: string;
  /** The floor extent (mm): the physics floor is an infinite plane; this is what is drawn. */
  bounds: { minX: Mm; maxX: Mm; minY: Mm; maxY: Mm };
  floorRgb: [number, number, number];
  floor: FloorShape[];
  walls: WallBox[];
  cans: CanSpec[];
}

/** Motor model of a profile. */
export interface MotorSpec {
  /** No-load top speed, deg/s. */
  maxSpeed: number;
  /** Stall torque, N·mm at the wheel (after gearing). */
  stallTorque: number;
  /** Default acceleration, deg/s². */
  acceleration: number;
  /** Encoder resolution, degrees per count. */
  countsPerDegree: number;
}

/** A sensor mount relative to the robot centre (mm): x right, y forward, z up from the floor. */
export interface Mount {
  x: Mm;
  y: Mm;
  z: Mm;
}

export type PortName = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'S1' | 'S2' | 'S3' | 'S4';

export type DeviceKind = 'motor' | 'ultrasonic' | 'color' | 'force' | 'touch' | 'gyro';

/** A robot profile as data (see sim/profiles/). */
export interface RobotProfile {
  id: 'spike' | 'ev3' | 'minisumo';
  hub: 'prime' | 'ev3';
  /** Chassis box: length along forward, width, height (mm); mass in grams (whole robot). */
  chassis: { length: Mm; width: Mm; height: Mm; clearance: Mm; massG: number };
  /** Wheels: diameter, width, axle track (centre to centre), axle position forward of centre. */
  wheels: { diameter: Mm; width: Mm; axleTrack: Mm; axleY: Mm };
  /** Passive caster ball, forward (+) or behind (-) the centre. */
  caster: { y: Mm; radius: Mm };
  motor: MotorSpec;
  ultrasonic: Mount & { maxRange: Mm; noEcho: Mm; halfConeDeg: Deg };
  colorLeft: Mount;
  colorRight: Mount;
  /** Front bumper / force sensor. */
  touch: Mount;
  /** Which device sits on which port (the robot_setup.py of this profile matches it). */
  ports: Partial<
    Record<
      PortName,
      {
        kind: DeviceKind;
        role: string;
        /** Motor mounted mirrored: its shaft turning clockwise rolls the wheel backward. */
        mirrored?: boolean;
      }
    >
  >;
  /** Gyro: EV3 uses a GyroSensor on a port; SPIKE uses the hub IMU. */
  gyroPort?: PortName;
}

/** Plain pose of one rigid body for the renderer (I-5): physics frame, metres, Z up. */
export interface BodySnapshot {
  id: string;
  pos: [number, number, number];
  quat: [number, number, number, number];
}

/** Everything a referee or the UI may know of a robot at one instant. */
export interface RobotSnapshot {
  /** Robot slot id: 'A', 'B', … in robot order. */
  id: string;
  profile: RobotProfile['id'];
  pose: Pose2;
  /** Chassis footprint corners projected on the floor, arena frame (mm), for out-of-ring tests. */
  footprint: Vec2[];
  /** Planar speed, mm/s. */
  speed: number;
  /** Lowest point of the robot above the floor (mm); < 0 never happens unless something broke. */
  lowestZ: Mm;
  /** True when any robot shape touches a static wall in this step. */
  touchingWall: boolean;
  /** Latest sensor values (for the dashboard and debugging; programs read them through the API). */
  sensors: {
    distance: Mm;
    reflectionLeft: number;
    reflectionRight: number;
    colorLeft: ColorName;
    colorRight: ColorName;
    force: number;
    pressed: boolean;
    heading: Deg;
    leftAngle: Deg;
    rightAngle: Deg;
  };
  /** Pen trail on (sim-only `qadam.pen`): the renderer draws the path while true. */
  pen: boolean;
  /** Ultrasonic ray from its mount to its hit point (arena frame, mm), for drawing. */
  ray: { from: Vec2; to: Vec2; hit: boolean };
}

export interface CanSnapshot {
  id: string;
  x: Mm;
  y: Mm;
  /** Lowest point above the floor (mm). */
  lowestZ: Mm;
  radius: Mm;
}

/** One instant of the world: what referees judge and the renderer draws. */
export interface WorldSnapshot {
  /** World time, ms since the start of the run (or round). */
  t: Ms;
  robots: RobotSnapshot[];
  cans: CanSnapshot[];
  bodies: BodySnapshot[];
}

/**
 * A reason is a code plus parameters, never a sentence: the UI and CLI turn it into kk/ru/en
 * text (src/i18n). Codes are stable identifiers such as 'maze.finished', 'sumo.out_of_ring'.
 */
export interface Reason {
  code: string;
  robot?: string;
  params?: Record<string, string | number>;
}

export interface Verdict {
  outcome: 'success' | 'fail';
  reasons: Reason[];
  /** Task-specific score (lower is better for times); null when not applicable. */
  score: number | null;
  simTimeMs: Ms;
  wallTouches?: number;
}
