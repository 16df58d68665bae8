// What rules derive from a parse (tokens, tags, facts, placeholders…) is cached with it, in WeakMaps
// made here: a host that keeps a note's parse for later requests drops the derived data once the
// findings are out (dropCaches), and it is computed again only if a later request needs it.
import type { Sentence, ThanksDocument } from './model';

const byDocument: WeakMap<ThanksDocument, unknown>[] = [];
const bySentence: WeakMap<Sentence, unknown>[] = [];

/** A cache of data derived from a parsed note. */
export function documentCache<V>(): WeakMap<ThanksDocument, V> {
  const m = new WeakMap<ThanksDocument, V>();
  byDocument.push(m);
  return m;
}

/** A cache of data derived from one sentence of a parsed note. */
export function sentenceCache<V>(): WeakMap<Sentence, V> {
  const m = new WeakMap<Sentence, V>();
  bySentence.push(m);
  return m;
}

/** Forgets everything derived from `doc`; the parse itself stays usable. */
export function dropCaches(doc: ThanksDocument): void {
  for (const m of byDocument) m.delete(doc);
  for (const s of doc.body.sentences) for (const m of bySentence) m.delete(s);
}
