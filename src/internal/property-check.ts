import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { expected, isRecord, readOr, type Reporter } from './config.js';

/**
 * Checks the shared properties set on the element itself, `strings` and `heading-level`: one report per new
 * bad value, on the update that takes it, and the rest renders (the locale controller leaves bad strings out,
 * `headingLevel()` in config.ts clamps the level).
 * @internal
 */
export class PropertyCheckController implements ReactiveController {
  /** The values of the last update: a value is checked when it changes. */
  private lastStrings?: unknown;
  private lastLevel?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & { strings?: unknown; headingLevel?: unknown },
    private readonly reportTo: Reporter,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { strings, headingLevel: level } = this.host;
    // A revoked Proxy throws even when asked whether it is an array: the locale controller reports it when read.
    if (
      strings != null &&
      !Object.is(strings, this.lastStrings) &&
      !readOr(
        () => isRecord(strings),
        true,
        'strings',
        () => undefined,
      )
    )
      this.reportTo('strings', expected('an object of strings', strings));
    if (level !== undefined && !Object.is(level, this.lastLevel) && !(Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6))
      this.reportTo('heading-level', expected('a whole number from 1 to 6', level));
    this.lastStrings = strings;
    this.lastLevel = level;
  }
}
