import type { Fix, Rule } from '../types';
import type { Span } from '../../document/span';
import type { ThanksDocument, Word } from '../../document/model';
import { getSpeller, type Speller } from '../../language/spelling';
import { proseWords } from '../../document/body/parse';
import { editDistance, startsUpper, withoutPossessive } from '../../document/text';
import { commonWordOneSlipFrom, oneSlipAway } from '../../language/spelling/slips';
import particles from '../../lexicon/name-particles.json';
import informal from '../../lexicon/informal.json';
import { expandPattern } from '../../language/phrase-matcher';

const NAME_PARTICLES = new Set(particles.entries);
/** Particles written with an apostrophe before a name ("d'Arcy", "l'Estrange", "dell'Acqua"). */
const ELIDED_PARTICLES = new Set(particles.elided);
/** A lower-case particle joined by a hyphen or an apostrophe to a capitalised part: "al-Farsi", "d'Arcy". */
const JOINED_PARTICLE = /^(\p{Ll}+)[-'’]\p{Lu}/u;
/** Slang the informal rule reports ("lol", "lowkey", "thx"): a word, not a misspelling (one finding per mistake). */
const SLANG: ReadonlySet<string> = new Set(informal.entries.flatMap((e) => expandPattern(e.phrase).filter((seq) => seq.length === 1).map((seq) => seq[0])));

/** How many suggestions a quick fix offers. */
const MAX_SUGGESTIONS = 5;
/** Initials and abbreviations with dots ("e.g", "U.S"): not words to spell-check. */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Capitalised unknown words already judged as names (true) or typos (false); bounded. */
const properNounCache = new Map<string, boolean>();
const CACHE_MAX = 5000;

/** Shorter capitalised words are judged names unless close to a front-matter word (many names are one letter from a word). */
const MIN_TYPO_LENGTH = 7;
/** A capitalised word one slip from a common word ("Tuseday", "Thnak") is a typo from this length on. */
const MIN_COMMON_TYPO_LENGTH = 5;

/**
 * A capitalised word the dictionary does not know is taken for a name ("Brightline", "Riverbend",
 * "Rhys") unless it is one slip from a word of the note's own front matter ("Whitfeld" ->
 * "Whitfield"), or it is long and one slip from an ordinary word with the same first letter
 * ("Definately", "Accomodate"); in the middle of a sentence, where names are likelier still, that
 * word must also be a common one.
 */
function likelyProperNoun(speller: Speller, word: string, known: ReadonlySet<string>, sentenceStart: boolean): boolean {
  const key = `${sentenceStart ? '^' : ''}${word}`;
  let name = properNounCache.get(key);
  if (name === undefined) {
    const lower = word.toLowerCase();
    const reach = lower.length >= 8 ? 2 : 1;
    const nearKnown = [...known].some((k) => k.length >= 5 && Math.abs(k.length - lower.length) <= reach && editDistance(lower, k, reach) <= reach);
    name =
      !nearKnown &&
      (lower.length < MIN_COMMON_TYPO_LENGTH + (sentenceStart ? 0 : 1) ||
        !/^[a-z']+$/.test(lower) ||
        // one slip from a common word (they include the weekdays and months: "Tuseday", "Febuary")
        !(commonWordOneSlipFrom(lower) || (sentenceStart && lower.length >= MIN_TYPO_LENGTH && oneSlipAway(lower).some((l) => speller.isCorrect(l)))));
    if (properNounCache.size >= CACHE_MAX) properNounCache.delete(properNounCache.keys().next().value as string);
    properNounCache.set(key, name);
  }
  return name;
}

// Per-word tests: each regular expression made once (a literal makes a RegExp at every evaluation).
const HAS_DIGIT = /\p{N}/u;
const CURLY_APOSTROPHES = /’/g;

/** A word's verdict: null when it is spelled right (or not a word to check), else why it is flagged. */
type Verdict = null | 'unknown' | { american: string };

function judge(speller: Speller, text: string, sentenceStart: boolean, userWords: ReadonlySet<string>, known: ReadonlySet<string>): Verdict {
  if (text.length < 2 || INITIALS.test(text) || HAS_DIGIT.test(text)) return null;
  const lower = text.toLowerCase().replace(CURLY_APOSTROPHES, "'");
  if (userWords.has(lower) || userWords.has(withoutPossessive(lower)) || SLANG.has(lower)) return null;
  if (speller.isCorrect(text, known)) return null;
  const american = speller.americanFor(text);
  if (american) return { american };
  const capitalised = startsUpper(text) && text.slice(1) !== text.slice(1).toUpperCase();
  return capitalised && likelyProperNoun(speller, text, known, sentenceStart) ? null : 'unknown';
}

/**
 * Each checked note's verdicts by word (with "^" before a word that starts a sentence), with what they
 * were judged with: checked again after an edit, the note takes over the verdicts of the words it still
 * has when the dictionary, the user's words and the note's own names are as they were. Kept apart from
 * document/caches, which the server drops once a note's diagnostics are out.
 */
const lastVerdicts = new WeakMap<ThanksDocument, { speller: Speller; userWords: ReadonlySet<string>; known: ReadonlySet<string>; byWord: Map<string, Verdict> }>();

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'proofreading/spelling',
    category: 'proofreading',
    defaultSeverity: 'warning',
    description: 'Words that are not in the English dictionary, the workplace vocabulary, the note\'s own names (interviewer, company, role, topics) or your word list.',
    why: 'One typo can make an interviewer doubt your care; in surveys of hiring managers a single error was enough for many to rule a candidate out.',
    advice: 'Pick the right spelling from the quick fix, or choose "Add to dictionary" for a name or term that is spelled correctly (it goes into .thanks-words.txt in your workspace).',
    messages: {
      unknown: '"{word}" is not in the dictionary.',
      british: '"{word}" is the British spelling; this note is checked as American English ("{american}"). For British English set thanks.dialect (or "dialect" in .thanksrc.json) to en-GB, en-CA or en-AU.',
    },
    fixable: true,
    yieldsTo: ['proofreading/grammar', 'proofreading/confusion', 'proofreading/article'],
    needs: ['speller'],
    examples: { bad: ['Thank you for the oppurtunity.', 'Definately a great conversation.'], good: ['I enjoyed meeting the Brightline team and discussing Kubernetes.'] },
  },
  check({ doc, report, userWords, dialect, dialectChosen, previous }) {
    const { body, frontMatter } = doc;
    const known = doc.knownWords;
    const words: { word: Word; sentenceStart: boolean }[] = [];
    for (const s of body.sentences) {
      s.words.forEach((w, i) => {
        // "ap Rhys", "van der Berg": a particle before a capitalised word belongs to a name
        if (NAME_PARTICLES.has(w.lower) && startsUpper(s.words[i + 1]?.text ?? '')) return;
        if (NAME_PARTICLES.has(w.lower) && NAME_PARTICLES.has(s.words[i + 1]?.lower ?? '') && startsUpper(s.words[i + 2]?.text ?? '')) return;
        // "al-Farsi", "d'Arcy", "bin-Rashid": a particle joined to a capitalised name is one name
        const joined = JOINED_PARTICLE.exec(w.text);
        if (joined && (NAME_PARTICLES.has(joined[1].toLowerCase()) || ELIDED_PARTICLES.has(joined[1].toLowerCase()))) return;
        // "et al." after an author's name
        if ((w.lower === 'et' && s.words[i + 1]?.lower === 'al') || (w.lower === 'al' && s.words[i - 1]?.lower === 'et')) return;
        words.push({ word: w, sentenceStart: i === 0 });
      });
    }
    if (body.signOff) for (const w of proseWords(body, body.signOff)) words.push({ word: w, sentenceStart: true });
    const subject = frontMatter.entries.get('subject');
    if (subject && typeof subject.value === 'string') {
      const span: Span = subject.valueSpan;
      const raw = doc.text.slice(span.start, span.end);
      const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        words.push({ word: { text: m[0], lower: m[0].toLowerCase(), start: span.start + m.index, end: span.start + m.index + m[0].length }, sentenceStart: m.index === 0 });
      }
    }
    if (words.length === 0) return;
    const speller = getSpeller(dialectChosen ? dialect : undefined);
    // After an edit, each word's verdict is taken over from the note's last check when what it depends on is as it was.
    const before = previous ? lastVerdicts.get(previous) : undefined;
    const reuse = before && before.speller === speller && sameWords(before.userWords, userWords) && sameWords(before.known, known) ? before.byWord : undefined;
    const byWord = new Map<string, Verdict>();
    // kept for the next edit only by a note being edited (a note opened and left as it is keeps none)
    if (previous) lastVerdicts.set(doc, { speller, userWords, known, byWord });
    const verdictOf = (text: string, sentenceStart: boolean): Verdict => {
      // most words are the dictionary's: right whatever the note's names and the user's words
      if (speller.knows(text)) return null;
      const key = sentenceStart ? `^${text}` : text;
      // (null is a verdict: spelled right)
      let v = byWord.get(key);
      if (v === undefined) v = reuse?.get(key);
      if (v === undefined) v = judge(speller, text, sentenceStart, userWords, known);
      byWord.set(key, v);
      return v;
    };
    for (const { word, sentenceStart } of words) {
      const text = word.text;
      const verdict = verdictOf(text, sentenceStart);
      if (verdict === null) continue;
      if (verdict !== 'unknown') {
        const american = verdict.american;
        const fix: Fix = { title: `Replace with "${american}"`, edits: [{ start: word.start, end: word.end, newText: american }], safe: false, preferred: true };
        report({ messageId: 'british', data: { word: text, american }, start: word.start, end: word.end, fixes: [fix], actions: [{ kind: 'add-word', word: text }] });
        continue;
      }
      const lazyFixes = (): Fix[] =>
        speller.suggest(text, MAX_SUGGESTIONS, known).map((s, i) => ({
          title: `Replace with "${s}"`,
          edits: [{ start: word.start, end: word.end, newText: s }],
          safe: false,
          preferred: i === 0,
        }));
      report({ messageId: 'unknown', data: { word: text }, start: word.start, end: word.end, lazyFixes, actions: [{ kind: 'add-word', word: text }] });
    }
  },
};
