/**
 * The sidebar's CSS, scoped by its shadow root. `:host` rules marked !important win over the page's,
 * even the page's !important ones, so a hostile stylesheet can neither hide nor restyle the host.
 */
export const SIDEBAR_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important}
*{box-sizing:border-box}
[hidden]{display:none!important}
aside{position:fixed;z-index:2147483647;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;box-shadow:0 4px 24px rgb(0 0 0/.15);text-align:start;direction:ltr}
aside.panel{width:min(320px,100vw);overflow:auto;padding:0 12px 12px;border-radius:0}
aside.tab{width:40px;border-radius:8px 0 0 8px}
aside.tab.left{border-radius:0 8px 8px 0}
header{position:sticky;top:0;display:flex;align-items:center;gap:8px;padding:10px 0 8px;background:inherit;border-bottom:1px solid #d0d7de;margin-bottom:8px}
h2{flex:1;margin:0;font-size:15px}
h3{margin:12px 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#57606a}
p{margin:4px 0}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 6px}
button{font:inherit;color:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:3px 8px;margin:2px 4px 2px 0;text-align:start}
button:hover{background:#eaeef2}
button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible{outline:2px solid #0969da;outline-offset:1px}
button.phrase{display:block;width:100%;white-space:pre-wrap;background:#fff}
button.primary{background:#1f883d;border-color:#1f883d;color:#fff}
.tab-button{width:100%;height:128px;margin:0;border:0;border-radius:inherit;writing-mode:vertical-rl;font-weight:600;background:#fff}
.count{display:inline-block;min-width:18px;margin-top:6px;border-radius:9px;background:#cf222e;color:#fff;font-size:11px;text-align:center;writing-mode:horizontal-tb}
.meta{color:#57606a;font-size:12px}
.finding{border-left:3px solid #bf8700;padding-left:8px}
.finding[data-kind=warning]{border-left-color:#cf222e}
del{color:#cf222e}
ins{color:#1a7f37;text-decoration:none;font-weight:600}
.banner{border:1px solid #bf8700;background:#fff8c5;border-radius:6px;padding:6px 8px;margin:8px 0}
.banner[data-context=threat],.banner[data-context=abuse]{border-color:#cf222e;background:#ffebe9}
.banner h3{margin-top:0;color:inherit}
.step>span::before{content:"○ ";color:#cf222e}
.step[data-state=present]>span::before{content:"✓ ";color:#1a7f37}
.step ul{margin:4px 0 0 16px}
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
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){
aside,button.phrase,.tab-button,input,textarea,select{background:#161b22;color:#e6edf3;border-color:#30363d}
button{background:#21262d;border-color:#30363d}
button:hover{background:#30363d}
.finding-actions button{background:none;color:#8d96a0}
.banner{background:#2d2a12}
.banner[data-context=threat],.banner[data-context=abuse]{background:#3a1d1d}
.meta,h3{color:#8d96a0}
}
`;
