import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a checkbox's or radio button's live `checked` state on every render, in the browser only. Write it
 * with `?checked=${on}` (the server HTML): server rendering writes a `.checked=${false}` binding as the
 * attribute `checked="false"`, which checks the box; element directives do not run on the server.
 * @internal
 */
class CheckedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('checked() belongs in an element position: <input ${checked(on)}>');
  }

  render(_on: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [on]: [boolean]): typeof nothing {
    const input = part.element as HTMLInputElement;
    if (input.checked !== on) input.checked = on;
    return nothing;
  }
}

export const checked = directive(CheckedDirective);
