// An unsent draft (.eml, RFC 5322) built by nodemailer's MailComposer: mail programs open it as a
// draft (X-Unsent: 1) with a plain-text and an HTML alternative, all UTF-8.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailMessage, Mailbox } from './message';

/** A mailbox for MailComposer, or nothing without an address: a name alone would need an empty
 *  group ("Name:;"), which mail programs show as a broken sender; left out, they fill it in. */
function address(m: Mailbox): { name: string; address: string } | undefined {
  return m.address ? { name: m.name ?? '', address: m.address } : undefined;
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
