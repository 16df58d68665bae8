import assert from 'node:assert/strict';
import { markdownToText } from '../../../server/src/core/compose/email/plain-text';

describe('email/plain-text: Markdown body -> readable text', () => {
  it('drops emphasis and keeps the words', () => {
    assert.equal(markdownToText('I *really* enjoyed **the** _demo_ and __tour__.'), 'I really enjoyed the demo and tour.\n');
  });
  it('writes links as "text (url)" and bare links once', () => {
    assert.equal(markdownToText('See [the write-up](https://alex.example/post) or <https://alex.example>.'), 'See the write-up (https://alex.example/post) or https://alex.example.\n');
    assert.equal(markdownToText('Mail [me](mailto:alex@rivera.example).'), 'Mail me (alex@rivera.example).\n');
  });
  it('keeps bullet and numbered lists with "- " and "1. "', () => {
    const md = 'Highlights:\n\n* streaming\n* on-call\n\n3. first\n4. second\n';
    assert.equal(markdownToText(md), 'Highlights:\n\n- streaming\n- on-call\n\n3. first\n4. second\n');
  });
  it('indents continuation lines of a list item under its marker', () => {
    assert.equal(markdownToText('- one\n  still one\n- two\n'), '- one\n  still one\n- two\n');
  });
  it('removes HTML comments (directives are invisible in the email)', () => {
    const md = '<!-- thanks-disable tone -->\nDear Dana,\n\nThanks <!-- inline note --> again.\n';
    assert.equal(markdownToText(md), 'Dear Dana,\n\nThanks again.\n');
  });
  it('separates paragraphs with one blank line and keeps line breaks inside them', () => {
    const md = 'Dear Dana,\n\n\n\nFirst paragraph.\n\nBest regards,\nAlex Rivera\n555-0100\n';
    assert.equal(markdownToText(md), 'Dear Dana,\n\nFirst paragraph.\n\nBest regards,\nAlex Rivera\n555-0100\n');
  });
  it('joins hard-wrapped prose lines but keeps the lines of a sign-off or signature block', () => {
    const md = 'Thank you for taking the time to talk with me yesterday about the\nSenior Data Engineer role at Northwind Health.\n\nBest regards,\nAlex Rivera\n(415) 555-0142\n';
    assert.equal(markdownToText(md), 'Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role at Northwind Health.\n\nBest regards,\nAlex Rivera\n(415) 555-0142\n');
  });
  it('keeps hard line breaks (two trailing spaces or a backslash) as one line break', () => {
    assert.equal(markdownToText('Best regards,  \nAlex Rivera\\\nPhone'), 'Best regards,\nAlex Rivera\nPhone\n');
  });
  it('keeps raw HTML as the writer typed it (as the HTML part shows it), so no word vanishes', () => {
    assert.equal(markdownToText('Hello <b>there</b>.\n\n<script>alert(1)</script>\n\nBye.'), 'Hello <b>there</b>.\n\n<script>alert(1)</script>\n\nBye.\n');
    assert.equal(markdownToText('Thank you for explaining <details> of the build.'), 'Thank you for explaining <details> of the build.\n');
  });
  it('a `<!--` inside a code span does not swallow the text after it', () => {
    assert.equal(markdownToText('Use `<!--` to open a comment, then close it.\n\nBye.'), 'Use <!-- to open a comment, then close it.\n\nBye.\n');
  });
  it('a link with a capitalised scheme keeps its address', () => {
    assert.equal(markdownToText('[docs](HTTPS://acme.example/docs)'), 'docs (HTTPS://acme.example/docs)\n');
  });
  it('turns images into their description and address, never an embed', () => {
    assert.equal(markdownToText('![team photo](https://x.example/p.png)'), 'team photo (https://x.example/p.png)\n');
  });
  it('keeps inline code text and block quotes', () => {
    assert.equal(markdownToText('Use `kafka-topics`.\n\n> quoted\n'), 'Use kafka-topics.\n\n> quoted\n');
  });
});
