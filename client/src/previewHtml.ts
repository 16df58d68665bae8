// The preview's page: a strict Content-Security-Policy (nothing but this page's own nonce'd style
// and script), colours from the VS Code theme variables, and the body set from sanitised HTML.
import { randomBytes } from 'node:crypto';

export function nonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export function contentSecurityPolicy(n: string): string {
  return [`default-src 'none'`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`, `img-src 'none'`, `font-src 'none'`, `connect-src 'none'`, `media-src 'none'`, `frame-src 'none'`, `form-action 'none'`, `base-uri 'none'`].join('; ');
}

const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 0 0 2em; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); }
.readiness { display: flex; flex-wrap: wrap; gap: .4em 1.2em; align-items: center; justify-content: space-between; padding: .5em 1.5em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); background: var(--vscode-sideBar-background, var(--vscode-editor-background)); }
.readiness .state { font-weight: 600; }
.readiness .ready { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.readiness .errors { color: var(--vscode-editorError-foreground); }
.readiness .warnings { color: var(--vscode-editorWarning-foreground); }
.readiness .late { color: var(--vscode-editorWarning-foreground); }
.readiness .facts { display: flex; flex-wrap: wrap; gap: .4em 1.2em; align-items: center; flex: 1 1 12em; min-width: 0; }
/* The buttons stay together on one row: the facts wrap first, then the whole group moves down. */
.readiness .actions { display: flex; flex-wrap: nowrap; gap: .4em; flex: none; white-space: nowrap; }
button { font: inherit; color: var(--vscode-button-secondaryForeground, var(--vscode-button-foreground)); background: var(--vscode-button-secondaryBackground, var(--vscode-button-background)); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: .25em .8em; cursor: pointer; }
button.primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--vscode-button-hoverBackground)); }
button.primary:hover { background: var(--vscode-button-hoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.mail { max-width: 46em; margin: 1.2em auto 0; padding: 0 1.5em; }
.headers { display: grid; grid-template-columns: max-content 1fr; gap: .3em 1em; padding-bottom: .8em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
.headers dt { color: var(--vscode-descriptionForeground); }
.headers dd { margin: 0; overflow-wrap: anywhere; }
.headers .subject { font-weight: 600; }
.missing { color: var(--vscode-descriptionForeground); font-style: italic; }
.body { padding-top: .6em; line-height: 1.55; }
.body a { color: var(--vscode-textLink-foreground); }
.body blockquote { margin: 0; padding-left: 1em; border-left: 3px solid var(--vscode-textBlockQuote-border); color: var(--vscode-textBlockQuote-foreground, inherit); }
.body code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); }
.status { min-height: 1.2em; color: var(--vscode-descriptionForeground); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
let current;
const $ = (id) => document.getElementById(id);
function mailbox(m) { return m.name && m.address ? m.name + ' <' + m.address + '>' : (m.name || m.address || ''); }
function setText(id, text, placeholder) {
  const el = $(id);
  el.textContent = text || placeholder;
  el.classList.toggle('missing', !text);
}
function render(r) {
  current = r;
  setText('from', r.from ? mailbox(r.from) : '', 'you (set thanks.candidateName or candidate:)');
  setText('to', r.to.map(mailbox).join(', '), 'no interviewer yet');
  setText('subject', r.subject, 'no subject yet');
  // Sanitised on the server (hast-util-sanitize); the CSP blocks scripts and remote content besides.
  $('body').innerHTML = r.html;
  const x = r.readiness;
  const parts = [];
  const state = $('state');
  if (x.sent) { state.textContent = 'Sent ' + x.sent; state.className = 'state ready'; }
  else if (x.ready) { state.textContent = '\\u2713 Ready to send'; state.className = 'state ready'; }
  else { state.textContent = 'Not ready'; state.className = 'state'; }
  $('errors').textContent = x.errors + (x.errors === 1 ? ' error' : ' errors');
  $('errors').hidden = x.errors === 0;
  $('warnings').textContent = x.warnings + (x.warnings === 1 ? ' warning' : ' warnings');
  $('warnings').hidden = x.warnings === 0;
  $('words').textContent = x.words + (x.words === 1 ? ' word' : ' words') + ' \\u00b7 ' + (x.readingMinutes <= 1 ? 'under a minute to read' : x.readingMinutes + ' min read');
  $('window').textContent = r.window || '';
  $('window').className = x.hoursLeft !== undefined && x.hoursLeft <= 0 ? 'late' : '';
  document.body.dataset.version = String(r.version);
}
async function copyRich() {
  if (!current) return;
  const html = '<div>' + current.html + '</div>';
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([current.text], { type: 'text/plain' }) })]);
    document.body.dataset.copied = 'clipboard';
    vscode.postMessage({ type: 'copied', ok: true });
  } catch (error) {
    document.body.dataset.copyError = String(error);
    // Older hosts: copy the rendered body as a selection, which carries its formatting.
    const range = document.createRange();
    range.selectNodeContents($('body'));
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const ok = document.execCommand('copy');
    sel.removeAllRanges();
    document.body.dataset.copied = ok ? 'selection' : 'failed';
    vscode.postMessage({ type: 'copied', ok, error: ok ? undefined : String(error) });
  }
}
$('copy-rich').addEventListener('click', copyRich);
$('copy-text').addEventListener('click', () => vscode.postMessage({ type: 'command', command: 'thanks.copyEmailText' }));
$('copy-subject').addEventListener('click', () => vscode.postMessage({ type: 'command', command: 'thanks.copySubject' }));
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m && m.type === 'render') render(m.result);
  if (m && m.type === 'status') $('status').textContent = m.text;
});
vscode.postMessage({ type: 'ready' });
`;

export function previewHtml(n: string, title: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(n)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style nonce="${n}">${STYLE}</style>
</head>
<body>
<div class="readiness" role="status" aria-live="polite">
  <span class="facts">
    <span id="state" class="state">Rendering…</span>
    <span id="errors" class="errors" hidden></span>
    <span id="warnings" class="warnings" hidden></span>
    <span id="words"></span>
    <span id="window"></span>
  </span>
  <span class="actions">
    <button id="copy-rich" class="primary" title="Copy the email with its formatting, to paste into webmail">Copy as rich text</button>
    <button id="copy-text" title="Copy the email as plain text">Copy text</button>
    <button id="copy-subject" title="Copy the subject line">Copy subject</button>
  </span>
</div>
<main class="mail">
  <dl class="headers">
    <dt>From</dt><dd id="from"></dd>
    <dt>To</dt><dd id="to"></dd>
    <dt>Subject</dt><dd id="subject" class="subject"></dd>
  </dl>
  <article id="body" class="body"></article>
  <p id="status" class="status"></p>
</main>
<script nonce="${n}">${SCRIPT}</script>
</body>
</html>`;
}
