/** What the importer could not keep, each with where it was in the source (`line 12`, `article 360001 (zh-CN)`). */
export interface Warning {
  at: string;
  message: string;
}

/** Collects warnings; the same message at the same place is told once, with a count. */
export class Report {
  readonly warnings: Warning[] = [];
  private readonly seen = new Map<string, { warning: Warning; count: number; text: string }>();

  add(at: string, message: string): void {
    const key = `${at}\u0000${message}`;
    const known = this.seen.get(key);
    if (known) {
      known.count++;
      known.warning.message = `${known.text} (${known.count} times)`;
      return;
    }
    const warning = { at, message };
    this.seen.set(key, { warning, count: 1, text: message });
    this.warnings.push(warning);
  }
}

/** Input the importer cannot read at all: one line naming where (`line 14`) and why. */
export class ImportError extends Error {
  constructor(
    readonly at: string,
    message: string,
  ) {
    super(message);
  }
}

/** A piece of merchant text for a report line: quoted, control characters shown as `\uXXXX`, long text cut. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
