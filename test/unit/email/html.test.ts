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
  it('drops <script> blocks entirely', () => {
    const html = markdownToHtml('Hello.\n\n<script>alert("x")</script>\n\nBye.');
    assert.doesNotMatch(html, /script|alert/i);
    assert.match(html, /<p>Bye\.<\/p>/);
  });
  it('drops event handlers (onerror=) and raw tags', () => {
    const html = markdownToHtml('Hi <img src=x onerror=alert(1)> and <a href="#" onclick="steal()">x</a>.');
    assert.doesNotMatch(html, /onerror|onclick|alert|steal|<img/i);
  });
  it('removes javascript: and data: link targets', () => {
    const html = markdownToHtml('[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://ok.example)');
    assert.doesNotMatch(html, /javascript:|data:/i);
    assert.match(html, /<a href="https:\/\/ok\.example">ok<\/a>/);
    assert.match(html, /<a>click<\/a>/);
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
