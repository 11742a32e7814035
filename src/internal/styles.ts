import { css } from 'lit';

/** The dark theme's token values, shared by `theme="dark"` and `theme="auto"` in a dark system setting. */
const dark = css`
    --_fg: var(--support-color-text, #eef1f5);
    --_muted: var(--support-color-text-muted, #b3bcc7);
    --_bg: var(--support-color-surface, #16191d);
    --_bg2: var(--support-color-surface-alt, #22262c);
    --_border: var(--support-color-border, #8d97a3);
    --_line: var(--support-color-divider, #39404a);
    --_accent: var(--support-color-accent, #8ab8ff);
    --_on-accent: var(--support-color-on-accent, #0b1220);
    --_focus: var(--support-color-focus, #8ab8ff);
    --_ok: var(--support-color-success, #6bd994);
    --_warn: var(--support-color-warning, #f2b65e);
    --_danger: var(--support-color-danger, #ff8f87);
    color-scheme: dark;
`;

/**
 * Shared by every component: design tokens with fallbacks, light/dark/auto themes, a reset against
 * host-page CSS, focus, forced colours and reduced motion. Sizes are px/em, never rem: host pages change
 * the root font size.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--support-color-text, #1b1f24);
    --_muted: var(--support-color-text-muted, #545c67);
    --_bg: var(--support-color-surface, #ffffff);
    --_bg2: var(--support-color-surface-alt, #f2f4f7);
    --_border: var(--support-color-border, #767f8c);
    --_line: var(--support-color-divider, #d5dae1);
    --_accent: var(--support-color-accent, #0b5cd5);
    --_on-accent: var(--support-color-on-accent, #ffffff);
    --_focus: var(--support-color-focus, #0b5cd5);
    --_ok: var(--support-color-success, #136c34);
    --_warn: var(--support-color-warning, #8a4b00);
    --_danger: var(--support-color-danger, #b3261e);
    --_radius: var(--support-radius, 8px);
    --_gap: var(--support-space, 16px);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    font-family: var(--support-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--support-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: var(--support-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    color-scheme: light;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
  }
  /* iOS Safari zooms into a text field under 16 px: never under it, whatever --support-font-size says. */
  input,
  select,
  textarea {
    font-size: max(16px, 1em);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Focus on a date field's calendar button leaves the field without :focus (only :focus-within): the field
     shows the ring whenever focus is anywhere in it (WCAG 2.4.7). */
  input:is([type='date'], [type='datetime-local'], [type='time'], [type='month'], [type='week']):focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_focus: Highlight;
      --_border: CanvasText;
      --_line: CanvasText;
    }
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
