import type { Rule } from '../types';
import data from '../../lexicon/negativity.json';
import { PhraseMatcher } from '../../language/phrase-matcher';
import { sentenceRemoval } from '../support/phrase-lists';
import { sentenceTokens } from '../../document/tokens';

interface Complaint {
  phrase: string;
  reason: string;
  /** A complaining verb ("never listened"): needs no linking verb after the target. */
  verbal?: boolean;
  /** A mild word ("slow", "confusing"): only a complaint about the hiring process. */
  soft?: boolean;
}
interface Target {
  phrase: string;
  reason: string;
  process?: boolean;
}

/** How many words may stand between a target and its complaint. */
const WINDOW = 6;

let compiled: { complaints: PhraseMatcher<Complaint>; targets: PhraseMatcher<Target>; phrases: PhraseMatcher<{ reason: string }>; links: Set<string> } | undefined;
function lists() {
  compiled ??= {
    complaints: new PhraseMatcher((data.complaints as Complaint[]).map((c) => ({ pattern: c.phrase, value: c }))),
    targets: new PhraseMatcher((data.targets as Target[]).map((t) => ({ pattern: t.phrase, value: t }))),
    phrases: new PhraseMatcher(data.phrases.map((p) => ({ pattern: p.phrase, value: p }))),
    links: new Set(data.links),
  };
  return compiled;
}

export const rule: Rule = {
  meta: {
    id: 'tone/negativity',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Complaints about a former or current employer, colleagues or the hiring process ("my previous employer was a mess", "my boss was terrible", "a toxic workplace").',
    why: 'An interviewer who reads you complaining about your last employer wonders what you will say about them; negativity is one of the few things a thank-you note can lose you.',
    advice: 'Leave past employers out, or frame the move positively: what you are looking for, not what you are escaping.',
    messages: {
      complaint: '"{text}" complains about {target}; the interviewer will wonder what you would say about them.',
      phrase: '"{text}" is {reason}; leave it out or frame the change positively.',
    },
    fixable: true,
    examples: { bad: ['My previous employer was honestly a mess.', 'My boss was terrible, so I am ready for a change.', 'I want to leave a toxic workplace.'], good: ['I am looking for a team that invests in its data platform, as yours does.'] },
  },
  check({ doc, report }) {
    const { complaints, targets, phrases, links } = lists();
    for (const sentence of doc.body.sentences) {
      const tokens = sentenceTokens(sentence);
      const remove = [{ title: 'Remove this sentence', edits: [sentenceRemoval(doc, sentence)], safe: false, preferred: true }];
      const taken: { start: number; end: number }[] = [];
      for (const m of phrases.match(tokens)) {
        taken.push(m);
        report({ messageId: 'phrase', data: { text: doc.text.slice(m.start, m.end), reason: m.value.reason }, start: m.start, end: m.end, fixes: remove });
      }
      const found = complaints.match(tokens);
      if (found.length === 0) continue;
      for (const t of targets.match(tokens)) {
        const after = t.index + t.tokens.length;
        const c = found.find((f) => f.index >= after && f.index - after <= WINDOW);
        if (!c) continue;
        if (c.value.soft && !t.value.process) continue;
        const linked = c.value.verbal || tokens.slice(after, c.index).some((x) => links.has(x.norm) || /'s$/.test(x.norm));
        if (!linked) continue;
        if (taken.some((x) => x.start < c.end && t.start < x.end)) continue;
        taken.push({ start: t.start, end: c.end });
        report({
          messageId: 'complaint',
          data: { text: doc.text.slice(t.start, c.end).replace(/\s+/g, ' '), target: t.value.reason },
          start: t.start,
          end: c.end,
          fixes: remove,
        });
      }
    }
  },
};
