// The phrase lists' tries, compiled at build time: `npm run build` runs the core over sample notes,
// records the patterns of every phrase matcher made (scripts/phrase-tries.ts) and writes their tries
// to server/out/dict/phrase-tries.bin next to the bundles. A matcher finds its trie there by its exact
// patterns, so a list that changed (or one made at run time) is compiled from its patterns instead:
// the file can make startup faster, never the findings different.
//
// File: uint32 length of a JSON header, the header ({ version, tries: [{ key, words, nodes, edges }] }),
// padding to 4 bytes, then per trie the Int32 arrays first, edgeWord, edgeChild, value.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PackedTrie } from './phrase-trie';

export const STORE_FILE = 'phrase-tries.bin';
const VERSION = 1;

interface Header {
  version: number;
  tries: { key: string; words: string[]; nodes: number; edges: number }[];
}

/** The lookup key of a list: its patterns, in order. */
export const keyOf = (patterns: readonly string[]) => patterns.join('\u0000');

export function serializeTries(tries: ReadonlyMap<string, PackedTrie>): Buffer {
  const header: Header = { version: VERSION, tries: [] };
  const arrays: Int32Array[] = [];
  for (const [key, t] of tries) {
    header.tries.push({ key, words: [...t.words], nodes: t.value.length, edges: t.edgeWord.length });
    arrays.push(t.first, t.edgeWord, t.edgeChild, t.value);
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = (4 + json.length + 3) & ~3;
  const out = Buffer.alloc(start + arrays.reduce((n, a) => n + a.byteLength, 0));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  return out;
}

export function deserializeTries(file: Buffer): Map<string, PackedTrie> {
  const length = file.readUInt32LE(0);
  const header = JSON.parse(file.toString('utf8', 4, 4 + length)) as Header;
  if (header.version !== VERSION) throw new Error(`phrase tries: version ${header.version}, expected ${VERSION}`);
  // Int32Array views need 4-byte alignment; a Buffer from a pool may not start on one
  const buf = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  let at = buf.byteOffset + ((4 + length + 3) & ~3);
  const view = (n: number) => {
    const a = new Int32Array(buf.buffer, at, n);
    at += n * 4;
    return a;
  };
  const out = new Map<string, PackedTrie>();
  for (const t of header.tries) {
    const first = view(t.nodes + 1);
    const edgeWord = view(t.edges);
    const edgeChild = view(t.edges);
    out.set(t.key, { words: t.words, first, edgeWord, edgeChild, value: view(t.nodes) });
  }
  return out;
}

let stored: Map<string, PackedTrie> | undefined;
let recorder: ((patterns: readonly string[]) => void) | undefined;

/** Build time: calls `record` with the patterns of every phrase matcher made from now on. */
export function recordPatterns(record: (patterns: readonly string[]) => void): void {
  recorder = record;
}

/**
 * The built trie of these patterns, if the build stored one beside this bundle. Only beside the bundle:
 * there the file and the code that reads it come from the same build.
 */
export function storedTrie(patterns: readonly string[]): PackedTrie | undefined {
  recorder?.(patterns);
  if (!stored) {
    stored = new Map();
    try {
      const file = path.join(__dirname, 'dict', STORE_FILE);
      if (fs.existsSync(file)) stored = deserializeTries(fs.readFileSync(file));
    } catch {
      // an unreadable file only costs compiling the lists
    }
  }
  return stored.get(keyOf(patterns));
}
