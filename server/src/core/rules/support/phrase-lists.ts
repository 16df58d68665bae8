// What the word-list rules share: the entry format of lexicon/*.json phrase lists, their compiled
// matchers (built once, on first use), and the edits their quick fixes make.
import type { Sentence, ThanksDocument } from '../../document/model';
import type { Fix, RuleContext, Severity } from '../types';
import type { Span, TextEdit } from '../../document/span';
import { fillReplacement, PhraseMatcher, type PhraseMatch } from '../../language/phrase-matcher';
import { normWord, sentenceTokens, type Token } from '../../document/tokens';
import { matchCase } from '../../document/text';

/** One entry of a phrase list (lexicon/<list>.json). */
export interface PhraseEntry {
  /** Pattern in the syntax of phrases.ts. */
  phrase: string;
  /** Why it hurts the note, as a noun phrase: "a spoken contraction". */
  reason: string;
  /** Replacements, best first; `{1}`… are the matched words. Empty or absent: no replacement. */
  replacements?: string[];
  /** Offer to delete the words (fillers, chat markers). */
  remove?: boolean;
  /** Offer to delete the whole sentence (apologies, complaints, pressure). */
  removeSentence?: boolean;
  /** Overrides the rule's default severity. */
  severity?: Severity;
  /** The first replacement may be applied by fix-all. */
  safe?: boolean;
  /** Only when written in lower case and not after a number ("u", "ur": text-speak, not an initial or a unit). */
  lowercaseOnly?: boolean;
  /** Not when the word before is one of these ("that kind of structure"). */
  notAfter?: string[];
  /** Not when one of these phrases comes earlier in the sentence ("you hope to make a decision by…" is their plan, not a demand). */
  unlessBefore?: string[];
  /** Not when the word after is one of these ("your welcome email"). */
  notBefore?: string[];
  /** Not when one of these phrases matches over any of the same words: the context that makes them something else ("kind of you" is kindness, not a hedge). */
  exceptions?: string[];
  /** Only this word of the match is reported and replaced: its 1-based position, or the word itself. */
  target?: number | string;
}

export interface PhraseList {
  description: string;
  entries: PhraseEntry[];
}

const compiled = new WeakMap<PhraseList, PhraseMatcher<PhraseEntry>>();

export function matcherOf(list: PhraseList): PhraseMatcher<PhraseEntry> {
  let m = compiled.get(list);
  if (!m) {
    m = new PhraseMatcher(list.entries.map((e) => ({ pattern: e.phrase, value: e })));
    compiled.set(list, m);
  }
  return m;
}

/** A list of phrases whose presence matters, not which one (lexicon/gratitude.json, interest.json…). */
export interface MarkerList {
  description: string;
  phrases: string[];
}

const markers = new WeakMap<MarkerList, PhraseMatcher<true>>();

export function markerMatcher(list: MarkerList): PhraseMatcher<true> {
  let m = markers.get(list);
  if (!m) {
    m = new PhraseMatcher(list.phrases.map((pattern) => ({ pattern, value: true as const })));
    markers.set(list, m);
  }
  return m;
}

/** Whether the sentence holds a phrase of the list. */
export function sentenceHas(list: MarkerList, sentence: Sentence): boolean {
  return markerMatcher(list).match(sentenceTokens(sentence)).length > 0;
}

export interface ListMatch extends PhraseMatch<PhraseEntry> {
  sentence: Sentence;
  /** All tokens of the sentence (for context checks). */
  all: Token[];
}

/** Every match of `list` in the letter's sentences, with the entries' context conditions applied. */
export function findPhrases(doc: ThanksDocument, list: PhraseList): ListMatch[] {
  const matcher = matcherOf(list);
  const out: ListMatch[] = [];
  for (const sentence of doc.body.sentences) {
    const all = sentenceTokens(sentence);
    for (const m of matcher.match(all)) {
      if (!passes(m, all)) continue;
      out.push({ ...m, sentence, all });
    }
  }
  return out;
}

const unlessMatchers = new WeakMap<PhraseEntry, PhraseMatcher<true>>();
const exceptionMatchers = new WeakMap<PhraseEntry, PhraseMatcher<true>>();

function passes(m: PhraseMatch<PhraseEntry>, all: Token[]): boolean {
  const e = m.value;
  if (e.unlessBefore) {
    let unless = unlessMatchers.get(e);
    if (!unless) unlessMatchers.set(e, (unless = new PhraseMatcher(e.unlessBefore.map((pattern) => ({ pattern, value: true as const })))));
    if (unless.match(all.slice(0, m.index)).length) return false;
  }
  if (e.exceptions) {
    let except = exceptionMatchers.get(e);
    if (!except) exceptionMatchers.set(e, (except = new PhraseMatcher(e.exceptions.map((pattern) => ({ pattern, value: true as const })))));
    if (except.match(all).some((x) => x.start < m.end && m.start < x.end)) return false;
  }
  const before = all[m.index - 1];
  if (e.lowercaseOnly && (m.tokens.some((t) => t.text !== t.text.toLowerCase()) || (before && /^\p{N}/u.test(before.norm)))) return false;
  if (e.notAfter && before && m.tokens[0].joined && e.notAfter.includes(before.norm)) return false;
  const after = all[m.index + m.tokens.length];
  if (e.notBefore && after && after.joined && e.notBefore.includes(after.norm)) return false;
  return true;
}

/** The text a match covers in the note. */
export function matchedText(doc: ThanksDocument, span: Span): string {
  return doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** The part of a match that is reported and replaced: the whole match, or its `target` word. */
export function targetOf(m: PhraseMatch<PhraseEntry>): Span {
  const t = m.value.target;
  if (t === undefined) return { start: m.start, end: m.end };
  const tok = typeof t === 'number' ? m.tokens[t - 1] : m.tokens.find((x) => x.norm === normWord(t));
  return tok ? { start: tok.start, end: tok.end } : { start: m.start, end: m.end };
}

/** The first replacement of a match, filled and in the case of the words it replaces. */
export function replacementOf(doc: ThanksDocument, m: ListMatch, template: string): string {
  const span = targetOf(m);
  return matchCase(doc.text.slice(span.start, span.end), fillReplacement(template, m.tokens));
}

/** Replacement fixes of a list match, in the case of the words they replace. */
export function replacementFixes(doc: ThanksDocument, m: ListMatch): Fix[] {
  const e = m.value;
  const span = targetOf(m);
  const fixes: Fix[] = (e.replacements ?? []).map((r, i) => {
    const newText = replacementOf(doc, m, r);
    return { title: `Replace with "${newText}"`, edits: [{ ...span, newText }], safe: i === 0 && Boolean(e.safe), preferred: i === 0 };
  });
  if (e.remove) fixes.push({ title: `Remove "${matchedText(doc, span)}"`, edits: removalEdits(doc, span, m.sentence), safe: Boolean(e.safe) && fixes.length === 0, preferred: fixes.length === 0 });
  if (e.removeSentence) fixes.push({ title: 'Remove this sentence', edits: [sentenceRemoval(doc, m.sentence)], safe: false, preferred: fixes.length === 0 });
  return fixes;
}

/**
 * Deletes `span` (words within a sentence) with the punctuation and space that went with it, and
 * capitalises the next word when the deleted words began the sentence.
 */
export function removalEdits(doc: ThanksDocument, span: Span, sentence: Sentence): TextEdit[] {
  const text = doc.text;
  const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
  if (span.start === sentence.start) {
    // "Honestly, the team…" -> "The team…"
    let end = span.end;
    if (text[end] === ',') end++;
    while (end < sentence.end && isBlank(text[end])) end++;
    const next = text[end];
    if (end < sentence.end && next && /\p{Ll}/u.test(next)) return [{ start: span.start, end: end + 1, newText: next.toUpperCase() }];
    return [{ start: span.start, end, newText: '' }];
  }
  // "…the team, honestly, is" -> "…the team is"; "…I kinda liked" -> "…I liked"
  let start = span.start;
  while (start > sentence.start && isBlank(text[start - 1])) start--;
  let end = span.end;
  if (text[start - 1] === ',' && (text[end] === ',' || /[.!?]/.test(text[end] ?? ''))) start--;
  if (text[end] === ',' && text[start] === ',') end++;
  return [{ start, end, newText: '' }];
}

/** Deletes a whole sentence and the space after it (or before it, at the end of a paragraph). */
export function sentenceRemoval(doc: ThanksDocument, sentence: Sentence): TextEdit {
  const text = doc.text;
  let start = sentence.start;
  let end = sentence.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (end === sentence.end || text[end] === '\n' || text[end] === '\r') {
    end = sentence.end;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  }
  return { start, end, newText: '' };
}

/** Reports every match of a phrase list with the rule's `replace` / `flag` messages. */
export function reportPhrases(ctx: RuleContext, list: PhraseList, extra: Record<string, string> = {}): ListMatch[] {
  const found = findPhrases(ctx.doc, list);
  for (const m of found) {
    const span = targetOf(m);
    const first = m.value.replacements?.[0];
    ctx.report({
      messageId: first ? 'replace' : 'flag',
      severity: m.value.severity,
      data: { text: matchedText(ctx.doc, span), phrase: matchedText(ctx.doc, m), reason: m.value.reason, replacement: first ? replacementOf(ctx.doc, m, first) : '', ...extra },
      ...span,
      fixes: replacementFixes(ctx.doc, m),
    });
  }
  return found;
}
