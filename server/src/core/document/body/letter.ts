// The body read as a letter: the greeting on the first line, the sign-off and the signature at the
// end, and the name lines in between.
import type { Salutation, Signature, SignOff } from '../model';
import type { Span } from '../span';
import { SIGN_OFFS_GOOD, SIGN_OFFS_POOR } from '../../lexicon/signoffs';

const GREETING_RE =
  /^(?:(to whom it may concern)|(dear sir or madam|dear sir\/madam|dear sir|dear madam)|(dear|hello|hi|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|yo)\b[ \t]*)/i;
/** A line that is just a name: "Alex Rivera", "Thu Ha Nguyen, CPA", "María de la Cruz". */
export function isNameLine(line: string): boolean {
  const t = line.replace(/[,.]$/, '').trim();
  if (!t || /[!?:;]$/.test(line.trim()) || /\.$/.test(line.trim()) && !/\b\p{Lu}\.$/u.test(line.trim())) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}\[(<{]/u.test(w) || /^(?:de|da|del|van|von|der|la|le|bin|al|y|e|di|du)$/i.test(w));
}

export function normaliseSignOff(line: string): string {
  // Markdown emphasis around the closing ("*Best regards,*") is not part of it.
  return line.toLowerCase().replace(/[’]/g, "'").replace(/^[*_\s]+|[*_\s]+$/g, '').replace(/[\s,.!:;—–-]+$/, '').replace(/\s+/g, ' ').trim();
}

export function classifySignOff(line: string): 'good' | 'poor' | undefined {
  if (line.length > 200) return undefined; // no closing is that long (and the trimming below is not linear)
  const n = normaliseSignOff(line);
  if (SIGN_OFFS_GOOD.has(n)) return 'good';
  if (SIGN_OFFS_POOR.has(n)) return 'poor';
  return undefined;
}

export function findSalutation(text: string, first: Span | undefined): Salutation | undefined {
  if (!first) return undefined;
  const line = text.slice(first.start, first.end);
  if (line.length > 300) return undefined; // a greeting is short; a pasted wall of text is not one
  const m = GREETING_RE.exec(line);
  let greetingEnd: number;
  if (m) {
    greetingEnd = m[0].length;
  } else {
    // "Dana," on its own line is a greeting too
    if (!/^[\p{Lu}\[<{][^.!?]{0,60}[,:]$/u.test(line) || line.split(/\s+/).length > 6) return undefined;
    greetingEnd = 0;
  }
  const words = line.split(/\s+/).length;
  if (words > 14 && !/[,:!]$/.test(line)) return undefined;
  const greeting = line.slice(0, greetingEnd).trim();
  const rest = line.slice(greetingEnd);
  const addressee = rest.replace(/[,:!.]+\s*$/, '').trim();
  const addrStart = first.start + greetingEnd + (rest.length - rest.trimStart().length);
  const salutation: Salutation = {
    start: first.start,
    end: first.end,
    text: line,
    greeting,
    greetingSpan: { start: first.start, end: first.start + greeting.length },
    addressee,
    addresseeSpan: { start: addrStart, end: addrStart + addressee.length },
    names: [],
  };
  if (m && (m[1] || m[2])) return salutation; // impersonal formulas name nobody
  // Split "Hélène, Kwame, and Yuki" into names, keeping offsets.
  const re = /[^,&]+/g;
  for (let part = re.exec(addressee); part; part = re.exec(addressee)) {
    let chunk = part[0];
    let at = part.index;
    const subParts = chunk.split(/\s+and\s+/i);
    for (const sp of subParts) {
      const idx = chunk.indexOf(sp);
      const lead = sp.length - sp.trimStart().length;
      const name = sp.trim().replace(/^and\s+/i, '');
      const nameAt = addrStart + at + idx + lead + (sp.trim().length - name.length);
      if (name) salutation.names.push({ text: name, span: { start: nameAt, end: nameAt + name.length } });
      chunk = chunk.slice(idx + sp.length);
      at += idx + sp.length;
    }
  }
  return salutation;
}

export function findClosing(text: string, lines: Span[]): { signOff?: SignOff; signature?: Signature; closingStart?: number } {
  const tail = lines.slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = text.slice(tail[i].start, tail[i].end);
    const after = tail.length - 1 - i;
    const kind = classifySignOff(line);
    const shortWithComma = /^[\p{Lu}][^.!?]{0,40},$/u.test(line) && line.split(/\s+/).length <= 4;
    if ((kind || shortWithComma) && after <= 6) {
      const signOff: SignOff = { start: tail[i].start, end: tail[i].end, text: line };
      let signature: Signature | undefined;
      if (after > 0) {
        const nameLine = tail[i + 1];
        signature = {
          start: nameLine.start,
          end: tail[tail.length - 1].end,
          name: text.slice(nameLine.start, nameLine.end),
          nameSpan: nameLine,
          extraLines: tail.slice(i + 2).map((l) => ({ text: text.slice(l.start, l.end), span: l })),
        };
      }
      return { signOff, signature, closingStart: tail[i].start };
    }
  }
  // No sign-off: a last line that is just a name is the signature.
  const last = tail[tail.length - 1];
  if (last && tail.length > 1) {
    const line = text.slice(last.start, last.end);
    if (isNameLine(line)) {
      return {
        signature: { start: last.start, end: last.end, name: line, nameSpan: last, extraLines: [] },
        closingStart: last.start,
      };
    }
  }
  return {};
}
