import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    padding: var(--_gap);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Inherited: the checkboxes, the radio buttons and the progress bar. */
    accent-color: var(--_accent);
  }
  p,
  ul,
  fieldset {
    margin: 0;
  }
  .deadline,
  .ready {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_bg2);
    font-weight: 600;
  }
  .soon {
    border-color: var(--_warn);
    color: var(--_warn);
  }
  .passed {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .ready {
    border-color: var(--_ok);
    color: var(--_ok);
  }
  fieldset {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  legend,
  .heading {
    font-weight: 700;
  }
  label,
  .head,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    min-block-size: 44px;
  }
  /* A radio button stays beside its label, whose text wraps beside it (320 px). */
  label.opt {
    flex-wrap: nowrap;
  }
  .head {
    justify-content: space-between;
  }
  /* Rows of the base's grid: as tall as their content, not stretched to the row. Stretched, WebKit (WebKitGTK 2.50)
     kept a row's old height when the element was made narrower and the row wrapped (test/narrowing.test.ts). */
  .head,
  .actions {
    block-size: fit-content;
  }
  input {
    /* A checkbox beside a label that wraps must not shrink. */
    flex: none;
    inline-size: 22px;
    block-size: 22px;
    margin: 0;
  }
  button,
  .note input {
    min-block-size: 44px;
    padding: 0 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-size: max(1em, 16px);
  }
  .link {
    min-block-size: 24px;
    border: 0;
    text-decoration: underline;
  }
  /* Blocks: no baseline gap under the bar, and the same heights in quirks mode. */
  .progress > * {
    display: block;
  }
  progress {
    inline-size: 100%;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    padding-block: 8px;
    border-block-end: 1px solid var(--_line);
  }
  .done span {
    text-decoration: line-through;
  }
  .hint,
  .warn {
    font-size: 0.875em;
    color: var(--_muted);
  }
  li > :not(:first-child) {
    margin-inline-start: 30px;
  }
  li label {
    flex-wrap: nowrap;
  }
  /* The note field wraps under its label when the line is too short for the whole placeholder (320 px screens). */
  li .note {
    flex-wrap: wrap;
    row-gap: 4px;
  }
  .note input {
    flex: 1 1 12em;
    inline-size: 0;
    min-inline-size: min(12em, 100%);
    color: var(--_fg);
  }
  fieldset .cancel {
    margin-block-start: 8px;
  }
  .date input {
    inline-size: auto;
    block-size: 44px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .why > span {
    display: block;
  }
  /* The deadline's and the charge's lines are list items: one per line on screen and in the accessibility tree. */
  .deadline li,
  .facts li {
    padding: 0;
    border: 0;
  }
  .warn,
  .field-error {
    color: var(--_danger);
  }
  .field-error {
    display: block;
  }
`;
