// Panel copies: two notes to different interviewers of one interview that share most of their
// content. Compared on the fingerprints (./fingerprint): the share is the part of the shorter note's
// word triples that the other note also has; a sentence is shared when most of its triples are.
import type { NotePrint, SentencePrint } from './fingerprint';
import type { NoteRecord } from './record';
import { fold } from '../document/text';

/** "Most of their content": more than this share of the shorter note's word triples are in the other. */
export const COPY_SHARE = 0.6;
/** A sentence counts as shared when this share of its word triples is in the other note. */
export const SHARED_SENTENCE = 0.5;
/** Notes with fewer word triples than this are drafts too short to call copies. */
export const MIN_SHINGLES = 12;

export interface Overlap {
  /** Share of the shorter note's word triples found in the other, 0..1. */
  share: number;
  /** The sentences of the first note that the other note also has. */
  shared: SentencePrint[];
}

export function overlap(a: NotePrint, b: NotePrint): Overlap {
  return { share: shareOf(a, b), shared: sharedSentences(a, b) };
}

/** The share of the shorter note's word triples that the other note has, 0..1. */
function shareOf(a: NotePrint, b: NotePrint): number {
  const smaller = Math.min(a.all.size, b.all.size);
  return smaller ? a.all.common(b.all) / smaller : 0;
}

/** The sentences of `a` that `b` also has. */
function sharedSentences(a: NotePrint, b: NotePrint): SentencePrint[] {
  return a.sentences.filter((s) => s.shingles.filter((h) => b.all.has(h)).length >= SHARED_SENTENCE * s.shingles.length);
}

export interface PanelCopy extends Overlap {
  peer: NoteRecord;
}

/** Thank-you notes of the same interview, to other people, that share most of this note's content. */
export function panelCopies(self: { print: NotePrint; interviewers: readonly string[]; interviewKey?: string }, peers: readonly NoteRecord[]): PanelCopy[] {
  if (!self.interviewKey || self.print.all.size < MIN_SHINGLES) return [];
  const mine = new Set(self.interviewers.map(fold));
  const out: PanelCopy[] = [];
  for (const peer of peers) {
    if (peer.interviewKey !== self.interviewKey || peer.type !== 'thank-you' || peer.print.all.size < MIN_SHINGLES) continue;
    // Two notes to the same person are drafts of one note, not a panel copy.
    if (peer.interviewers.some((p) => mine.has(fold(p)))) continue;
    // Most peers of an interview are other notes: their shared sentences are looked for only in a copy.
    const share = shareOf(self.print, peer.print);
    if (share < COPY_SHARE) continue;
    const shared = sharedSentences(self.print, peer.print);
    if (shared.length > 0) out.push({ share, shared, peer });
  }
  return out.sort((x, y) => y.share - x.share);
}
