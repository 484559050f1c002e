/**
 * An idb-keyval store kept in a Map, for testing autosave in Node (no IndexedDB there). It
 * mimics the request objects idb-keyval waits on; `failPuts` makes every write fail the way a
 * full disk does in a browser (QuotaExceededError), after the transaction started.
 */
import type { UseStore } from 'idb-keyval';

interface FakeRequest {
  result?: unknown;
  error?: unknown;
  onsuccess?: () => void;
  oncomplete?: () => void;
  onerror?: () => void;
  onabort?: () => void;
}

function settled(req: FakeRequest): FakeRequest {
  setTimeout(() => req.onsuccess?.(), 0);
  return req;
}

export function memoryStore(): {
  store: UseStore;
  data: Map<string, unknown>;
  failPuts: { on: boolean };
} {
  const data = new Map<string, unknown>();
  const failPuts = { on: false };
  const store: UseStore = (_mode, callback) => {
    const transaction: FakeRequest = {};
    let failed = false;
    const objectStore = {
      get: (key: string) => settled({ result: data.get(key) }),
      put: (value: unknown, key: string) => {
        if (failPuts.on) {
          failed = true;
          transaction.error = new DOMException(
            'The quota has been exceeded.',
            'QuotaExceededError',
          );
        } else data.set(key, value);
      },
      transaction,
    };
    const out = callback(objectStore as unknown as IDBObjectStore);
    setTimeout(() => (failed ? transaction.onabort?.() : transaction.oncomplete?.()), 0);
    return Promise.resolve(out);
  };
  return { store, data, failPuts };
}
