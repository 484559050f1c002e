/**
 * Memory figures of a page in Chromium, for the long-session test and the benchmarks:
 * the page's own JS heap after a forced garbage collection (CDP), and the whole agent —
 * page plus its workers, Pyodide's WebAssembly memory included — from
 * performance.measureUserAgentSpecificMemory() (needs cross-origin isolation, which the app has).
 */
import type { Page } from 'playwright-core';

const MB = 1024 * 1024;

/** The page's JS heap in use (MB) after a full garbage collection. */
export async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / MB;
  } finally {
    await cdp.detach();
  }
}

export interface AgentMemory {
  totalMb: number;
  /** By kind of context: 'Window', 'DedicatedWorker', … (MB). */
  byScope: Record<string, number>;
}

/** Page and workers together (MB), or null where the browser cannot measure it. */
export async function agentMemory(page: Page): Promise<AgentMemory | null> {
  return page.evaluate(async () => {
    const perf = performance as Performance & {
      measureUserAgentSpecificMemory?: () => Promise<{
        bytes: number;
        breakdown: { bytes: number; attribution: { scope: string }[] }[];
      }>;
    };
    if (!perf.measureUserAgentSpecificMemory || !crossOriginIsolated) return null;
    const m = await perf.measureUserAgentSpecificMemory();
    const byScope: Record<string, number> = {};
    for (const b of m.breakdown) {
      const scope = b.attribution[0]?.scope ?? 'shared';
      byScope[scope] = (byScope[scope] ?? 0) + b.bytes / (1024 * 1024);
    }
    return { totalMb: m.bytes / (1024 * 1024), byScope };
  });
}

/** Chromium flag that makes measureUserAgentSpecificMemory answer at once (not at the next GC). */
export const EAGER_MEMORY_ARG = '--enable-blink-features=ForceEagerMeasureMemory';
