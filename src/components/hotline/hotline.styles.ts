import { css } from 'lit';

// Status dot and borders are borders, not backgrounds, so they stay visible in forced-colours mode.
export const styles = css`
  [part='base'],
  ul,
  li {
    display: grid;
    gap: var(--_gap);
  }
  ul {
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    gap: 4px;
    padding: 12px var(--_gap);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .mine {
    border-color: var(--_accent);
    border-inline-start-width: 4px;
  }
  p {
    margin: 0;
  }
  p:empty {
    display: none;
  }
  [part='badge'] {
    padding: 0 8px;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    font-size: 0.875em;
    white-space: nowrap;
  }
  a {
    color: var(--_accent);
  }
  /* An example number stays on one line: wrapped, its groups read as two numbers. */
  .nw {
    white-space: nowrap;
  }
  [part='number'] {
    display: inline-block;
    margin-inline-end: 8px;
    padding-block: 6px;
    font-size: 1.375em;
    font-weight: 700;
  }
  button {
    min-height: 44px;
    padding: 0 14px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg2);
    cursor: pointer;
  }
  [part='status'] {
    --c: var(--_muted);
  }
  [data-state='open'],
  [data-state='always'] {
    --c: var(--_ok);
  }
  [data-state$='Soon'] {
    --c: var(--_warn);
  }
  strong {
    color: var(--c);
  }
  [part='label'] {
    color: inherit;
  }
  [part='status']::before {
    content: '';
    display: inline-block;
    margin-inline-end: 8px;
    border: 0.3125em solid var(--c);
    border-radius: 50%;
  }
  [part='contacts'] {
    gap: 4px;
  }
  [part='contacts'] li {
    display: block;
    padding: 0;
    border: 0;
    overflow-wrap: anywhere;
  }
  .off {
    color: var(--_danger);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .cb {
    display: grid;
    gap: 4px;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [part='notice'] {
    padding: 12px;
    border-inline-start: 4px solid var(--_warn);
    background: var(--_bg2);
  }
`;
