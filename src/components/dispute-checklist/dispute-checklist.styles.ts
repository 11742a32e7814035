import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_gap);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  p,
  ul,
  fieldset {
    margin: 0;
  }
  .deadline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding: 0.5em 0.75em;
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
  fieldset {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  legend,
  .heading {
    font-weight: 700;
  }
  label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 44px;
  }
  input {
    inline-size: 22px;
    block-size: 22px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }
  button {
    min-block-size: 44px;
    padding: 0 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-size: max(1em, 16px);
    cursor: pointer;
  }
  .link {
    min-block-size: 24px;
    border: 0;
    text-decoration: underline;
  }
  progress {
    display: block;
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  .ready {
    padding: 0.5em 0.75em;
    border: 2px solid var(--_ok);
    color: var(--_ok);
    font-weight: 600;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    padding-block: 0.5em;
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
  .note input {
    inline-size: 0;
    flex: 1;
    block-size: 44px;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: max(1em, 16px);
  }
  .warn {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
