/** Replaces a console method for one test and records its calls. Always call `restore()` (in `finally` or `afterEach`). */
export function capture(method: 'error' | 'warn' | 'log' = 'error'): { calls: string[]; restore: () => void } {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[method] = original) };
}

/** Waits for the next animation frame (a live-region message, a layout). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Makes localStorage throw as in a sandboxed frame or a full quota (reads denied, writes over quota). Returns the restore function. */
export function blockStorage(): () => void {
  const { setItem, getItem } = Storage.prototype;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  Storage.prototype.getItem = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return () => {
    Storage.prototype.setItem = setItem;
    Storage.prototype.getItem = getItem;
  };
}
