// A localStorage that never throws. Private browsing, storage that is switched off or full:
// the site keeps working for the visit (values live in memory) and the student is told that
// progress will not be kept. Given to @nanostores/persistent as its engine.
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** Why progress may not be kept, or why some of it was reset; shown by <StorageNotice>. */
export type StorageProblem = 'unavailable' | 'full' | 'repaired';
export const storageProblem = atom<StorageProblem | null>(null);

export const reportStorageProblem = (problem: StorageProblem) => {
  // "unavailable" and "full" matter more than a repaired entry: keep the most serious one.
  const current = storageProblem.get();
  if (current === 'unavailable' || (current === 'full' && problem === 'repaired')) return;
  storageProblem.set(problem);
};

function getLocalStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = '__am_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** An object with the shape @nanostores/persistent expects (string keys and values), backed by localStorage when it works. */
export function createSafeStorage(storage: Storage | undefined = getLocalStorage()): Record<string, string> {
  const memory: Record<string, string> = {};
  if (!storage && typeof window !== 'undefined') reportStorageProblem('unavailable');
  const read = (key: string): string | undefined => {
    try {
      const value = storage?.getItem(key);
      if (value !== null && value !== undefined) return value;
    } catch {
      // fall through to memory
    }
    return memory[key];
  };
  const keys = () => {
    const all = new Set(Object.keys(memory));
    try {
      if (storage) for (let i = 0; i < storage.length; i++) all.add(storage.key(i)!);
    } catch {
      // memory only
    }
    return [...all];
  };
  return new Proxy(memory, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set(_, key, value) {
      if (typeof key !== 'string') return false;
      memory[key] = String(value);
      try {
        storage?.setItem(key, String(value));
      } catch {
        reportStorageProblem('full');
      }
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return false;
      delete memory[key];
      try {
        storage?.removeItem(key);
      } catch {
        // nothing to undo
      }
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && read(key) !== undefined ? { value: read(key), enumerable: true, configurable: true, writable: true } : undefined,
  });
}

let installed = false;
/** Installs the safe engine once, in the browser. */
export function installSafeStorage() {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  setPersistentEngine(createSafeStorage(), windowPersistentEvents);
  // Ask the browser not to evict progress when the disk fills up; no prompt in most browsers.
  navigator.storage?.persist?.().catch(() => undefined);
}
