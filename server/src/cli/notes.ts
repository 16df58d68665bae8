// The notes a CLI command is given, read once and filed by interview, so that the cross-note rules
// (panel copies, follow-up count and timing) see the other notes of the same interview.
import { resolve } from 'node:path';
import { parseNote } from '../core/document/parse';
import type { ThanksDocument } from '../core/document/model';
import { NoteIndex } from '../core/workspace/index';
import { recordOf } from '../core/workspace/record';
import { readNoteFile } from './files';
import type { TextFile } from '../core/files/note-file';

export interface ReadNote {
  /** As given (relative to the working folder). */
  file: string;
  abs: string;
  text: string;
  doc: ThanksDocument;
  /** The file as read (encoding and stamp, for --fix). */
  read: TextFile;
}

/** Reads and parses `files`; an unreadable one is reported through `onError` and left out. */
export function readNotes(files: readonly string[], cwd: string, onError: (file: string, e: unknown) => void): { notes: ReadNote[]; index: NoteIndex } {
  const notes: ReadNote[] = [];
  const index = new NoteIndex();
  for (const file of files) {
    const abs = resolve(cwd, file);
    let read: TextFile;
    try {
      read = readNoteFile(abs);
    } catch (e) {
      onError(file, e);
      continue;
    }
    const text = read.text;
    const doc = parseNote(text);
    notes.push({ file, abs, text, doc, read });
    index.set(recordOf(abs, doc));
  }
  return { notes, index };
}
