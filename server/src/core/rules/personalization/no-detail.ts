import type { Rule } from '../types';
import type { ThanksDocument } from '../../document/model';
import words from '../../lexicon/template-words.json';
import { taggedTokens, type TaggedToken } from '../../language/grammar/tokens';
import { CC, NN, NNS, NUM, PROPN, VBD, VBN } from '../../language/tagger';
import { wordFamily } from '../../language/morphology';
import { placeholdersOf } from '../support/placeholder-scan';
import { roleFamilies } from '../support/roles';

const FUNCTION = new Set(words.function);
const TEMPLATE = new Set(words.template);
const CONVERSATION = new Set(words.conversation);
const REACTIONS = new Set(words.reactions);
const YOURS = new Set(['you', 'your', 'yours', "you're", "you've", 'we', 'our', 'us']);
const FIRST_PERSON = new Set(['i', 'me', 'my', "i'm", "i've", "i'd", 'myself']);
const SPAN_WORDS = /^(years?|decades?|months)$/;
const MANY = /^(several|many|few|some)$/;
/** Clauses end at these marks and words: the writer's past and the conversation often share a sentence. */
const CLAUSE_MARK = /^[,;:—–()]$/;
const CLAUSE_WORD = new Set(['where', 'when', 'while', 'because', 'since', 'which', 'whereas']);
/** Only nouns, names and numbers carry detail: verbs and adjectives ("enjoyed", "exciting") fit any note. */
const DETAIL_TAGS = new Set([NN, NNS, PROPN, NUM]);
/** A note must hold more detail words than this that no template would: a place, a number, a tool, a plan. */
const MIN_DETAIL = 2;

function clausesOf(tokens: readonly TaggedToken[]): TaggedToken[][] {
  const out: TaggedToken[][] = [[]];
  for (const t of tokens) {
    if ((t.punct && CLAUSE_MARK.test(t.text)) || t.tag === CC || CLAUSE_WORD.has(t.norm)) out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((c) => c.length > 0);
}

/**
 * A clause about the writer's own past, not the conversation: "I spent six years as…", "after two
 * years on the line". It says who the writer is, which any of their notes could say.
 */
function isBackground(clause: readonly TaggedToken[]): boolean {
  if (clause.some((t) => YOURS.has(t.norm) || CONVERSATION.has(t.norm))) return false;
  const tenure = clause.some((t, i) => SPAN_WORDS.test(t.norm) && i > 0 && (clause[i - 1].tag === NUM || MANY.test(clause[i - 1].norm)));
  const pastOfMine = clause.some((t) => FIRST_PERSON.has(t.norm)) && clause.some((t) => (t.tag === VBD || t.tag === VBN) && !REACTIONS.has(t.norm));
  return tenure || pastOfMine;
}

/** How many words of the note no template would hold, counting until `enough`. */
function detailCount(doc: ThanksDocument, enough: number): number {
  const placeholders = placeholdersOf(doc);
  const role = doc.frontMatter.role ? roleFamilies(doc.frontMatter.role) : new Set<string>();
  let detail = 0;
  for (const s of doc.body.sentences) {
    for (const clause of clausesOf(taggedTokens(s))) {
      if (isBackground(clause)) continue;
      for (const t of clause) {
        if (!DETAIL_TAGS.has(t.tag)) continue;
        const w = t.norm.replace(/'s$/, '');
        if (w.length < 3 || FUNCTION.has(w) || TEMPLATE.has(w) || doc.knownWords.has(w) || role.has(wordFamily(w))) continue;
        // "XYZ Company" is a template's stand-in, not a detail
        if (placeholders.some((p) => p.start < t.end && t.start < p.end)) continue;
        if (++detail >= enough) return detail;
      }
    }
  }
  return detail;
}

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
    if (detailCount(doc, MIN_DETAIL + 1) > MIN_DETAIL) return;
    const first = doc.body.paragraphs[0];
    report({ messageId: 'none', start: first.start, end: first.sentences[0]?.end ?? first.end });
  },
};
