/**
 * The side panel's own CSS, over the sidebar's (SIDEBAR_CSS): the panel fills the browser's side
 * panel and scrolls with it, instead of floating fixed over a page.
 */
export const SIDE_PANEL_CSS = `
html,body{margin:0;background:#fff;color:#1f2328}
aside{position:static!important;width:auto!important;height:auto!important;max-height:none!important;border:0!important;box-shadow:none!important;overflow:visible!important}
[data-action=collapse]{display:none!important}
.pin-bar{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;padding:8px 12px;border-bottom:1px solid #d0d7de;background:#f6f8fa;font:12px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#57606a}
.pin-bar p{flex:1 1 12em;margin:0}
.pin-bar button{flex:none}
.breathing{margin:8px 12px 0}
.status{padding:16px 12px;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#57606a}
@media (prefers-color-scheme:dark){
html,body{background:#161b22;color:#e6edf3}
.pin-bar{background:#0d1117;border-color:#30363d;color:#8d96a0}
.status{color:#8d96a0}
}
`;
