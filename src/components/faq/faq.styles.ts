import { css } from 'lit';

/** Search matches, in the system's own "marked text" colours (which also hold in forced-colours mode). */
export const HIGHLIGHT = '::highlight(support-faq){background:Mark;color:MarkText}';

// Rules both sheets need: buttons, the focus ring, search matches (in data answers and in questions).
const shared = css`
::highlight(support-faq){background:Mark;color:MarkText}
button{font:inherit;color:inherit;cursor:pointer;min-height:44px;padding:8px 16px;border:1px solid var(--_border);border-radius:22px;background:var(--_bg)}
:focus-visible{outline:2px solid var(--_focus);outline-offset:2px}
[part=chips],[part=tools],[part=feedback]{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-block:12px 4px}
`;

// The FAQ's own sheet. Written compactly on purpose: the CSS ships as written.
export const styles = css`
${shared}
[part=base]{background:var(--_bg);border:1px solid var(--_line);border-radius:var(--_radius);padding:4px var(--_gap) var(--_gap)}
label{display:block;margin-block:12px 4px;font-weight:600}
input{width:100%;min-height:44px;padding:8px 12px;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_bg);font-size:max(16px,1em)}
[aria-pressed=true]{background:var(--_accent);border-color:var(--_accent);color:var(--_on-accent)}
@media (forced-colors:active){[aria-pressed=true]{forced-color-adjust:none;background:Highlight;color:HighlightText}}
`;

// Each item's sheet: kept small because every item's shadow root matches it (thousands in a long FAQ).
export const itemStyles = css`
${shared}
:host{display:block;border-block-end:1px solid var(--_line)}
:host([hidden]){display:none}
#q{display:flex;align-items:center;gap:12px;width:100%;padding:12px 4px;border:0;border-radius:0;background:none;font-weight:600;text-align:start}
#q:hover{color:var(--_accent)}
[part=icon]{flex:none;margin-inline:auto 6px;width:9px;height:9px;border:solid;border-width:0 2px 2px 0;transform:translateY(-2px) rotate(45deg)}
[aria-expanded=true] [part=icon]{transform:translateY(2px) rotate(-135deg)}
[role=region]{padding:0 4px 16px}
[role=region][hidden]{padding:0}
[part=feedback]{margin:0;color:var(--_muted)}
@media (prefers-reduced-motion:no-preference){[part=icon]{transition:transform .2s}[role=region]:not([hidden]){animation:open .2s ease-out}}
@keyframes open{from{opacity:0;transform:translateY(-4px)}}
`;
