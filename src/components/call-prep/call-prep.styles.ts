import { css } from 'lit';

// Written compactly: the build does not minify CSS, and every byte ships.
export const styles = css`
.base{background:var(--_bg);border:1px solid var(--_line);border-radius:var(--_radius);padding:var(--_gap)}
p,ul,dl,form,.f,fieldset{margin:0 0 var(--_gap)}
.note,.alert,.card{padding:8px 12px;border-radius:var(--_radius);background:var(--_bg2);border-inline-start:4px solid var(--_warn)}
.alert{border:2px solid var(--_danger);background:var(--_bg)}
.alert button{vertical-align:top}
label,legend,dt,[role=heading]{display:block;font-weight:600}
.title{font-size:1.15em;margin:0 0 8px}
.opt,.h,.saved{color:var(--_muted);font-weight:400;margin:0}
input,select,textarea{width:100%;min-height:44px;padding:8px 10px;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_bg)}
textarea{display:block;resize:vertical}
.row{display:flex;flex-wrap:wrap;gap:8px}
.row input{flex:1 1 12em;min-width:0}
.row select{width:auto;min-width:0;max-width:100%}
[aria-invalid=true]{border:2px solid var(--_danger)}
.e,.w,.failed{color:var(--_danger);font-weight:600;margin:0}
.w{color:var(--_warn)}
.check{display:flex;gap:8px;align-items:center;font-weight:400;min-height:44px}
.check input{flex:none;width:24px;min-height:24px;margin:0}
button{min-height:44px;padding:8px 16px;font-size:max(16px,1em);border:1px solid var(--_accent);border-radius:var(--_radius);background:var(--_bg);color:var(--_accent);cursor:pointer;margin-block:4px}
.primary{background:var(--_accent);color:var(--_on-accent);font-weight:600}
.link{border:0;padding:0 4px;min-height:24px;text-decoration:underline;text-align:start}
.sum{display:flex;flex-wrap:wrap;gap:var(--_gap)}
.card,slot{display:block;flex:1 1 260px}
.card{border:1px solid var(--_line);margin-block-end:var(--_gap)}
dd{margin:0 0 8px;white-space:pre-line}
fieldset{border:1px solid var(--_line);border-radius:var(--_radius)}
@media (forced-colors:active){[aria-invalid=true]{border-style:dashed}.primary{background:ButtonFace;color:ButtonText}}
@media print{form,fieldset,.note,.status,.saved,.actions,slot{display:none}.base{border:0}}
`;
