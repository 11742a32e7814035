import { css } from 'lit';

// Written compactly on purpose: the CSS ships as written (the build has no CSS minifier).
export const styles = css`
[part=base]{container-type:inline-size;background:var(--_bg2);border-radius:var(--_radius);padding:var(--_gap)}
ul,.go{display:flex;flex-wrap:wrap;gap:8px}
ul{list-style:none;margin:0 0 var(--_gap);padding:0}
a{color:var(--_accent);text-underline-offset:2px}
nav a,.go a{display:inline-flex;align-items:center;min-height:44px;padding:4px 16px;border:1px solid var(--_border);border-radius:22px;background:var(--_bg);font-weight:600;text-decoration:none}
nav a:hover,.go a:hover{text-decoration:underline}
.grid{display:grid;gap:calc(var(--_gap)*1.5);grid-template-columns:minmax(0,1fr);align-items:start}
section{scroll-margin-block-start:var(--_gap);border-radius:var(--_radius)}
section:focus:not(:focus-visible){outline:0}
[part=heading]{font-size:1.35em;font-weight:700;line-height:1.25;margin:0 0 12px}
.go{align-items:center;margin:12px 0 0}
[slot=dispute]{display:inline-block;margin-block:8px 0}
[slot=hotline]{margin-block-end:var(--_gap)}
[part=error]{background:var(--_bg);border:2px solid var(--_danger);border-radius:var(--_radius);padding:var(--_gap)}
[part=error] p{margin:0 0 8px;font-weight:600}
button{min-height:44px;padding:8px 16px;font-size:max(16px,1em);border:1px solid var(--_accent);border-radius:var(--_radius);background:var(--_accent);color:var(--_on-accent);cursor:pointer}
@container (min-width:52em){.grid{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}section:first-child,section:last-child:nth-child(even){grid-column:1/-1}}
@media (max-width:480px){[part=base]{padding:8px}}
@media (forced-colors:active){[part=error]{border-style:dashed}button{background:ButtonFace;color:ButtonText}}
`;
