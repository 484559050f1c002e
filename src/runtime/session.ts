/**
 * runSession: one run of a task (maze) or one match (sumo) with Python programs, judged by
 * the task's referee. The same function serves the CLI, the judge, the tests and (in the
 * browser's sim-host worker) the app. Deterministic (I-2, I-3): the same task, seed, params
 * and programs give the same verdict and the same world hash, so a replay is a re-run.
 */
import { profileById } from '../../sim/profiles/index.ts';
import type { MatchResult, ProgramStatus, TaskDef, TaskParams } from '../../sim/tasks/types.ts';
import type { RobotProfile, Verdict, WorldSnapshot } from '../../sim/types.ts';
import { SimWorld } from '../../sim/world.ts';
import type { SimWorldApi, WorldOptions } from '../../sim/world-types.ts';
import type { ProgramPool } from './pool.ts';
import { ProgramRunner, type PrintLine } from './runner.ts';
import type { Pace } from './host/lockstep.ts';
import type { LockstepMode } from './runner.ts';

/** Robot slot ids in robot order. */
export const ROBOT_IDS = ['A', 'B'] as const;

/** Simulated time allowed past the task's own limit before the runtime ends a run itself. */
export const TIME_CAP_MARGIN_MS = 10_000;

export interface SessionProgram {
  code: string;
  /** Robot profile; default: the task's. */
  profile?: RobotProfile['id'];
}

export interface SessionOptions {
  task: TaskDef;
  seed: number;
  params: TaskParams;
  /** One program per robot, in robot order (task.robots of them). */
  programs: SessionProgram[];
  pool: ProgramPool;
  /** Called after every physics step with the world's snapshot (renderer, dashboards). */
  onSnapshot?: (snap: WorldSnapshot) => void;
  /** Called when a blocks program (run with trace calls) starts executing another block. */
  onBlock?: (robot: string, blockId: string) => void;
  /** Called for every printed line as it arrives (live console); the result has them all. */
  onPrint?: (robot: string, line: PrintLine) => void;
  /** Include what a replay needs (task id, seed, params, programs) in the result. */
  record?: boolean;
  /** Wall ms without a robot call before a program is stopped (default 5000). */
  watchdogMs?: number;
  /** Simulated ms per wall ms (1 = real time); null/undefined = flat out; a function is read
   * after every step (the app's speed control). */
  pace?: Pace;
  signal?: AbortSignal;
  /** Lockstep loop (runner.ts): 'pipelined' (default) or 'strict'. */
  lockstep?: LockstepMode;
  /** Builds the world (default: SimWorld). Tests may pass a stand-in. */
  createWorld?: (opts: WorldOptions) => SimWorldApi;
}

/** Everything needed to run a session again (replay = re-run and compare verdict + hash). */
export interface SessionRecord {
  task: string;
  seed: number;
  params: TaskParams;
  programs: { code: string; profile: RobotProfile['id'] }[];
}

/** A printed line with its robot, for a merged transcript. */
export interface TranscriptLine extends PrintLine {
  robot: string;
}

export interface SessionResult {
  verdict: Verdict;
  match?: MatchResult;
  /** Rounds played (restarts + 1). */
  rounds: number;
  /** Simulated time over all rounds (ms). */
  simTimeMs: number;
  /** world.hash() at the end. */
  hash: string;
  /** Every printed line per robot, in order, with the program clock (ms) and round. */
  prints: Record<string, PrintLine[]>;
  /** All prints merged by (round, time, robot order): deterministic. */
  transcript: TranscriptLine[];
  programStatuses: ProgramStatus[];
  /**
   * Lifecycle messages from the robots' workers that the host rejected (forged or malformed,
   * I-7). They never change the run; a message that arrives late is reported with the next
   * session of the same worker.
   */
  rejectedMessages: { robot: string; detail: string }[];
  /** True when the signal aborted the run (the verdict is then a 'session.aborted' fail). */
  aborted: boolean;
  record?: SessionRecord;
  /**
   * wallMs: the whole call; runMs: the lockstep part (without loading workers); hostWaitMs:
   * wall time the host waited for programs; roundTrips: SAB round trips over all programs.
   */
  stats: {
    wallMs: number;
    runMs: number;
    steps: number;
    roundTrips: number;
    hostWaitMs: number;
    /** Wall ms in world.step(), in replying to programs (readouts), in snapshot + referee. */
    physicsMs: number;
    releaseMs: number;
    judgeMs: number;
  };
}

/** Run a task with programs to the referee's final decision. */
export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const wall0 = performance.now();
  const { task, seed } = opts;
  if (opts.programs.length !== task.robots) {
    throw new Error(`task ${task.id} takes ${task.robots} program(s), got ${opts.programs.length}`);
  }
  const setup = task.create(seed, opts.params);
  const profiles = opts.programs.map((p) => {
    const id = p.profile ?? setup.defaultProfile;
    const profile = profileById(id);
    if (!profile) throw new Error(`unknown robot profile '${id}'`);
    return profile;
  });
  const worldOptions: WorldOptions = {
    arena: setup.arena,
    robots: profiles.map((profile, i) => ({ id: ROBOT_IDS[i], profile, start: setup.starts[i] })),
    seed,
  };
  const createWorld = opts.createWorld ?? ((o: WorldOptions) => new SimWorld(o));
  const specs = opts.programs.map((p, i) => ({
    id: ROBOT_IDS[i],
    code: p.code,
    profile: profiles[i].id,
  }));
  const capMs = setup.timeLimitMs + TIME_CAP_MARGIN_MS;

  const channels = await opts.pool.acquire(
    task.robots,
    specs.map((s) => s.code),
  );
  const run0 = performance.now();
  try {
    let world = createWorld(worldOptions);
    const runner = new ProgramRunner(channels, specs, world, opts);
    let refState = setup.referee.initial;
    // A holder, not a `let`: it is set inside the step callback.
    const decided: { final: { verdict: Verdict; match?: MatchResult } | null } = { final: null };
    let restart = false;
    let totalMs = 0;
    let rounds = 0;
    const printed = runner.programs.map(() => 0);
    const blocks: (string | null)[] = runner.programs.map(() => null);
    const flushPrints = (): void => {
      runner.programs.forEach((p, i) => {
        if (opts.onPrint) {
          for (; printed[i] < p.prints.length; printed[i]++)
            opts.onPrint(p.id, p.prints[printed[i]]);
        }
        if (opts.onBlock && p.block !== blocks[i] && p.block !== null) {
          blocks[i] = p.block;
          opts.onBlock(p.id, p.block);
        }
      });
    };
    let end: 'decided' | 'time' | 'aborted' = 'time';
    for (;;) {
      rounds++;
      restart = false;
      const base = totalMs;
      const w = world;
      end = await runner.round(w, {
        seed,
        round: rounds,
        maxTimeMs: Math.max(0, capMs - base),
        afterStep: () => {
          // The referee reads no sensors: without a viewer, skip their raycasts ('lazy').
          const snap = w.snapshot(opts.onSnapshot ? 'full' : 'lazy');
          opts.onSnapshot?.(snap);
          flushPrints();
          const judged = setup.referee.judge(refState, snap, runner.statuses());
          refState = judged.state;
          const d = judged.decision;
          if (d?.kind === 'final') decided.final = { verdict: d.verdict, match: d.match };
          else if (d?.kind === 'restart') restart = true;
          return d !== null;
        },
      });
      totalMs += w.timeMs;
      flushPrints();
      if (!restart || end !== 'decided' || totalMs >= capMs) break;
      // Sumo: a new round on a fresh world, same referee state, programs restarted warm.
      world = createWorld(worldOptions);
    }
    const verdict: Verdict =
      decided.final?.verdict ??
      ({
        outcome: 'fail',
        reasons: [{ code: end === 'aborted' ? 'session.aborted' : 'session.time_cap' }],
        score: null,
        simTimeMs: totalMs,
      } satisfies Verdict);
    // Lifecycle messages a worker posted before its last request are queued by now: let them
    // arrive, so the report below includes them.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const prints: Record<string, PrintLine[]> = {};
    for (const p of runner.programs) prints[p.id] = [...p.prints];
    return {
      verdict,
      match: decided.final?.match,
      rounds,
      simTimeMs: totalMs,
      hash: world.hash(),
      prints,
      transcript: mergeTranscript(prints),
      programStatuses: runner.statuses(),
      rejectedMessages: channels.flatMap((c, i) =>
        c.takeRejected().map((r) => ({ robot: ROBOT_IDS[i], detail: r.detail })),
      ),
      aborted: end === 'aborted',
      record: opts.record
        ? {
            task: task.id,
            seed,
            params: { ...setup.params },
            programs: specs.map((s) => ({ code: s.code, profile: s.profile })),
          }
        : undefined,
      stats: {
        wallMs: performance.now() - wall0,
        runMs: performance.now() - run0,
        steps: runner.steps,
        roundTrips: runner.roundTrips,
        hostWaitMs: runner.hostWaitMs,
        physicsMs: runner.physicsMs,
        releaseMs: runner.releaseMs,
        judgeMs: runner.judgeMs,
      },
    };
  } finally {
    opts.pool.release(channels);
  }
}

/** Merge per-robot prints by (round, time, robot order), keeping each robot's own order. */
export function mergeTranscript(prints: Record<string, PrintLine[]>): TranscriptLine[] {
  const all: (TranscriptLine & { k: number; r: number })[] = [];
  Object.keys(prints)
    .sort()
    .forEach((robot, r) => prints[robot].forEach((l, k) => all.push({ ...l, robot, k, r })));
  all.sort((a, b) => a.round - b.round || a.t - b.t || a.r - b.r || a.k - b.k);
  return all.map(({ t, round, text, robot }) => ({ t, round, text, robot }));
}
