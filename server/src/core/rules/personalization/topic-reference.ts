import type { Rule } from '../types';
import { factsOf } from '../../document/facts';
import { fold, stem } from '../../document/text';

const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'about', 'new', 'our',
  'your', 'their', 'my', 'how', 'what', 'why', 'when', 'is', 'are', 'be', 'as', 'that', 'this', 'its', 'it', 'via', 'vs',
]);

/** The words of a topic that carry its meaning. */
export function topicKeys(topic: string): string[] {
  return fold(topic)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}

/** A topic is referred to when most of its key words appear in the body (two at least for long topics). */
export function topicMentioned(topic: string, bodyStems: Set<string>): boolean {
  const keys = topicKeys(topic);
  if (keys.length === 0) return true;
  const hits = keys.filter((k) => bodyStems.has(k)).length;
  const needed = keys.length === 1 ? 1 : Math.max(2, Math.ceil(keys.length / 2));
  return hits >= Math.min(needed, keys.length);
}

export const rule: Rule = {
  meta: {
    id: 'personalization/topic-reference',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'The note refers to none of the `topics` you discussed.',
    why: 'A detail from the actual conversation is what separates a real note from a template, and it reminds the interviewer which candidate you were.',
    advice: 'Add a sentence that picks up one topic from the conversation and ties it to your experience.',
    messages: { none: 'The note mentions none of the topics you discussed ({topics}).' },
    fixable: true,
    examples: { bad: ['topics: [the seasonal tasting menu] … (no mention)'], good: ['Cooking the seasonal tasting menu with your team showed me…'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    const entry = fm.entries.get('topics');
    if (!entry || fm.topics.length === 0 || doc.body.paragraphs.length === 0) return;
    // Topic keys split hyphenated words ("on-call"), so the body's hyphenated words count by their parts too.
    const bodyStems = new Set(factsOf(doc).bodyStems);
    for (const w of doc.body.words) if (/[-'’]/.test(w.text)) for (const part of w.text.split(/[-'’]/)) if (part) bodyStems.add(stem(part));
    if (fm.topics.some((t) => topicMentioned(t, bodyStems))) return;
    const firstPara = doc.body.paragraphs[0];
    const topic = fm.topics[0].replace(/^(the|a|an)\s+/i, '');
    // "the on-call rotation" and "moving batch jobs to streaming" read well as they are; "on-call rotation" takes "the".
    const sentence = ` I especially enjoyed our conversation about ${/^(the|a|an|\p{L}+ing)\s/iu.test(fm.topics[0]) ? fm.topics[0] : 'the ' + topic}.`;
    report({
      messageId: 'none',
      data: { topics: fm.topics.slice(0, 3).map((t) => `"${t}"`).join(', ') + (fm.topics.length > 3 ? ', …' : '') },
      ...entry.keySpan,
      fixes: [{ title: `Add a sentence about "${fm.topics[0]}"`, edits: [{ start: firstPara.end, end: firstPara.end, newText: sentence }], safe: false, preferred: true }],
    });
  },
};
