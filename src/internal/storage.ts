import { expected, stringify, type Reporter } from './config.js';
import { hasSensitiveData } from './sensitive.js';
import { DAY_MS } from './time.js';

/**
 * Keys are `support-widgets@2:<kind>:<namespace>:<record>`, every part after the prefix URI-encoded (so no
 * part can hold a `:`), the default namespace empty: no two kinds, namespaces or records share a key.
 */
const PREFIX = 'support-widgets@2';
/** Stores with an empty namespace: each keeps its records for the visit under a key of its own. */
let isolated = 0;
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

/**
 * The storage namespace of `storage-key`: undefined for the default; an empty one is reported and kept as
 * empty (the store then saves for this visit only), never taken for the default.
 */
export function namespace(key: string | null | undefined, report: Reporter): string | undefined {
  if (key == null) return undefined;
  if (!String(key).trim()) report('storage-key', expected('a non-empty name; nothing is saved on this device', key));
  return String(key).trim() ? String(key) : '';
}

function getItem(key: string): string | null | undefined {
  try {
    return local()?.getItem(key);
  } catch {
    return undefined;
  }
}

function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A small store over localStorage, namespaced by element kind and merchant (`storage-key`). It keeps working
 * in memory when storage throws, versions and expires records, and refuses to write anything the
 * sensitive-data check flags. An empty namespace is a mistake the element reports, never the default: such a
 * store keeps its records for the visit only, shared with no other element.
 * @internal
 */
export class SafeStorage {
  /** False once a write had to fall back to memory (always with an empty namespace). */
  persistent = true;
  private readonly device: boolean;
  private readonly space: string;

  constructor(
    private readonly kind: string,
    private readonly namespace?: string,
    private readonly version = 1,
  ) {
    this.device = namespace !== '';
    // `#` is encoded in every other namespace: this one matches none of them.
    this.space = this.device ? encodeURIComponent(namespace ?? '') : `#${++isolated}`;
  }

  /** The storage key of record `id` (namespaced; each unnamed or refused namespace its own). */
  key(id: string): string {
    return `${PREFIX}:${encodeURIComponent(this.kind)}:${this.space}:${encodeURIComponent(id)}`;
  }

  /**
   * The key a record had before 2026-12 (`support-widgets:<namespace or default>:call-prep`,
   * `…:dispute:<id or default>`), where kinds, namespaces and ids could collide: read once, then moved.
   */
  private legacyKey(id: string): string {
    return `support-widgets:${this.namespace || 'default'}:${this.kind === 'dispute' ? `dispute:${id || 'default'}` : this.kind}`;
  }

  /** The record, or undefined when missing, corrupt, expired or written by a newer version. */
  read<T>(id: string, now = Date.now()): StoredValue<T> | undefined {
    const key = this.key(id);
    let raw: string | null | undefined = memory.get(key);
    if (raw === undefined && this.device) {
      raw = getItem(key);
      const legacy = this.legacyKey(id);
      const old = raw ? undefined : getItem(legacy);
      if (old) {
        raw = old;
        try {
          local()?.setItem(key, old);
          local()?.removeItem(legacy);
        } catch {
          // Storage full or denied: the old record is read again next time.
        }
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
    if (!this.device || (event.key !== null && event.key !== key)) return undefined;
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
    const env: Envelope = { v: this.version, t: now, e: now + Math.max(0, days) * DAY_MS, d: data };
    const raw = stringify(env);
    const key = this.key(id);
    try {
      const store = this.device ? local() : undefined;
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
