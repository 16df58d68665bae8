import assert from 'node:assert/strict';
import { buildMailto, SAFE_MAILTO_LENGTH } from '../../../server/src/core/compose/email/mailto';

describe('email/mailto: RFC 6068 links', () => {
  it('puts addresses in the path and subject/body as percent-encoded UTF-8 fields', () => {
    const r = buildMailto({ to: ['dana.whitfield@northwind.example'], subject: 'Thank you — Senior Data Engineer', body: 'Dear Dana,\n\nThanks & regards?' });
    assert.equal(r.url, 'mailto:dana.whitfield@northwind.example?subject=Thank%20you%20%E2%80%94%20Senior%20Data%20Engineer&body=Dear%20Dana%2C%0D%0A%0D%0AThanks%20%26%20regards%3F');
    assert.equal(r.tooLong, false);
    assert.equal(r.length, r.url.length);
  });
  it('separates several recipients with commas and encodes reserved characters in addresses', () => {
    assert.equal(buildMailto({ to: ['a@x.example', 'b+jobs@y.example'] }).url, 'mailto:a@x.example,b%2Bjobs@y.example');
  });
  it('encodes the characters encodeURIComponent leaves alone but RFC 6068 reserves', () => {
    const url = buildMailto({ subject: "It's (really) done!*" }).url;
    assert.equal(url, 'mailto:?subject=It%27s%20%28really%29%20done%21%2A');
  });
  it('encodes non-ASCII names and words as UTF-8', () => {
    assert.match(buildMailto({ body: 'Hélène' }).url, /body=H%C3%A9l%C3%A8ne$/);
  });
  it('reports a link over the safe length', () => {
    const body = 'word '.repeat(500);
    const r = buildMailto({ to: ['a@x.example'], subject: 's', body });
    assert.ok(r.length > SAFE_MAILTO_LENGTH);
    assert.equal(r.tooLong, true);
    assert.equal(buildMailto({ body: 'short' }, 5).tooLong, true);
  });
  it('omits empty fields', () => {
    assert.equal(buildMailto({ to: [''], subject: '', body: '' }).url, 'mailto:');
  });
});
