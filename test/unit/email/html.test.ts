import assert from 'node:assert/strict';
import { markdownToHtml } from '../../../server/src/core/compose/email/html';

describe('email/html: Markdown body -> sanitised HTML', () => {
  it('renders paragraphs, emphasis, links and lists', () => {
    const html = markdownToHtml('Dear Dana,\n\nI *really* enjoyed **it**; see [notes](https://alex.example/n).\n\n- one\n- two\n');
    assert.equal(html, '<p>Dear Dana,</p>\n<p>I <em>really</em> enjoyed <strong>it</strong>; see <a href="https://alex.example/n">notes</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });
  it('keeps the line break between sign-off and signature', () => {
    assert.equal(markdownToHtml('Best regards,\nAlex Rivera'), '<p>Best regards,<br>\nAlex Rivera</p>');
  });
  it('renders hard-wrapped prose as one flowing paragraph', () => {
    assert.equal(markdownToHtml('Thank you for taking the time to talk with me yesterday about the\nSenior Data Engineer role.'), '<p>Thank you for taking the time to talk with me yesterday about the\nSenior Data Engineer role.</p>');
  });
  // Raw HTML is never interpreted; it is shown as the writer typed it (escaped), so no word vanishes
  // from the email without the writer seeing it in the preview.
  it('never runs a <script> block: it is shown as text', () => {
    const html = markdownToHtml('Hello.\n\n<script>alert("x")</script>\n\nBye.');
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<p>&#x3C;script>alert\("x"\)&#x3C;\/script><\/p>/);
    assert.match(html, /<p>Bye\.<\/p>/);
  });
  it('never makes a raw tag or event handler live (onerror=, onclick=): they are text', () => {
    const html = markdownToHtml('Hi <img src=x onerror=alert(1)> and <a href="#" onclick="steal()">x</a>.');
    assert.doesNotMatch(html, /<img|<a /i);
    assert.match(html, /&#x3C;img src=x onerror=alert\(1\)>/);
  });
  it('keeps a word written as a tag ("explaining <details> of")', () => {
    assert.equal(markdownToHtml('Thank you for explaining <details> of the build.'), '<p>Thank you for explaining &#x3C;details> of the build.</p>');
  });
  it('removes javascript: and data: link targets (the words and the address stay as text)', () => {
    const html = markdownToHtml('[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://ok.example)');
    assert.doesNotMatch(html, /href="(javascript|data):/i);
    assert.match(html, /<a href="https:\/\/ok\.example">ok<\/a>/);
    assert.match(html, /click \(javascript:alert\(1\)\)/);
  });
  it('keeps a link whose scheme is written in capitals ([x](HTTPS://…))', () => {
    assert.equal(markdownToHtml('[docs](HTTPS://Acme.example/Docs)'), '<p><a href="https://Acme.example/Docs">docs</a></p>');
  });
  it('a `<!--` inside a code span is code, not a comment (the rest of the paragraph stays)', () => {
    assert.equal(markdownToHtml('Use `<!--` to open a comment, then close it.'), '<p>Use <code>&#x3C;!--</code> to open a comment, then close it.</p>');
  });
  it('text after a comment on its line stays', () => {
    assert.equal(markdownToHtml('<!-- note --> Dear Dana,\n\nThanks <!-- x --> again.'), '<p>Dear Dana,</p>\n<p>Thanks again.</p>');
  });
  it('makes remote images inert: a link with the description, no <img>', () => {
    const html = markdownToHtml('![tracking pixel](https://evil.example/p.png)');
    assert.doesNotMatch(html, /<img/i);
    assert.equal(html, '<p><a href="https://evil.example/p.png">tracking pixel</a></p>');
  });
  it('removes HTML comments', () => {
    assert.equal(markdownToHtml('<!-- thanks-disable tone -->\nHello.'), '<p>Hello.</p>');
  });
  it('escapes text that looks like markup', () => {
    assert.equal(markdownToHtml('1 < 2 & "quotes"'), '<p>1 &#x3C; 2 &#x26; "quotes"</p>');
  });
});
