// The overlay's look, in its shadow root so the mail page's styles never reach it. The
// severities are drawn as on the web page: a wavy red line for an error, a solid amber one for
// a warning, a dotted blue one for a suggestion. Every colour against its background passes
// WCAG AA (4.5:1 for text, 3:1 for the lines); a test measures them.
export const colours = {
  ink: '#1b1f24',
  muted: '#4a5360',
  paper: '#ffffff',
  accent: '#1f4e79',
  focus: '#0b5fff',
  error: '#b3261e',
  warning: '#8a5300',
  warningLine: '#b36b00',
  info: '#1d5fa8'
} as const

export const overlayCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.clip { position: fixed; overflow: hidden; pointer-events: none; z-index: 2147483000; }
.mark { position: absolute; pointer-events: none; border-radius: 2px; }
.mark.sev-error {
  background:
    linear-gradient(135deg, transparent 62%, ${colours.error} 62% 88%, transparent 88%) left bottom / 6px 4px repeat-x,
    linear-gradient(45deg, transparent 62%, ${colours.error} 62% 88%, transparent 88%) left bottom / 6px 4px repeat-x,
    rgb(179 38 30 / 0.12);
}
.mark.sev-warning { background: rgb(230 150 0 / 0.18); border-bottom: 2px solid ${colours.warningLine}; }
.mark.sev-info { background: rgb(29 95 168 / 0.12); border-bottom: 2px dotted ${colours.info}; }
.mark.active { outline: 2px solid ${colours.focus}; }
.ui {
  font: 14px/1.45 ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: ${colours.ink};
}
.toggle {
  position: fixed; z-index: 2147483001; pointer-events: auto;
  font: 600 12px/1 ui-sans-serif, system-ui, sans-serif;
  border: 1px solid ${colours.accent}; border-radius: 12px; padding: 4px 9px;
  background: ${colours.paper}; color: ${colours.accent}; cursor: pointer;
}
.toggle.has-errors { border-color: ${colours.error}; color: ${colours.error}; }
:focus-visible { outline: 3px solid ${colours.focus}; outline-offset: 2px; }
.panel, .card {
  position: fixed; z-index: 2147483002; pointer-events: auto;
  background: ${colours.paper}; border: 1px solid #7a8694; border-radius: 6px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); padding: 10px 12px;
}
.panel { width: 22rem; max-height: 60vh; overflow: auto; }
.card { width: 20rem; max-height: 50vh; overflow: auto; }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.panel p, .card p { margin: 4px 0; }
.hint, .timing { color: ${colours.muted}; font-size: 12px; }
.problem { color: ${colours.error}; font-weight: 600; }
ol { list-style: none; margin: 6px 0 0; padding: 0; }
li { margin: 0 0 6px; border-left: 4px solid #c9d1da; padding-left: 6px; }
li.sev-error { border-left-color: ${colours.error}; }
li.sev-warning { border-left-color: ${colours.warningLine}; }
li.sev-info { border-left-color: ${colours.info}; }
button { font: inherit; cursor: pointer; }
button.finding {
  display: block; width: 100%; text-align: left; border: 0; background: transparent;
  color: ${colours.ink}; padding: 2px;
}
button.finding:hover { background: #eef2f6; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 0 4px; border-radius: 3px; color: #fff; }
.sev-error .badge, .badge.sev-error { background: ${colours.error}; }
.sev-warning .badge, .badge.sev-warning { background: ${colours.warning}; }
.sev-info .badge, .badge.sev-info { background: ${colours.info}; }
.card .rule { color: ${colours.muted}; font-size: 12px; }
.card code { font-family: ui-monospace, Menlo, Consolas, monospace; color: ${colours.ink}; }
.rewrites { display: flex; flex-wrap: wrap; gap: 4px 6px; margin-top: 6px; }
.rewrites button { border: 1px solid ${colours.accent}; border-radius: 4px; background: ${colours.paper}; color: ${colours.accent}; padding: 3px 8px; }
.rewrites button.safe { background: ${colours.accent}; color: #fff; }
.rewrites button.unsafe { border-style: dashed; }
.close { float: right; border: 0; background: transparent; color: ${colours.muted}; font-size: 16px; line-height: 1; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`
