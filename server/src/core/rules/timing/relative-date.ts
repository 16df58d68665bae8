import type { Fix, Rule } from '../types';
import type { Span } from '../../document/span';
import type { Token } from '../../document/tokens';
import { sentenceTokens, subjectTokens } from '../../document/tokens';
import { daysAgo, dayNumber, weekdayName } from '../../document/frontmatter/dates';
import data from '../../lexicon/relative-days.json';
import { isSent } from '../support/sending';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAYS = data.days as Record<string, number | null>;
/** Each prefix's words (split once: a start word such as "on" or "this" is met in most sentences). */
const PREFIX_WORDS = data.weekdayPrefixes.map((p) => p.split(' '));
const PARTS = new Set(data.parts);
const VERBS = new Set(data.meetingVerbs);
const NOUNS = new Set(data.meetingNouns);
const DETERMINERS = new Set(data.determiners);
const FUTURE = new Set(data.future);
const BREAKS = new Set(data.clauseBreaks);
/** The words a day phrase can start with: any other word starts none (most words, checked first). */
const STARTS = new Set([...Object.keys(DAYS).map((d) => d.split(' ')[0]), ...PREFIX_WORDS.map((words) => words[0])]);
/** The first words of the two-word day phrases ("day before", "last night"…): only after one is a two-word phrase looked up. */
const TWO_WORD_STARTS = new Set(Object.keys(DAYS).filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]));
const withoutS = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

interface DayPhrase extends Span {
  /** Days before today it names, or the weekday it names. */
  daysBack?: number;
  weekday?: number;
  /** "morning" after it, or in it ("this morning"). */
  part?: { word: string; span: Span };
  /** Index of its first token. */
  index: number;
  possessive: boolean;
}

/** Day phrases among `tokens`: "yesterday (afternoon)", "this morning", "on Friday", "this past Friday". */
function dayPhrases(tokens: Token[]): DayPhrase[] {
  const out: DayPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!STARTS.has(withoutS(tokens[i].norm))) continue;
    const found = dayPhraseAt(tokens, i);
    if (!found) continue;
    out.push(found.phrase);
    i = found.last;
  }
  return out;
}

/** The day phrase that starts at token i, if any, and the index of its last token. (Apart from the
 *  loop over the tokens: closures that capture the loop's index would cost an allocation per token.) */
function dayPhraseAt(tokens: Token[], i: number): { phrase: DayPhrase; last: number } | undefined {
  const norm = (k: number) => (tokens[k] ? withoutS(tokens[k].norm) : undefined) as string; // undefined past the end, as before
  const joined = (k: number) => tokens[k]?.joined;
  const two = TWO_WORD_STARTS.has(norm(i)) && joined(i + 1) ? `${norm(i)} ${norm(i + 1)}` : undefined;
  const dayWord = two !== undefined && two in DAYS ? two : norm(i) in DAYS ? norm(i) : undefined;
  let phrase: Omit<DayPhrase, 'part'> | undefined;
  let last = i;
  if (dayWord !== undefined && DAYS[dayWord] !== null) {
    last = dayWord === two ? i + 1 : i;
    phrase = { start: tokens[i].start, end: tokens[last].end, daysBack: DAYS[dayWord]!, index: i, possessive: /'s$/.test(tokens[last].norm) };
  } else {
    const prefix = PREFIX_WORDS.find((words) => words.every((w, k) => norm(i + k) === w && (k === 0 || joined(i + k))));
    const at = prefix ? i + prefix.length : -1;
    const weekday = at > 0 && joined(at) ? WEEKDAYS.indexOf(norm(at) ?? '') : -1;
    // "on Fridays", "on Friday evenings": a habit, not a date
    if (weekday >= 0 && !/s$/.test(tokens[at].norm) && !(joined(at + 1) && /^(?:mornings|afternoons|evenings|nights)$/.test(tokens[at + 1].norm))) {
      last = at;
      phrase = { start: tokens[i].start, end: tokens[at].end, weekday, index: i, possessive: /'s$/.test(tokens[at].norm) };
    }
  }
  if (!phrase) return undefined;
  let part: DayPhrase['part'];
  const inside = tokens.slice(i, last + 1).find((t) => PARTS.has(t.norm));
  if (inside) part = { word: inside.norm === 'night' ? 'evening' : inside.norm, span: inside };
  else if (joined(last + 1) && PARTS.has(tokens[last + 1].norm)) {
    part = { word: tokens[last + 1].norm, span: tokens[last + 1] };
    if (part.word === 'night') part.word = 'evening';
  }
  return { phrase: { ...phrase, part }, last };
}

/** The clause around token `i`: from the previous clause break (";" or ", and/but/so…") to the next. */
function clauseOf(text: string, tokens: Token[], i: number): Token[] {
  const breakBefore = (k: number) => {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    return /;/.test(gap) || (/,/.test(gap) && BREAKS.has(tokens[k].norm));
  };
  let a = i;
  while (a > 0 && !breakBefore(a)) a--;
  let b = i + 1;
  while (b < tokens.length && !breakBefore(b)) b++;
  return tokens.slice(a, b);
}

/** Words before a verb that make "call" or "talk" the verb, not the noun ("we talked", "to call"). */
const VERB_CUES = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'to', 'for', 'after', 'before', 'while', 'when', 'did', 'was', 'were', 'had', 'have']);

/** The clause speaks of the meeting itself: "Thank you for …", a meeting verb, or "our call". */
function aboutMeeting(clause: Token[], sentence: Token[]): boolean {
  if (sentence[0] && /^thank/.test(sentence[0].norm) && clause[0] === sentence[0]) return true;
  return clause.some((t, k) => {
    const before = clause[k - 1]?.norm;
    const noun = NOUNS.has(t.norm.replace(/'s$/, ''));
    if (noun && before && DETERMINERS.has(before)) return true;
    // "call", "talk", "visit" are nouns too: a verb only after a subject or "to"/"for" ("a real call" is not the meeting)
    return VERBS.has(t.norm) && (!noun || (before !== undefined && VERB_CUES.has(before)));
  });
}

export const rule: Rule = {
  meta: {
    id: 'timing/relative-date',
    category: 'timing',
    defaultSeverity: 'warning',
    description: '"Yesterday", "today", "this morning" or "on Friday" must agree with `interview_date` and today’s date.',
    why: 'A note drafted one day and sent the next says "yesterday" about the wrong day; the interviewer notices the slip, and that the note was not written fresh.',
    advice: 'Name the day of the interview instead ("on Tuesday"), which stays true whenever you send.',
    messages: {
      wrongDay: '"{phrase}" is not right: the interview was on {weekday}, {ago}.',
      wrongPart: 'The interview was in the {actual} ({time}), not the {said}.',
    },
    fixable: true,
    examples: { bad: ['interview_date: 2026-11-20 … Thank you for meeting with me yesterday (sent 2026-11-25)', 'Thank you for interviewing me today (the interview was yesterday)'], good: ['Thank you for meeting with me on Friday'] },
  },
  check({ doc, now, report }) {
    const d = doc.frontMatter.interviewDate;
    // Once sent, the note's "yesterday" was said on the day it went out: the clock no longer applies.
    if (!d?.date || isSent(doc)) return;
    const diff = dayNumber(now) - dayNumber(d.date);
    if (diff < 0) return; // a future date is timing/future-date's finding
    const weekday = weekdayName(d.date);
    const ago = daysAgo(d.date, now);
    // The sentences of the letter, and the subject line (which is about the interview by nature).
    const units: { tokens: Token[]; subject: boolean }[] = doc.body.sentences.map((s) => ({ tokens: sentenceTokens(s), subject: false }));
    const subject = subjectTokens(doc);
    if (subject.length) units.push({ tokens: subject, subject: true });
    for (const { tokens, subject: isSubject } of units) {
      for (const p of dayPhrases(tokens)) {
        const clause = clauseOf(doc.text, tokens, p.index);
        if (clause.some((t) => FUTURE.has(t.norm) || /'ll$/.test(t.norm))) continue;
        if (!isSubject && !aboutMeeting(clause, tokens)) continue;
        const said = doc.text.slice(p.start, p.end);
        const right = p.daysBack !== undefined ? p.daysBack === diff : p.weekday === d.date.getDay() && diff <= 7;
        if (!right) {
          const replacement = p.possessive ? `${weekday}'s` : `on ${weekday}`;
          const fixes: Fix[] = [{ title: `Replace with "${replacement}"`, edits: [{ start: p.start, end: p.end, newText: replacement }], safe: false, preferred: true }];
          report({ messageId: 'wrongDay', data: { phrase: said, weekday, ago }, start: p.start, end: p.end, fixes });
          continue;
        }
        // Right day: check "morning/afternoon/evening" against the time, when there is one.
        if (!d.hasTime || !p.part) continue;
        const hour = d.date.getHours();
        const actual = hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
        const borderline = (p.part.word === 'evening' && hour >= 16) || (p.part.word === 'afternoon' && (hour === 11 || (hour >= 17 && hour < 19))) || (p.part.word === 'morning' && hour === 12);
        if (p.part.word === actual || borderline) continue;
        const time = d.date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
        const span = p.part.span;
        report({ messageId: 'wrongPart', data: { actual, said: p.part.word, time }, start: span.start, end: span.end, fixes: [{ title: `Replace with "${actual}"`, edits: [{ start: span.start, end: span.end, newText: actual }], safe: false, preferred: true }] });
      }
    }
  },
};
