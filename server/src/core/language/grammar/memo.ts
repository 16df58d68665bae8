// The grammar findings of sentences by their text, shared by every note the process checks.
// The grammar of a sentence is its own: its tokens, their tags and the fixes come from its text alone
// (and the dialect chosen), so a sentence checked once, in this note or another, is not checked again
// while it is remembered. That serves a keystroke (every sentence but the one typed in is known) and
// a folder of notes written from one draft (the CLI, or a panel's notes open side by side), where most
// sentences recur. Harper keeps its lints per chunk the same way.

/** A bounded map, least recently used first. */
export class SentenceMemo<T> {
  private readonly map = new Map<string, T>();

  /** `keep`: how many entries stay after a trim, at least. */
  constructor(private readonly keep: number) {}

  get size(): number {
    return this.map.size;
  }

  /** The entry, which becomes the most recently used. */
  get(key: string): T | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.map.delete(key);
    this.map.set(key, value);
  }

  /**
   * Forgets the least recently used entries beyond `keep`, or beyond `atLeast` when that is more (the
   * sentences of the note just checked, so that a note longer than `keep` still finds all of its own
   * on the next keystroke).
   */
  trim(atLeast = 0): void {
    let over = this.map.size - Math.max(this.keep, atLeast);
    if (over <= 0) return;
    for (const key of this.map.keys()) {
      this.map.delete(key);
      if (--over === 0) break;
    }
  }

  clear(): void {
    this.map.clear();
  }
}

/** The memo's key of a sentence: its prose (what the tokens come from), its words as written (what the fixes quote) and the dialect. */
export function sentenceKey(dialect: string | undefined, prose: string, written: string): string {
  return prose === written ? `${dialect ?? ''}\u0001${prose}` : `${dialect ?? ''}\u0002${prose}\u0000${written}`;
}
