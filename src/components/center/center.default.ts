import { noChange } from 'lit';
import { Directive, directive, type PropertyPart } from 'lit/directive.js';

/**
 * A property binding of a section's element (`.retentionDays=${orDefault(value)}`) that gives the element its
 * own default when the config leaves the key out: the value the element held before the center first set it.
 * So each default is written once, in its element, and a config that drops a key puts the default back.
 * @internal
 */
class OrDefaultDirective extends Directive {
  private initial: unknown = undefined;
  private first = true;

  /** On the server (no element to read): a value left out is not written, and the element keeps its default. */
  render(value: unknown): unknown {
    return value === undefined ? noChange : value;
  }

  override update(part: PropertyPart, [value]: [unknown]): unknown {
    if (this.first) {
      this.first = false;
      this.initial = (part.element as unknown as Record<string, unknown>)[part.name];
    }
    return value === undefined ? this.initial : value;
  }
}

export const orDefault = directive(OrDefaultDirective);
