// Per-folder configuration files, read once and cached until they change: the nearest
// .thanksrc.json and the nearest .thanks-words.txt. Used by the server and the CLI alike.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { findRcFile, readRcFile, type ConfigLayer, type RcFile } from './config';
import { readTextFile, writeTextFile } from '../files/note-file';

export const WORDS_FILE = '.thanks-words.txt';

function findUp(start: string, name: string): string | undefined {
  let dir = start;
  const root = parsePath(dir).root;
  for (let i = 0; i < 64; i++) {
    const candidate = join(dir, name);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      /* keep looking */
    }
    if (dir === root) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** Reads a word list: one word per line, `#` comments. */
export function readWordList(path: string): string[] {
  try {
    return readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * Adds a word to a word list (created when missing), unless it is there already. The list is
 * rewritten whole and atomically in its own encoding and line breaks; a link to a list outside
 * `root` (the workspace) is not written through. Throws FileRefused or the fs error.
 */
export function addWordToList(path: string, word: string, root?: string): void {
  const existing = existsSync(path) ? readTextFile(path) : undefined;
  if (!existing) {
    writeTextFile(path, `# Words Thanks should never flag as misspelt, one per line.\n${word}\n`, 'utf8', { create: true, root });
    return;
  }
  const words = existing.text.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim());
  if (words.some((w) => w.toLowerCase() === word.toLowerCase())) return;
  const eol = existing.text.includes('\r\n') ? '\r\n' : '\n';
  const text = existing.text + (existing.text.length && !/[\r\n]$/.test(existing.text) ? eol : '') + word + eol;
  writeTextFile(path, text, existing.encoding, { expect: existing.stamp, root });
}

export interface FolderConfig {
  rc?: RcFile;
  wordsFile?: string;
  words: Set<string>;
}

export class WorkspaceConfigCache {
  private byFolder = new Map<string, FolderConfig>();

  /** Configuration for a note at `notePath` (a file path; folders are looked up once). */
  forNote(notePath: string): FolderConfig {
    const folder = dirname(notePath);
    let c = this.byFolder.get(folder);
    if (c) return c;
    const rcPath = findRcFile(notePath);
    const rc = rcPath ? readRcFile(rcPath) : undefined;
    const wordsFile = findUp(folder, WORDS_FILE);
    const words = new Set<string>();
    for (const w of rc?.layer.words ?? []) words.add(w.toLowerCase());
    if (wordsFile) for (const w of readWordList(wordsFile)) words.add(w.toLowerCase());
    c = { rc, wordsFile, words };
    this.byFolder.set(folder, c);
    return c;
  }

  /** Drops everything: called when a config file or word list changes. */
  clear(): void {
    this.byFolder.clear();
  }

  /** Where "Add to dictionary" writes for a note: the nearest existing list, else next to the note. */
  wordsFileFor(notePath: string, workspaceRoot?: string): string {
    return this.forNote(notePath).wordsFile ?? join(workspaceRoot ?? dirname(notePath), WORDS_FILE);
  }
}

export function layersFor(folder: FolderConfig, settings?: ConfigLayer): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  if (folder.rc) layers.push(folder.rc.layer);
  if (settings) layers.push(settings);
  return layers;
}
