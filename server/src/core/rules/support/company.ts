// Whether the note names the company of the front matter, by any of its distinctive words
// ("Harbor Point" for Harbor Point Distribution) or whole.
import type { ThanksDocument } from '../../document/model';
import { factsOf } from '../../document/facts';
import { fold, withoutPossessive } from '../../document/text';
import { documentCache } from '../../document/caches';

const named = documentCache<boolean>();

/** Whether a word of the body, folded and without a possessive ending, is one of `keys` (stops at the first). */
function hasKeyWord(doc: ThanksDocument, keys: ReadonlySet<string>): boolean {
  if (!keys.size) return false;
  for (const w of doc.body.words) if (keys.has(withoutPossessive(fold(w.text)))) return true;
  return false;
}

export function companyNamed(doc: ThanksDocument): boolean {
  let yes = named.get(doc);
  if (yes !== undefined) return yes;
  const company = doc.frontMatter.company;
  const facts = factsOf(doc);
  yes = !company || hasKeyWord(doc, facts.companyKeys) || facts.bodyFolded.includes(fold(company));
  named.set(doc, yes);
  return yes;
}
