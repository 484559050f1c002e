/**
 * cannon-es's Gauss–Seidel solver with WARM STARTING: each equation starts from the impulse
 * it needed in the previous step instead of from zero.
 *
 * Why: a robot is a chain of constraints — motor → tyre friction → hinge → chassis → wall.
 * Cold-started, 15 iterations were far from converged on that chain: a robot pushing a wall
 * spun its wheels (encoders ran on while the chassis stood still) and only 60 iterations
 * made it stall as a real robot does. Warm starting converges in a few iterations because
 * the impulses barely change from one 5 ms step to the next.
 *
 * Equations are matched between steps deterministically: constraint equations (hinges,
 * motors) are the same objects every step; contact and friction equations come from a pool,
 * so they are keyed by (bodies, shapes, kind) and their order of creation within the step,
 * which the narrowphase makes deterministic.
 *
 * After solving, every equation's `multiplier` holds its force (impulse / dt), as in cannon:
 * the bumper's contact forces and the motors' torques are read from there.
 */
import { ContactEquation, FrictionEquation, GSSolver } from 'cannon-es';
import type { Equation, World } from 'cannon-es';

/** Fraction of last step's impulse used as the starting guess (1 = all of it). */
const WARM = 0.95;

function keyOf(eq: Equation): string | Equation {
  if (eq instanceof ContactEquation || eq instanceof FrictionEquation) {
    const kind = eq instanceof ContactEquation ? 'c' : 'f';
    const si = (eq as ContactEquation).si?.id ?? -1;
    const sj = (eq as ContactEquation).sj?.id ?? -1;
    return `${kind}${eq.bi.id}:${eq.bj.id}:${si}:${sj}`;
  }
  return eq;
}

/** Gauss–Seidel with warm starting (see the file comment). */
export class WarmStartSolver extends GSSolver {
  private prev = new Map<string | Equation, number[]>();

  override solve(dt: number, world: World): number {
    const equations = this.equations;
    const n = equations.length;
    const bodies = world.bodies;
    const tolSquared = this.tolerance * this.tolerance;
    let iter = 0;
    const next = new Map<string | Equation, number[]>();
    const lambda = new Float64Array(n);
    const Bs = new Float64Array(n);
    const invCs = new Float64Array(n);
    const keys: Array<string | Equation> = new Array(n);
    const used = new Map<string | Equation, number>();
    if (n !== 0) {
      for (const b of bodies) {
        b.updateSolveMassProperties();
        b.vlambda.set(0, 0, 0);
        b.wlambda.set(0, 0, 0);
      }
    }
    for (let i = 0; i < n; i++) {
      const c = equations[i];
      // Every concrete equation overrides computeB(h) (the base class' typing differs).
      Bs[i] = (c as unknown as { computeB(h: number): number }).computeB(dt);
      invCs[i] = 1 / c.computeC();
      const key = keyOf(c);
      keys[i] = key;
      const k = used.get(key) ?? 0;
      used.set(key, k + 1);
      const guess = this.prev.get(key)?.[k];
      if (guess !== undefined) {
        let l = guess * WARM;
        if (l < c.minForce) l = c.minForce;
        else if (l > c.maxForce) l = c.maxForce;
        lambda[i] = l;
        if (l !== 0) c.addToWlambda(l);
      }
    }
    if (n !== 0) {
      for (iter = 0; iter !== this.iterations; iter++) {
        let total = 0;
        for (let j = 0; j !== n; j++) {
          const c = equations[j];
          const lj = lambda[j];
          let d = invCs[j] * (Bs[j] - c.computeGWlambda() - c.eps * lj);
          if (lj + d < c.minForce) d = c.minForce - lj;
          else if (lj + d > c.maxForce) d = c.maxForce - lj;
          lambda[j] = lj + d;
          total += d > 0 ? d : -d;
          c.addToWlambda(d);
        }
        if (total * total < tolSquared) break;
      }
      for (const b of bodies) {
        b.vlambda.vmul(b.linearFactor, b.vlambda);
        b.velocity.vadd(b.vlambda, b.velocity);
        b.wlambda.vmul(b.angularFactor, b.wlambda);
        b.angularVelocity.vadd(b.wlambda, b.angularVelocity);
      }
      const invDt = 1 / dt;
      for (let i = 0; i < n; i++) {
        equations[i].multiplier = lambda[i] * invDt;
        const list = next.get(keys[i]);
        if (list) list.push(lambda[i]);
        else next.set(keys[i], [lambda[i]]);
      }
    }
    this.prev = next;
    return iter;
  }
}
