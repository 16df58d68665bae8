// An unsent draft (.eml, RFC 5322) built by nodemailer's MailComposer: mail programs open it as a
// draft (X-Unsent: 1) with a plain-text and an HTML alternative, all UTF-8.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailMessage, Mailbox } from './message';

/** A name that needs quoting in an address header (RFC 5322 specials). */
function quoteName(name: string): string {
  return /[()<>[\]:;@\\,."]/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : name;
}

/** A mailbox for MailComposer. A name without an address becomes an empty group ("Name:;",
 *  RFC 5322 §3.4 / RFC 6854), so the draft shows who it is from or for without inventing an address. */
function address(m: Mailbox): string | { name: string; address: string } | undefined {
  if (m.address) return { name: m.name ?? '', address: m.address };
  if (m.name) return `${quoteName(m.name)}:;`;
  return undefined;
}

export interface EmlOptions {
  date?: Date;
}

export function composeEml(message: EmailMessage, options: EmlOptions = {}): Promise<Buffer> {
  const to = message.to.map(address).filter((a) => a !== undefined);
  const from = message.from ? address(message.from) : undefined;
  const composer = new MailComposer({
    ...(from ? { from } : {}),
    ...(to.length ? { to } : {}),
    subject: message.subject,
    date: options.date ?? new Date(),
    text: message.text,
    html: message.html ? `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${message.html}</body></html>` : undefined,
    textEncoding: 'quoted-printable',
    // RFC 5322 lines end in CRLF; strict mail servers and importers refuse bare LF
    newline: '\r\n',
    headers: { 'X-Unsent': '1' },
  });
  return new Promise((resolve, reject) => composer.compile().build((err, buf) => (err ? reject(err) : resolve(buf))));
}
