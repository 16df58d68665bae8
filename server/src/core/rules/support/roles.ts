// The role as the note names it: the front-matter role's variants ("Registered Nurse (Night Shift)"
// is named as "Registered Nurse") and other Title-Case roles named where the role belongs.
import type { ThanksDocument } from '../../document/model';
import type { Span } from '../../document/span';
import { factsOf } from '../../document/facts';
import { fold, stem } from '../../document/text';
import { sentenceTokens, type Token } from '../../document/tokens';
import { wordFamily } from '../../language/morphology';
import roleData from '../../lexicon/roles.json';
import { documentCache } from '../../document/caches';

/** The folded role with its seniority and level words trimmed, for lenient matching. */
export function roleVariants(role: string | undefined): string[] {
  if (!role) return [];
  const full = fold(role).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  const variants = new Set<string>([full]);
  // "Registered Nurse (Night Shift)" is named as "Registered Nurse".
  const base = fold(role).replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim() || full;
  variants.add(base);
  const head = base.split(/\s*[:,–—]\s*|\s+-\s+/)[0].trim();
  variants.add(head);
  const words = head.split(' ');
  const trimmed = words
    .filter((w, i) => !(i === 0 && /^(senior|sr|junior|jr|lead|principal|staff|associate|assistant|chief|head|entry-level)$/.test(w)))
    .filter((w, i, a) => !(i === a.length - 1 && /^(i{1,3}|iv|v|[1-5])$/.test(w)));
  variants.add(trimmed.join(' '));
  // The last two words ("physical therapist" for "outpatient physical therapist").
  if (trimmed.length >= 3) variants.add(trimmed.slice(-2).join(' '));
  return [...variants].filter((v) => v.length >= 3);
}

// A Title-Case job name placed where the role belongs: "the Accounts Payable Clerk position",
// "the role of Data Analyst", "as your next Office Manager".
const ROLE_SLOT =
  /\b(?:the|this|your|for)\s+((?:\p{Lu}[\p{L}\p{M}&/-]*|[0-9]+|of|and|&)(?:\s+(?:\p{Lu}[\p{L}\p{M}&/-]*|[0-9]+|of|and|&|I{1,3})){0,6})\s+(?:position|role|job|opening|vacancy|post)\b|\b(?:position|role|post) of\s+((?:an?\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}-]*|of|and|I{1,3})){0,6})/gu;

/** Seniority and level words do not make a different role. */
const SENIORITY = /^(senior|sr|junior|jr|lead|principal|staff|associate|assistant|chief|head|i{1,3}|iv|[1-5])$/;

/** Title-Case role names in the body that are not the front-matter role. */
export function otherRolesNamed(doc: ThanksDocument): { named: string; span: Span }[] {
  const out: { named: string; span: Span }[] = [];
  const role = doc.frontMatter.role;
  if (!role) return out;
  const variants = roleVariants(role);
  const roleStems = new Set(fold(role).split(/\s+/).map(stem));
  const companyStems = new Set([...factsOf(doc).companyKeys].map(stem));
  const prose = doc.body.prose;
  for (const p of doc.body.paragraphs) {
    const text = prose.slice(p.start, p.end);
    ROLE_SLOT.lastIndex = 0;
    for (let m = ROLE_SLOT.exec(text); m; m = ROLE_SLOT.exec(text)) {
      const raw = m[1] ?? m[2];
      const bare = raw.replace(/^an?\s+/i, '');
      const named = bare.replace(/\s+/g, ' ').trim();
      const f = fold(named);
      if (variants.some((v) => f.includes(v) || v.includes(f))) continue;
      const words = f.split(' ').filter((w) => !['of', 'and', '&'].includes(w) && !SENIORITY.test(w));
      // Only names that look like a job title: at least two words.
      if (words.length < 2) continue;
      // Shares most words with the role ("Data Analyst II" vs "Data Analyst") or names the company: fine.
      const shared = words.filter((w) => roleStems.has(stem(w))).length;
      if (shared / words.length > 0.5) continue;
      if (words.some((w) => companyStems.has(stem(w)))) continue;
      const at = p.start + m.index + m[0].indexOf(raw) + (raw.length - bare.length);
      const span = { start: at, end: at + bare.trimEnd().length };
      out.push({ named, span });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Whether the note names the role at all, as people write it: "the nursing position" for Registered
// Nurse, "the RN role", "Sr. Accountant", "the occupational therapy position", "COO", "work as your
// herdsman". A mention is a phrase headed by a job noun (position, role, job, opening…) or "as (a|
// your) …"; it names the role when one of its words is in the family of a distinctive role word, or
// stands for one (an abbreviation or the role's initials).

const HEADS = new Set(roleData.heads);
const GENERIC = new Set(roleData.generic);
const ABBREVIATIONS = new Map(Object.entries(roleData.abbreviations as Record<string, string>));
const STOP = new Set(['the', 'this', 'that', 'your', 'a', 'an', 'my', 'our', 'for', 'about', 'of', 'at', 'in', 'on', 'to', 'with', 'as', 'and', 'new', 'open', 'next', 'current']);

/** The distinctive words of a role ("Registered Nurse - Emergency Department" -> nurse, emergency, department), as families. */
export function roleFamilies(role: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(role).split(/[^\p{L}\p{N}]+/u)) if (w && !GENERIC.has(w) && w.length > 1) out.add(wordFamily(w));
  return out;
}

/** The role's initials: COO for Chief Operating Officer, RN for Registered Nurse. */
function initials(role: string): string {
  return role.split(/[\s/-]+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:of|and|the|for)$/i.test(w)).map((w) => w[0].toLowerCase()).join('');
}

/** The words a token stands for: itself, or its abbreviation's expansion. */
function expansions(norm: string): string[] {
  const full = ABBREVIATIONS.get(norm);
  return full ? [norm, ...full.split(' ')] : [norm];
}

const named = documentCache<boolean>();

export function roleNamed(doc: ThanksDocument): boolean {
  let yes = named.get(doc);
  if (yes !== undefined) return yes;
  yes = computeRoleNamed(doc);
  named.set(doc, yes);
  return yes;
}

function computeRoleNamed(doc: ThanksDocument): boolean {
  const role = doc.frontMatter.role;
  if (!role) return true;
  if (roleVariants(role).some((v) => factsOf(doc).bodyFolded.includes(v))) return true;
  const families = roleFamilies(role);
  const acronym = initials(role);
  const matches = (t: Token) => (acronym.length >= 2 && t.norm === acronym) || expansions(t.norm).some((w) => !GENERIC.has(w) && families.has(wordFamily(w)));
  for (const s of doc.body.sentences) {
    const tokens = sentenceTokens(s);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // "… nursing position", "… RN role": the words before a job noun
      if (HEADS.has(t.norm)) {
        for (let k = i - 1; k >= 0 && i - k <= 5 && tokens[k + 1].joined && !STOP.has(tokens[k].norm); k--) if (matches(tokens[k])) return true;
      }
      // "as (a|an|your|the) herdsman", "work as a nurse"
      if (t.norm === 'as') {
        let k = i + 1;
        if (tokens[k] && ['a', 'an', 'your', 'the'].includes(tokens[k].norm)) k++;
        for (let j = k; j < tokens.length && j - k < 4 && tokens[j].joined; j++) if (matches(tokens[j])) return true;
      }
      // the role's initials or an abbreviation that stands for it, anywhere ("the COO search")
      if (acronym.length >= 2 && t.norm === acronym && t.text === t.text.toUpperCase()) return true;
    }
  }
  return false;
}
