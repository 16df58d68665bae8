import type { Fix, Rule } from '../types';
import { weekdayName } from '../../document/frontmatter/dates';
import { isSent } from '../support/sending';

const DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Words that say the sentence is about the interview itself.
const ABOUT_INTERVIEW = /\b(?:interview|met|meet|meeting|spoke|speaking|talk|talked|talking|conversation|call|visit|tour|chat|discussion|hosting|hosted|showing|walking)\b/i;
const FUTURE = /\b(?:will|shall|next|going to|plan to|'ll|tomorrow|upcoming|look(?:ing)? forward)\b/i;
// "on Friday" only counts in a sentence that looks back at the meeting ("we met on Friday");
// "on Friday evenings" or "on Fridays" is a habit, not a date.
const PAST_MEETING = /\b(?:met|spoke|talked|interviewed|visited|hosted|showed|walked|meeting with me|speaking with me|talking with me|our (?:conversation|interview|meeting|call|chat|talk))\b/i;
const RELATIVE =
  /\b(yesterday(?:['’]s)?|last night|earlier today|today['’]s|this (?:morning|afternoon|evening)|(?:last|this past|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!s\b|\s+(?:mornings|afternoons|evenings|nights)\b)(?:\s+(morning|afternoon|evening|night))?\b/gi;

function dayNumber(d: Date): number {
  return Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / DAY);
}

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

export const rule: Rule = {
  meta: {
    id: 'timing/relative-date',
    category: 'timing',
    defaultSeverity: 'warning',
    description: '"Yesterday", "this morning" or "last Friday" must agree with `interview_date` and today’s date.',
    why: 'A note drafted one day and sent the next says "yesterday" about the wrong day; the interviewer notices the slip, and that the note was not written fresh.',
    advice: 'Name the day of the interview instead ("on Tuesday"), which stays true whenever you send.',
    messages: {
      wrongDay: '"{phrase}" is not right: the interview was on {weekday}, {ago}.',
      wrongPart: 'The interview was in the {actual} ({time}), not the {said}.',
    },
    fixable: true,
    examples: { bad: ['interview_date: 2026-11-20 … Thank you for meeting with me yesterday (sent 2026-11-25)'], good: ['Thank you for meeting with me on Friday'] },
  },
  check({ doc, now, report }) {
    const d = doc.frontMatter.interviewDate;
    // Once sent, the note's "yesterday" was said on the day it went out: the clock no longer applies.
    if (!d?.date || isSent(doc)) return;
    const interviewDay = dayNumber(d.date);
    const diff = dayNumber(now) - interviewDay;
    if (diff < 0) return; // a future date is timing/future-date's finding
    const weekday = weekdayName(d.date);
    const ago = diff === 0 ? 'today' : diff === 1 ? 'yesterday' : `${diff} days ago`;
    for (const s of doc.body.sentences) {
      if (!ABOUT_INTERVIEW.test(s.text) || FUTURE.test(s.text)) continue;
      RELATIVE.lastIndex = 0;
      for (let m = RELATIVE.exec(s.text); m; m = RELATIVE.exec(s.text)) {
        const phrase = m[1].toLowerCase().replace(/’/g, "'");
        const start = s.start + m.index;
        const span = { start, end: start + m[1].length };
        let right: boolean;
        if (phrase.startsWith('yesterday') || phrase === 'last night') right = diff === 1;
        else if (phrase.startsWith('today') || phrase === 'earlier today' || phrase.startsWith('this ')) right = diff === 0;
        else {
          if (phrase.startsWith('on ') && !PAST_MEETING.test(s.text)) continue;
          const named = WEEKDAYS.indexOf(phrase.split(' ').pop()!);
          right = named === d.date.getDay() && diff <= 7;
        }
        if (!right) {
          const possessive = /'s$/.test(phrase);
          const replacement = possessive ? `${weekday}'s` : `on ${weekday}`;
          const fixes: Fix[] = [{ title: `Replace with "${replacement}"`, edits: [{ ...span, newText: replacement }], safe: false, preferred: true }];
          report({ messageId: 'wrongDay', data: { phrase: m[1], weekday, ago }, ...span, fixes });
          continue;
        }
        // Right day: check "morning/afternoon/evening" against the time, when there is one.
        const said = (m[2] ?? (phrase.startsWith('this ') ? phrase.slice(5) : phrase === 'last night' ? 'evening' : '')).toLowerCase();
        if (!d.hasTime || !said) continue;
        const actual = partOfDay(d.date.getHours());
        const saidPart = said === 'night' ? 'evening' : said;
        const hour = d.date.getHours();
        const borderline = (saidPart === 'evening' && hour >= 16) || (saidPart === 'afternoon' && (hour === 11 || hour >= 17 && hour < 19)) || (saidPart === 'morning' && hour === 12);
        if (saidPart !== actual && !borderline) {
          const time = d.date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
          const wordStart = start + m[0].toLowerCase().lastIndexOf(said);
          report({ messageId: 'wrongPart', data: { actual, said, time }, start: wordStart, end: wordStart + said.length, fixes: [{ title: `Replace with "${actual}"`, edits: [{ start: wordStart, end: wordStart + said.length, newText: actual }], safe: false, preferred: true }] });
        }
      }
    }
  },
};
