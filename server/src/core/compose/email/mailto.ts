// mailto: URLs (RFC 6068): addresses, subject and body percent-encoded as UTF-8.

/** Many mail programs and browsers cut or refuse mail links longer than this. */
export const SAFE_MAILTO_LENGTH = 2000;

export interface MailtoResult {
  url: string;
  length: number;
  /** True when the link is longer than SAFE_MAILTO_LENGTH; the body may arrive cut off. */
  tooLong: boolean;
}

/** RFC 6068 `hfvalue`/`addr-spec` encoding: everything outside the unreserved set is %-encoded,
 *  line breaks become %0D%0A, and '@' stays readable in addresses. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function encodeAddress(address: string): string {
  return encode(address.trim()).replace(/%40/g, '@');
}

export function buildMailto(fields: { to?: string[]; subject?: string; body?: string }, limit = SAFE_MAILTO_LENGTH): MailtoResult {
  const to = (fields.to ?? []).filter((a) => a.trim()).map(encodeAddress).join(',');
  const params: string[] = [];
  if (fields.subject) params.push('subject=' + encode(fields.subject));
  if (fields.body) params.push('body=' + encode(fields.body.replace(/\r?\n/g, '\r\n')));
  const url = `mailto:${to}${params.length ? '?' + params.join('&') : ''}`;
  return { url, length: url.length, tooLong: url.length > limit };
}
