import type { Rule } from '../types';
import type { Token } from '../../document/tokens';
import data from '../../lexicon/caps-words.json';
import { sentenceTokens, subjectTokens, writtenInFrontMatter } from '../../document/tokens';
import { getSpeller } from '../../language/spelling';
import { commonRank } from '../../language/spelling/suggest';
import { placeholderAt } from '../support/placeholder-scan';

const CAPS_WORDS = new Set(data.entries.map((e) => e.word));
const ALL_CAPS = /^[\p{Lu}']+$/u;
/** A single capitalised word is shouting from this length on (shorter ones are mostly acronyms: IT, OR, HR). */
const MIN_WORD = 4;
/** Below this length a capitalised dictionary word must also be a common word to count as shouting (PALS, ACES are acronyms). */
const RARE_OK_FROM = 6;

export const rule: Rule = {
  meta: {
    id: 'tone/shouting',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Words written in ALL CAPS for emphasis ("EXTREMELY PASSIONATE"); acronyms such as HVAC, IFRS, OSHA or BLS/ACLS are fine.',
    why: 'Capitals read as shouting; in a note to an interviewer they come across as pushy rather than enthusiastic, and subjects in capitals got far fewer replies in email studies.',
    advice: 'Write the words in normal case and let a specific detail carry the emphasis.',
    messages: { shouting: '"{text}" is in capitals, which reads as shouting; write it in normal case.' },
    fixable: true,
    needs: ['speller'],
    examples: { bad: ['I am EXTREMELY PASSIONATE about this role.', 'I would be VERY glad to help.'], good: ['I hold OSHA 30 and BLS/ACLS certifications and have worked on HVAC controls.'] },
  },
  check({ doc, report, reporting, dialect, dialectChosen }) {
    const isCaps = (t: Token) => t.text.length >= 2 && ALL_CAPS.test(t.text) || t.text === 'I' || t.text === 'A';
    // A capitalised dictionary word that is not a known acronym or a name from the front matter…
    const wordy = (t: Token) =>
      t.text.length >= 2 && ALL_CAPS.test(t.text) && !CAPS_WORDS.has(t.text) && !writtenInFrontMatter(doc, t.text) && getSpeller(dialectChosen ? dialect : undefined).isCorrect(t.text.toLowerCase());
    // …and one that is unmistakably shouting: long, or a common word (PALS and ACES are acronyms).
    const strong = (t: Token) => t.text.length >= MIN_WORD && (t.text.length >= RARE_OK_FROM || commonRank(t.text.toLowerCase()) !== undefined);
    // the sentences, and the subject line ("THANK YOU!!!")
    for (const tokens of [...doc.body.sentences.map(sentenceTokens), subjectTokens(doc)]) {
      for (let i = 0; i < tokens.length; i++) {
        if (!isCaps(tokens[i])) continue;
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1].joined && isCaps(tokens[j + 1])) j++;
        const run = tokens.slice(i, j + 1);
        i = j;
        if (!run.some((t) => t.text.length >= 2)) continue;
        const loud = run.map(wordy);
        if (!run.some((t, k) => loud[k] && strong(t))) continue;
        // "COMPANY NAME" is a template field left in, not shouting
        if (placeholderAt(doc, { start: run[0].start, end: run[run.length - 1].end }, reporting)) continue;
        // Trim acronyms at either end of the run ("the NASA PROGRAM" -> "PROGRAM").
        let a = 0;
        let b = run.length - 1;
        while (a < b && !loud[a] && run[a].text.length > 1) a++;
        while (b > a && !loud[b] && run[b].text.length > 1) b--;
        const start = run[a].start;
        const end = run[b].end;
        let fixed = '';
        let at = start;
        for (let k = a; k <= b; k++) {
          const t = run[k];
          fixed += doc.text.slice(at, t.start);
          const atSentenceStart = t.start === tokens[0].start;
          const lower = t.text === 'I' ? 'I' : loud[k] ? t.text.toLowerCase() : t.text;
          fixed += atSentenceStart ? lower[0].toUpperCase() + lower.slice(1) : lower;
          at = t.end;
        }
        report({
          messageId: 'shouting',
          data: { text: doc.text.slice(start, end).replace(/\s+/g, ' ') },
          start,
          end,
          fixes: [{ title: `Write "${fixed.replace(/\s+/g, ' ')}"`, edits: [{ start, end, newText: fixed }], safe: false, preferred: true }],
        });
      }
    }
  },
};
