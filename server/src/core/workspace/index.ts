// The workspace's notes, by interview: the hosts keep it current (the server from the folders'
// `.thanks` files and the open documents, the CLI from the folder it is given), and the cross-note
// rules read the notes of the same interview from it.
import type { NoteRecord } from './record';

/** What the index files a note by. */
type Filed = Pick<NoteRecord, 'uri' | 'interviewKey'>;

/** `R`: the records it holds (the CLI's coordinator files records as they travel between threads, prints packed). */
export class NoteIndex<R extends Filed = NoteRecord> {
  private readonly byUri = new Map<string, R>();
  private readonly byInterview = new Map<string, Set<string>>();

  get size(): number {
    return this.byUri.size;
  }

  get(uri: string): R | undefined {
    return this.byUri.get(uri);
  }

  all(): R[] {
    return [...this.byUri.values()];
  }

  /** Adds or replaces a note. Returns the other notes of its old and new interview (whose comparisons change). */
  set(record: R): string[] {
    const before = this.remove(record.uri);
    this.byUri.set(record.uri, record);
    if (record.interviewKey) {
      let group = this.byInterview.get(record.interviewKey);
      if (!group) this.byInterview.set(record.interviewKey, (group = new Set()));
      group.add(record.uri);
    }
    return [...new Set([...before, ...this.peerUris(record)])];
  }

  /** Forgets a note. Returns the notes of its interview. */
  delete(uri: string): string[] {
    return this.remove(uri);
  }

  /** The other notes of the same interview. */
  peersOf(uri: string): R[] {
    const r = this.byUri.get(uri);
    return r ? this.peerUris(r).map((u) => this.byUri.get(u)!) : [];
  }

  private peerUris(r: Filed): string[] {
    if (!r.interviewKey) return [];
    return [...(this.byInterview.get(r.interviewKey) ?? [])].filter((u) => u !== r.uri);
  }

  private remove(uri: string): string[] {
    const old = this.byUri.get(uri);
    if (!old) return [];
    this.byUri.delete(uri);
    const peers = this.peerUris(old);
    if (old.interviewKey) {
      const group = this.byInterview.get(old.interviewKey);
      group?.delete(uri);
      if (group?.size === 0) this.byInterview.delete(old.interviewKey);
    }
    return peers;
  }
}
