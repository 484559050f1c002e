/**
 * DEVELOPER PAGE (render-demo.html): the arena view fed with synthetic snapshots.
 * Query: ?scene=sumo|maze  ?camera=top|follow|orbit  ?rays=0|1  ?trail=0|1  ?rate=30 (snapshots
 * per second)  ?speed=1  ?quality=auto|high|medium|low|lower|minimum
 */
import { DEMO_MAZE, DEMO_MINISUMO, DEMO_SPIKE, DEMO_SUMO } from './demo-scenes.ts';
import { MAZE_RUN_MS, mazeWorld, sumoWorld } from './demo-motion.ts';
import { ArenaView, type ArenaViewOptions, type CameraMode } from './view.ts';

const q = new URLSearchParams(location.search);
const scene = q.get('scene') === 'maze' ? 'maze' : 'sumo';
const camera = (
  ['top', 'follow', 'orbit'].includes(q.get('camera') ?? '') ? q.get('camera') : 'top'
) as CameraMode;
const rate = Number(q.get('rate') ?? 30);
const speed = Number(q.get('speed') ?? 1);

const host = document.getElementById('view')!;
const view = new ArenaView(host, {
  camera,
  showRays: q.get('rays') !== '0',
  showTrail: q.get('trail') !== '0',
  quality: (q.get('quality') ?? 'auto') as ArenaViewOptions['quality'],
});

if (scene === 'sumo') {
  view.setArena(DEMO_SUMO, [
    { id: 'A', profile: DEMO_SPIKE },
    { id: 'B', profile: DEMO_MINISUMO },
  ]);
} else {
  view.setArena(DEMO_MAZE, [{ id: 'A', profile: DEMO_SPIKE }]);
}
const world = scene === 'sumo' ? sumoWorld : mazeWorld;

// A stand-in for the sim host: snapshots at `rate` per second of wall time, at `speed`×.
// It starts after the first frames: compiling shaders can block the page for a second on a
// software renderer, and a real host (in a worker) would not have paused meanwhile.
view.pushSnapshot(world(0));
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    const started = performance.now();
    const simTime = (): number => {
      const t = (performance.now() - started) * speed;
      return scene === 'maze' ? t % MAZE_RUN_MS : t;
    };
    setInterval(() => view.pushSnapshot(world(Math.round(simTime()))), 1000 / rate);
  }),
);

const hud = document.getElementById('hud')!;
setInterval(() => {
  const s = view.stats();
  hud.textContent = `${scene} · ${view.cameraMode} · ${s.fps} fps · ${s.frameMs.toFixed(1)} ms · ${s.quality}`;
}, 500);

for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-camera]')) {
  b.addEventListener('click', () => view.setCamera(b.dataset.camera as CameraMode));
}

declare global {
  interface Window {
    __arenaView?: ArenaView;
  }
}
window.__arenaView = view;
