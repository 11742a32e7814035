import { css } from 'lit';

export const styles = css`
  .base {
    background: var(--_bg);
  }
  .base > * + * {
    margin-block: calc(var(--_gap) * 0.75) 0;
  }
  p,
  ul {
    margin: 0;
  }
  .deadline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
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
    margin-inline: 0;
    padding: 0.25em 0.75em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }
  label {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .opt,
  .check {
    min-block-size: 44px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 22px;
    block-size: 22px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
  }
  button {
    min-block-size: 44px;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-size: max(1em, 16px);
    cursor: pointer;
  }
  .link {
    min-block-size: 24px;
    padding: 0 0.25em;
    border: 0;
    text-decoration: underline;
  }
  .progress {
    display: grid;
    gap: 0.25em;
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 10px;
    border: 1px solid var(--_border);
    border-radius: 5px;
    background: var(--_bg2);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_bg2);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .ready {
    padding: 0.5em 0.75em;
    border: 2px solid var(--_ok);
    border-radius: var(--_radius);
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
  .done .check > span {
    text-decoration: line-through;
    text-decoration-color: var(--_muted);
  }
  .tag,
  .hint,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tag {
    white-space: nowrap;
  }
  li > .hint,
  .note {
    margin-inline-start: calc(22px + 0.5em);
  }
  .note input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: max(1em, 16px);
    color: var(--_fg);
  }
  .warn {
    margin-inline-start: calc(22px + 0.5em);
    color: var(--_danger);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    .deadline,
    .ready {
      border: 2px solid CanvasText;
    }
  }
`;
