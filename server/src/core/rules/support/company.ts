// Whether the note names the company of the front matter, by any of its distinctive words
// ("Harbor Point" for Harbor Point Distribution) or whole.
import type { ThanksDocument } from '../../document/model';
import { factsOf } from '../../document/facts';
import { fold } from '../../document/text';
import { documentCache } from '../../document/caches';

const named = documentCache<boolean>();
/** Made once: a literal in the per-word callback made a RegExp object per word. */
const POSSESSIVE = /['’]s$/;

export function companyNamed(doc: ThanksDocument): boolean {
  let yes = named.get(doc);
  if (yes !== undefined) return yes;
  const company = doc.frontMatter.company;
  const facts = factsOf(doc);
  const words = new Set(doc.body.words.map((w) => fold(w.text).replace(POSSESSIVE, '')));
  yes = !company || [...facts.companyKeys].some((k) => words.has(k)) || facts.bodyFolded.includes(fold(company));
  named.set(doc, yes);
  return yes;
}
