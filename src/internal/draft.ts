import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { expected, type Reporter } from './config.js';
import { SafeStorage, type WriteResult } from './storage.js';

/**
 * What the element tells the user of its draft: saved on the device, kept for this visit only (storage threw or
 * refused the record: lost when the page closes), or replaced by another tab's.
 */
export type DraftStatus = 'saved' | 'visit' | 'synced';

/** What the element saves: its model, turned into a record and back by one codec at the storage boundary. */
export interface DraftOptions<T> {
  /** Store kind, the `<kind>` of the key (`call-prep`, `dispute`): fixed, records on users' devices use it. */
  kind: string;
  /** The model read back from a stored record, whatever version, tab or page wrote it. */
  decode(data: unknown): T;
  /**
   * The record stored for the model (short keys on disk live here, never in the model); undefined when it holds
   * nothing worth keeping: the record is then removed instead of written.
   */
  encode(value: T): unknown;
  /** The element's draft as it is now. */
  current(): T;
  /**
   * Another tab changed the record: its draft, or `undefined` when it was forgotten there. `typing` is this
   * tab's field with focus: the element keeps what it holds (the controller puts its text back if the update
   * changed it, and saves once it is left).
   */
  receive(value: T | undefined, typing: Element | null): void;
  /**
   * Days a record is kept after its last save (the element's `retention-days`). Checked here on each update: a
   * value that is not a number of days, 0 or more, is reported once (at `retention-days`) and `defaultDays` used.
   */
  days(): number;
  defaultDays: number;
  /** The element's config error reporter. */
  report: Reporter;
  /**
   * Says `status` through the element's live region: called when a save leaves the draft for this visit only
   * (storage full, blocked or refusing it), which the status line then shows too.
   */
  say(status: DraftStatus): void;
  /** The Undo button shown after a Forget: focus goes there when another tab forgets while this tab's Forget has it. */
  undo: string;
  /** The element's clock (ms). */
  now(): number;
  /** True while nothing may be saved or read (`no-persist`). */
  off?(): boolean;
  /**
   * The attribute that tells this element's record apart from another's of the same kind on the page
   * (`dispute-id`, `storage-key`): two elements open on one record overwrite each other's saves (red team R12-4),
   * so the second is reported there.
   */
  apart: string;
  /**
   * The page is being hidden or closed with `field` (a text field of the element's) focused, which gets no
   * `change` or `focusout` then: the element takes its text in as if it were left; true when it saved itself.
   */
  leave?(field: Element | null): boolean | void;
}

/** The records open on this page, by storage key: one element each (see DraftOptions.apart). */
const opened = new Map<string, object>();

/** Text fields whose text another tab's update must not take from under the user's fingers. */
const TYPED = 'textarea, select, input:not([type=checkbox]):not([type=radio])';

/**
 * The persisted draft of a form: restore on load, save on change, expiry after `days()`, Forget with Undo,
 * and other tabs' saves and forgets (last save wins by its time; the field being typed in keeps its text,
 * and is saved, so wins, once left). Goes through SafeStorage: namespaced keys, failing storage survived,
 * sensitive data never written.
 * @internal
 */
export class DraftController<T> implements ReactiveController {
  /** Where the draft is kept: the device, this visit only, refused, or nowhere (nothing saved or restored). */
  where?: WriteResult = undefined;
  /** The draft was last replaced by another tab's. */
  synced = false;
  /** The draft before Forget (here or in another tab): what Undo brings back. */
  forgotten?: T = undefined;
  /** When this tab last saved or read the draft (ms): another tab's older save loses. */
  private savedAt = 0;
  private store = new SafeStorage('');
  private record = '';
  /** The field kept over another tab's text: saved when the user leaves it. */
  private held?: Element = undefined;
  /** Another element on this page has this record open too (reported once). */
  private shared = false;
  /**
   * The draft shown was read from the device and nothing has been saved since: what `no-persist` set a moment
   * after the first render (a framework's effect) takes back (R13-10). What the user then typed is theirs.
   */
  restoredOnly = false;
  /** The last bad `retention-days` reported: reported once, not on every update or save. */
  private badDays?: number = undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: DraftOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onHide);
    // On the shadow root: focus moving between two fields of the element never reaches the host (the DOM
    // stops a focus event where its target and relatedTarget retarget to the same node).
    this.host.renderRoot.addEventListener('focusout', this.onLeave as EventListener);
  }

  // Validated when it may have changed, before the render: the same error, at the same time, for every element.
  hostUpdate(): void {
    this.days();
  }

  /** What the status line says of the draft; undefined when nothing is kept. */
  get status(): DraftStatus | undefined {
    return !this.where ? undefined : this.synced ? 'synced' : this.where === 'device' ? 'saved' : 'visit';
  }

  hostDisconnected(): void {
    this.close();
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onHide);
    this.host.renderRoot.removeEventListener('focusout', this.onLeave as EventListener);
  }

  /** Opens record `record` of `namespace` (see `namespace()` in storage.ts) and returns its draft, if one is kept. */
  open(namespace: string | undefined, record: string): T | undefined {
    this.close();
    this.store = new SafeStorage(this.options.kind, namespace);
    this.record = record;
    this.shared = false;
    this.synced = false;
    this.forgotten = this.held = undefined;
    const off = this.options.off?.();
    const key = this.store.key(record);
    if (!off && !opened.has(key)) opened.set(key, this);
    const saved = off ? undefined : this.store.read<unknown>(record, this.options.now());
    this.savedAt = saved?.savedAt.getTime() ?? 0;
    this.where = saved?.data ? (this.store.persistent ? 'device' : 'memory') : undefined;
    this.restoredOnly = !!saved?.data;
    return saved && this.options.decode(saved.data);
  }

  /** Lets go of the record this element had open, for another element to open. */
  private close(): void {
    const key = this.store.key(this.record);
    if (opened.get(key) === this) opened.delete(key);
  }

  /** Saves the element's draft now; an empty draft, or one the store refuses, leaves no record behind. */
  save(): WriteResult | undefined {
    if (this.options.off?.()) return undefined;
    this.restoredOnly = false;
    // A record another element on this page has open stays that element's (R13-8: saved over, the first one's
    // notes were gone after a reload, and it showed the second's): this one keeps its draft until the page is
    // left, and says so to the user; the merchant is told once, where they can tell the two apart.
    const key = this.store.key(this.record);
    const owner = opened.get(key) ?? opened.set(key, this).get(key);
    if (owner !== this && !this.shared) {
      this.shared = true;
      this.options.report(
        this.options.apart,
        `another <${this.host.localName}> on this page saves to the same record: give each its own ${this.options.apart}; this one keeps its progress until the page is left`,
      );
    }
    const data = this.options.encode(this.options.current());
    const before = this.status;
    this.savedAt = this.options.now();
    this.synced = false;
    this.forgotten = undefined;
    this.where = data === undefined ? undefined : owner !== this ? 'memory' : this.store.write(this.record, data, this.days(), this.savedAt);
    // A refused write (sensitive data) must not leave an older draft behind (another element's is left alone).
    if (this.where !== 'device' && this.where !== 'memory' && owner === this) this.store.remove(this.record);
    // Told once, when it happens: what is typed from now on is lost when the page closes.
    if (this.status === 'visit' && before !== 'visit') this.options.say('visit');
    this.host.requestUpdate();
    return this.where;
  }

  /** Forgets the draft on this device; Undo (`undo()`) can bring it back while the element lives. */
  forget(): void {
    this.forgotten = this.options.current();
    // Nothing is saved when the field is left (Chrome sends focusout when the field goes away with the draft).
    this.held = this.where = undefined;
    this.synced = false;
    // Another element's record (see save) is that element's to forget.
    if (!this.shared) this.store.remove(this.record);
    this.host.requestUpdate();
  }

  /** The draft Forget took, now no longer forgotten (the element takes it and saves); undefined if none. */
  undo(): T | undefined {
    const value = this.forgotten;
    this.forgotten = undefined;
    return value;
  }

  private onStorage = async (e: StorageEvent): Promise<void> => {
    if (this.options.off?.()) return;
    const record = this.store.changed<unknown>(e, this.record, this.options.now());
    if (record === undefined) return;
    if (!record) {
      // Forgotten in another tab: only news when this tab has something kept.
      if (!this.where) return;
      this.forget();
      this.synced = true;
      const had = (this.host.renderRoot as ShadowRoot).activeElement;
      this.options.receive(undefined, null);
      await this.host.updateComplete;
      // This tab's Forget had focus: it goes to Undo in its place, as after a Forget here (not to the page).
      if (had && !had.isConnected) (this.host.renderRoot as ShadowRoot).querySelector<HTMLElement>(this.options.undo)?.focus();
      return;
    }
    if (record.savedAt.getTime() < this.savedAt) return void this.save();
    const field = this.typing();
    const typed = field?.value;
    this.savedAt = record.savedAt.getTime();
    this.where = 'device';
    this.synced = true;
    this.forgotten = undefined;
    // Not saved at once: a tab typing in the same field would answer, and the two would answer each other for ever.
    this.held = field ?? undefined;
    this.options.receive(this.options.decode(record.data), field);
    await this.host.updateComplete;
    if (field?.isConnected && field.value !== typed) field.value = typed!;
  };

  /** The element's `days()`, or `defaultDays` when it is not a number of days (reported once per bad value). */
  private days(): number {
    const days = this.options.days();
    if (days >= 0) return days;
    if (!Object.is(days, this.badDays))
      this.options.report('retention-days', expected('a number of days, 0 or more', this.host.getAttribute('retention-days') ?? days));
    this.badDays = days;
    return this.options.defaultDays;
  }

  /** The element's text field with focus, if any. */
  private typing(): HTMLInputElement | null {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    return active?.matches(TYPED) ? (active as HTMLInputElement) : null;
  }

  /** Hidden (another tab, minimised, the phone locked) or closed: nothing typed so far may stay unsaved. */
  private onHide = (e: Event): void => {
    // pagehide comes first, while the page still counts as visible.
    if ((e.type !== 'pagehide' && document.visibilityState === 'visible') || this.options.off?.()) return;
    const held = this.held;
    this.held = undefined;
    if (!this.options.leave?.(this.typing()) && held) this.keep();
  };

  /**
   * Saves the draft kept over another tab's if it differs from the stored one: a kept field left as the other
   * tab had it is no news (and a save would change the status line under the user's pointer).
   */
  private keep(): void {
    const stored = this.store.read<unknown>(this.record, this.options.now())?.data;
    if (JSON.stringify(this.options.encode(this.options.current())) !== JSON.stringify(stored)) this.save();
  }

  private onLeave = (e: FocusEvent): void => {
    if (this.held && e.composedPath()[0] === this.held) {
      this.held = undefined;
      this.keep();
    }
  };
}
