import { stringify } from './config.js';
import { hasSensitiveData } from './sensitive.js';

const PREFIX = 'support-widgets';
const DAY = 86_400_000;
/** Used when localStorage throws (sandboxed frame, disabled storage, quota): data lives for the visit. */
const memory = new Map<string, string>();

interface Envelope {
  /** Record format version. */
  v: number;
  /** Saved at (ms since epoch). */
  t: number;
  /** Expires at (ms since epoch). */
  e: number;
  d: unknown;
}

export interface StoredValue<T> {
  data: T;
  savedAt: Date;
}

/** Where a write went: the device, this visit only (storage unavailable), or nowhere (sensitive data). */
export type WriteResult = 'device' | 'memory' | 'refused';

function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A small store over localStorage, namespaced by merchant (`storage-key`). It keeps working in memory when
 * storage throws, versions and expires records, and refuses to write anything the sensitive-data check flags.
 */
export class SafeStorage {
  /** False once a write had to fall back to memory. */
  persistent = true;

  constructor(
    private readonly namespace: string,
    private readonly version = 1,
  ) {}

  private key(id: string): string {
    return `${PREFIX}:${this.namespace || 'default'}:${id}`;
  }


  /** The record, or undefined when missing, corrupt, expired or written by a newer version. */
  read<T>(id: string, now = Date.now()): StoredValue<T> | undefined {
    const key = this.key(id);
    let raw: string | null | undefined = memory.get(key);
    if (raw === undefined) {
      try {
        raw = local()?.getItem(key);
      } catch {
        raw = undefined;
      }
    }
    return this.parse<T>(id, raw, now);
  }

  /**
   * What another tab did to record `id`, from a `storage` event: the new record, `null` when it was removed
   * (or storage cleared), undefined when the event is about another key or the record is unreadable.
   */
  changed<T>(event: StorageEvent, id: string, now = Date.now()): StoredValue<T> | null | undefined {
    const key = this.key(id);
    if (event.key !== null && event.key !== key) return undefined;
    if (event.key === null || event.newValue === null) return null;
    // The device copy is newer than any copy kept for this visit.
    memory.delete(key);
    return this.parse<T>(id, event.newValue, now);
  }

  private parse<T>(id: string, raw: string | null | undefined, now: number): StoredValue<T> | undefined {
    if (!raw) return undefined;
    let env: Envelope;
    try {
      env = JSON.parse(raw) as Envelope;
    } catch {
      this.remove(id);
      return undefined;
    }
    if (!env || typeof env !== 'object' || typeof env.v !== 'number' || typeof env.t !== 'number' || typeof env.e !== 'number') {
      this.remove(id);
      return undefined;
    }
    // A newer library in another tab wrote this: leave it alone rather than misread it.
    if (env.v > this.version) return undefined;
    if (env.e <= now || env.v < 1) {
      this.remove(id);
      return undefined;
    }
    if (hasSensitiveData(env.d)) {
      this.remove(id);
      return undefined;
    }
    return { data: env.d as T, savedAt: new Date(env.t) };
  }

  /** Saves `data` for `days` days. Never writes a full card number, CVV, PIN, password or one-time code. */
  write(id: string, data: unknown, days: number, now = Date.now()): WriteResult {
    // Checked on the data alone (each text on its own): the envelope's 13-digit timestamps could pass for card numbers.
    if (hasSensitiveData(data)) return 'refused';
    const env: Envelope = { v: this.version, t: now, e: now + Math.max(0, days) * DAY, d: data };
    const raw = stringify(env);
    const key = this.key(id);
    try {
      const store = local();
      if (!store) throw new Error('no storage');
      store.setItem(key, raw);
      memory.delete(key);
      this.persistent = true;
      return 'device';
    } catch {
      memory.set(key, raw);
      this.persistent = false;
      return 'memory';
    }
  }

  /** Forgets the record on this device. */
  remove(id: string): void {
    const key = this.key(id);
    memory.delete(key);
    try {
      local()?.removeItem(key);
    } catch {
      // Storage unavailable: the memory copy is gone, which is all there is.
    }
  }
}
