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
