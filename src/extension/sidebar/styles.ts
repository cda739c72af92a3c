/**
 * The sidebar's CSS, scoped by its shadow root. `:host` rules marked !important win over the page's,
 * even the page's !important ones, so a hostile stylesheet can neither hide nor restyle the host.
 */
export const SIDEBAR_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important}
*{box-sizing:border-box}
[hidden]{display:none!important}
aside{z-index:2147483647;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;text-align:start;direction:ltr}
aside.floating{position:fixed;overflow:auto;overscroll-behavior:contain;border-radius:8px;box-shadow:0 4px 24px rgb(0 0 0/.18)}
aside.panel{padding:0 12px 10px}
header{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;align-items:center;gap:4px;padding:8px 30px 6px 0;background:inherit;border-bottom:1px solid #d0d7de;margin-bottom:4px}
h2{display:flex;align-items:center;gap:4px;margin:0;font-size:13px;font-weight:600}
h2:focus{outline:none}
h2:focus-visible{outline:2px solid #0969da}
header .close{position:absolute;top:6px;right:-4px;margin:0;padding:0 8px;font-size:16px;line-height:22px}
header .pin{position:absolute;top:6px;right:28px;margin:0;padding:0 6px;font-size:11px;line-height:22px}
header:has(.pin){padding-right:74px}
.count{display:inline-block;min-width:20px;padding:0 5px;border-radius:10px;background:#1a7f37;color:#fff;font-size:12px;font-weight:700;line-height:20px;text-align:center}
.count:not([data-count="0"]),.count[data-kind=warn]{background:#cf222e}
.dots{display:inline-flex;gap:2px;align-items:center;margin:0 2px}
.dot{display:inline-block;width:7px;height:7px;border-radius:50%;border:1.5px solid #8c959f;background:transparent}
.dot[data-dot=present]{border-color:#1a7f37;background:#1a7f37}
.chip{display:inline-block;padding:0 5px;border-radius:10px;font-size:11px;line-height:18px;background:#fff8c5;color:#7d4e00;border:1px solid #d4a72c}
.chip[data-chip=threat],.chip[data-chip=abuse]{background:#ffebe9;color:#a40e26;border-color:#ff8182}
.chip[data-chip=escalation-request]{background:#ddf4ff;color:#0550ae;border-color:#54aeff}
.notice:empty{display:none}
.ramah-badge{position:fixed;display:inline-flex;align-items:center;gap:5px;width:84px;height:26px;margin:0;padding:0 6px;border:1px solid #d0d7de;border-radius:13px;background:#fff;box-shadow:0 1px 4px rgb(0 0 0/.2);font:12px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;cursor:pointer}
.ramah-badge .count{min-width:18px;line-height:18px;font-size:11px}
summary{cursor:pointer}
summary:focus-visible{outline:2px solid #0969da;outline-offset:1px}
.banner summary{display:flex;gap:4px;align-items:baseline;list-style:none}
.banner summary::-webkit-details-marker{display:none}
.banner .line{flex:1;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.banner .more{flex:none;color:#0969da;text-decoration:underline}
.banner[open] .line,.banner[open] .more{display:none}
.about{margin-top:10px}
h3{margin:12px 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#57606a}
p{margin:4px 0}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 6px}
button{font:inherit;color:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:3px 8px;margin:2px 4px 2px 0;text-align:start}
button:hover{background:#eaeef2}
button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible{outline:2px solid #0969da;outline-offset:1px}
button.phrase{display:block;width:100%;white-space:pre-wrap;background:#fff}
button.primary{background:#1f883d;border-color:#1f883d;color:#fff}
.meta{color:#57606a;font-size:12px}
.finding{border-left:3px solid #bf8700;padding-left:8px}
.finding[data-kind=warning]{border-left-color:#cf222e}
.also{margin:-2px 0 4px;color:#57606a;font-size:12px;line-height:1.35}
.also p{margin:0;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;line-clamp:2;overflow:hidden}
.also-label{font-weight:600}
del{color:#cf222e}
ins{color:#1a7f37;text-decoration:none;font-weight:600}
.banner{border:1px solid #d4a72c;background:#fff8c5;border-radius:6px;padding:4px 8px;margin:6px 0}
.banner[data-context=threat],.banner[data-context=abuse]{border-color:#cf222e;background:#ffebe9}
.notes{margin:2px 0 6px}
.handover{border:1px solid #54aeff;background:#ddf4ff;border-radius:6px;padding:4px 8px;margin:6px 0}
.handover h3{margin:2px 0}
.handover p{margin:4px 0}
.approval{border:1px solid #54aeff;background:#ddf4ff;border-radius:6px;padding:4px 8px;margin:6px 0}
.approval p{margin:2px 0 4px}
.step .step-name::before{content:"○ ";color:#cf222e}
.step[data-state=present] .step-name::before{content:"✓ ";color:#1a7f37}
.step li{margin:4px 0 4px 16px}
.step>ul,.step details>ul{margin-top:4px}
.badge{display:inline-block;margin-inline-start:6px;padding:0 6px;border-radius:9px;background:#ddf4ff;color:#0969da;font-size:11px}
input,textarea,select{font:inherit;width:100%;margin:4px 0;padding:4px 8px;border:1px solid #d0d7de;border-radius:6px;background:#fff;color:inherit}
textarea{resize:vertical;white-space:pre-wrap}
form label{display:block;margin-top:6px;font-size:12px;font-weight:600}
button:disabled{opacity:.6;cursor:default}
.notice{font-weight:600;color:#0969da}
.finding-actions{display:flex;flex-wrap:wrap;gap:0 10px;margin-top:2px}
.finding-actions button{margin:0;padding:1px 0;border:0;background:none;color:#57606a;font-size:12px;text-decoration:underline;text-underline-offset:2px}
.finding-actions button:hover{background:none;color:#1f2328}
button.undo{margin:0 0 6px}
.breathing{position:relative;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6fbf7;border:1px solid #b7dcc2;border-left:3px solid #4a9d68;border-radius:8px;padding:8px 30px 8px 12px;text-align:start;direction:ltr}
.breathing.floating{position:fixed;z-index:2147483646;box-shadow:0 2px 10px rgb(0 0 0/.12)}
.breathing h2{font-size:13px;color:#1a5d36}
.breathing .close{position:absolute;top:4px;right:2px;margin:0;padding:0 8px;border:0;background:none;font-size:16px;line-height:22px;color:#57606a}
.breathing .close:hover{background:none;color:#1f2328}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){
aside,button.phrase,.ramah-badge,input,textarea,select{background:#161b22;color:#e6edf3;border-color:#30363d}
button{background:#21262d;border-color:#30363d}
button:hover{background:#30363d}
.finding-actions button{background:none;color:#8d96a0}
.banner{background:#2d2a12}
.banner[data-context=threat],.banner[data-context=abuse]{background:#3a1d1d}
.handover,.approval{background:#0c2d48;border-color:#1f6feb}
.meta,h3,.also{color:#8d96a0}
.breathing{background:#12261a;color:#e6edf3;border-color:#2e5a3d;border-left-color:#4a9d68}
.breathing h2{color:#8fd3a5}
.breathing .close{background:none;color:#8d96a0}
}
`;
