/**
 * Offline and updates (I-8): registers the service worker. On the first visit to a server
 * that sends no isolation headers the page reloads once, under the worker, which adds them.
 * A new version is announced through `onUpdate`; applying it reloads after the project is
 * saved, so no work is lost.
 */
import { registerSW } from 'virtual:pwa-register';

const RELOADED = 'qadam.isolation-reload';

export interface OfflineOptions {
  /** A new version is waiting; call `apply()` to switch to it (the page reloads). */
  onUpdate: (apply: () => Promise<void>) => void;
  /** Everything is cached: the app now works with no network. */
  onOfflineReady?: () => void;
}

export function setUpOffline(opts: OfflineOptions): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => opts.onUpdate(() => update(true)),
    onOfflineReady: () => opts.onOfflineReady?.(),
    onRegisteredSW: () => {
      if (crossOriginIsolated) {
        sessionStorage.removeItem(RELOADED);
        return;
      }
      // Not isolated: the server sent no COOP/COEP. Once our worker controls the page, one
      // reload makes it isolated (guarded, so a browser without support does not loop).
      const reloadOnce = () => {
        if (sessionStorage.getItem(RELOADED)) return;
        sessionStorage.setItem(RELOADED, '1');
        location.reload();
      };
      if (navigator.serviceWorker.controller) reloadOnce();
      else navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    },
  });
}
