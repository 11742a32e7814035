import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { expected, isRecord, readOr, type Reporter } from './config.js';

/**
 * Checks the shared properties set on the element itself, `strings` and `heading-level`: one report per new
 * bad value, on the update that takes it, and the rest renders (the locale controller leaves bad strings out,
 * `headingLevel()` in config.ts clamps the level).
 * @internal
 */
export class PropertyCheckController implements ReactiveController {
  /** `strings` and the heading level at the last update: a value is checked when it changes. */
  private seen: unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & { strings?: unknown; headingLevel?: unknown },
    private readonly reportError: Reporter,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { strings, headingLevel: level } = this.host;
    const [lastStrings, lastLevel] = this.seen;
    this.seen = [strings, level];
    // A revoked Proxy throws even when asked whether it is an array: the locale controller reports it when read.
    if (
      strings != null &&
      !Object.is(strings, lastStrings) &&
      !readOr(
        () => isRecord(strings),
        true,
        'strings',
        () => undefined,
      )
    )
      this.reportError('strings', expected('an object of strings', strings));
    if (level !== undefined && !Object.is(level, lastLevel) && ![1, 2, 3, 4, 5, 6].includes(level as number))
      this.reportError('heading-level', expected('a whole number from 1 to 6', level));
  }
}
