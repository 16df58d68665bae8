import type { Rule } from '../types';
import words from '../../lexicon/template-words.json';
import { sentenceTokens } from '../../document/tokens';
import qualification from '../../lexicon/qualification.json';
import { PhraseMatcher } from '../../language/phrase-matcher';

const FUNCTION = new Set(words.function);
const TEMPLATE = new Set(words.template);
// Sentences about the writer's own background ("I have five years of…") are not about the conversation.
const YOURS = new Set(['you', 'your', 'yours', "you're", "you've", 'we', 'our', 'us']);
const BACKGROUND = new PhraseMatcher(qualification.phrases.filter((p) => p !== "i've|i'm").map((pattern) => ({ pattern, value: true as const })));
/** Sentences about the conversation must hold more words than this that no template would: a place, a number, a tool, a plan. */
const MIN_DETAIL = 2;

export const rule: Rule = {
  meta: {
    id: 'personalization/no-detail',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'The note says nothing specific about the conversation: it could have been sent after any interview.',
    why: 'A detail from the actual conversation is what separates a real note from a template, and it reminds the interviewer which candidate you were; a note without one reads as a form letter.',
    advice: 'Add a sentence about one thing you talked about — a project, a tool, a problem they described — and tie it to what you bring. (List what you discussed under `topics:` and Thanks checks the note picks one up.)',
    messages: { none: 'Nothing in the note is specific to your conversation; add one detail you discussed.' },
    fixable: false,
    examples: {
      bad: ['Thank you for taking the time to meet with me. I enjoyed learning more about the role and the team. I believe my skills make me a strong fit.'],
      good: ['Thank you for showing me the new rotary parlor yesterday; I can see why low-stress handling matters so much to you.'],
    },
  },
  check({ doc, report }) {
    // With topics listed, personalization/topic-reference says whether one is picked up.
    if (doc.frontMatter.topics.length > 0 || doc.body.paragraphs.length === 0) return;
    let detail = 0;
    for (const s of doc.body.sentences) {
      const tokens = sentenceTokens(s);
      // the writer's own background is not the conversation, unless the sentence also speaks of theirs
      if (BACKGROUND.match(tokens).length && !tokens.some((t) => YOURS.has(t.norm))) continue;
      for (const t of tokens) {
        const w = t.norm.replace(/'s$/, '');
        if (w.length >= 3 && !FUNCTION.has(w) && !TEMPLATE.has(w) && !doc.knownWords.has(w)) detail++;
      }
      if (detail > MIN_DETAIL) return;
    }
    const first = doc.body.paragraphs[0];
    report({ messageId: 'none', start: first.start, end: first.sentences[0]?.end ?? first.end });
  },
};
