import { css, unsafeCSS } from 'lit';

/**
 * Search matches in answers, in the system's own "marked text" colours (which also hold in forced-colours
 * mode): for the page (in-page answers) and the FAQ's shadow root (data answers). Only items and what is in
 * them: a universal ::highlight rule gives every element in its tree highlight styles (about 2 KB each).
 */
export const HIGHLIGHT = 'support-faq-item::highlight(support-faq),support-faq-item *::highlight(support-faq){background:Mark;color:MarkText}';

// Rules both sheets need: buttons and the focus ring.
const shared = css`
button{font:inherit;color:inherit;cursor:pointer;min-height:44px;padding:8px 16px;border:1px solid var(--_border);border-radius:22px;background:var(--_bg)}
:focus-visible{outline:2px solid var(--_focus);outline-offset:2px}
[part=chips],[part=tools],[part=feedback]{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-block:12px 4px}
`;

// The FAQ's own sheet. Written compactly on purpose: the CSS ships as written.
// The default slot is a block of its own (a slot is `display: contents`): the in-page items are then its children,
// not the base's, as the data items are #data's. Typing in the search box lays the base out again, and with the
// items as the base's children that went through every one of them (at 10,000 items about 10 ms per layout, two
// per keystroke); the slot's box is laid out once (issue 19).
export const styles = css`
${shared}
${unsafeCSS(HIGHLIGHT)}
slot:not([name]){display:block}
[part=base]{background:var(--_bg);border:1px solid var(--_line);border-radius:var(--_radius);padding:4px var(--_gap) var(--_gap)}
label{display:block;margin-block:12px 4px;font-weight:600}
input{width:100%;min-height:44px;padding:8px 12px;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_bg)}
[part=best] p{margin:12px 0 0;font-weight:600}
[part=best] ul{margin:0;padding-inline-start:20px}
[part=best] a{display:inline-block;padding-block:4px;color:var(--_accent)}
[aria-pressed=true]{background:var(--_accent);border-color:var(--_accent);color:var(--_on-accent)}
#data :is(ul,ol){padding-inline-start:1.5em}
#data code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
@media (forced-colors:active){[aria-pressed=true]{forced-color-adjust:none;background:Highlight;color:HighlightText}}
`;

// Each item's sheet: kept small because every item's shadow root matches it (thousands in a long FAQ): the
// highlight rule names the question's <bdi> only. The arrow is a border triangle, like the marker of a
// native <details>: a rotated chevron needs a transform, which costs a paint layer per item (about 1.7 KB
// each). In forced colours it keeps its transparent sides and takes the button's forced text colour.
// `content-visibility: auto`: the browser lays out and paints only the items near the viewport (a long FAQ
// renders and filters faster than native <details>, in less memory); find-in-page, the accessibility tree
// and printing still see every item. It clips painting to the item, so the question's focus ring is inset.
// An open item is laid out in full at once: its one-line estimate would be replaced by the answer's height on
// the first frame that finds it in view, moving everything under it (an answer open in the server's HTML did,
// before any script ran: a layout shift, counted by CLS; outside check c20b-2).
export const itemStyles = css`
${shared}
bdi::highlight(support-faq){background:Mark;color:MarkText}
:host{display:block;border-block-end:1px solid var(--_line);content-visibility:auto;contain-intrinsic-size:auto calc(1.5em + 24px)}
:host([open]){content-visibility:visible}
#q:focus-visible{outline-offset:-2px}
:host([hidden]){display:none}
#q{display:flex;align-items:center;gap:12px;width:100%;padding:12px 4px;border:0;border-radius:0;background:none;font-weight:600;text-align:start}
#q:hover{color:var(--_accent)}
[part=icon]{flex:none;margin-inline:auto 4px;border:5px solid transparent;border-block:6px solid;border-block-end:0;forced-color-adjust:none}
[aria-expanded=true] [part=icon]{border-block-start:0;border-block-end:6px solid}
[part=answer]{padding:0 4px 16px}
[part=answer][hidden]{padding:0}
[part=feedback]{margin:0;color:var(--_muted)}
[part=notice]{margin:0 0 8px;color:var(--_muted)}
[part=related] p{margin:12px 0 4px;font-weight:600}
[part=related] ul{margin:0;padding-inline-start:1.25em}
[part=related] li{margin-block:4px}
[part=related] a{color:var(--_accent)}
@media (prefers-reduced-motion:no-preference){[part=answer]:not([hidden]){animation:open .2s ease-out}}
@keyframes open{from{opacity:0;transform:translateY(-4px)}}
`;
