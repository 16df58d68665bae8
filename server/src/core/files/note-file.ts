// Reading and writing the writer's files (notes, word lists, exports) without ever losing text:
// every host path that writes a file itself (thanks-lint --fix, thanks export -o, Add to dictionary)
// goes through writeTextFile. Reads keep the encoding (UTF-8, or UTF-16 with a byte-order mark) so
// the write puts the same bytes back; anything else is refused before a byte is changed.
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A note is a page or two; a file past this is not a note (a log, a disk image, /dev/zero). */
export const MAX_TEXT_FILE_BYTES = 32 * 1024 * 1024;

export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be';

/** What identifies the version of a file that was read: a write refuses when it changed since. */
export interface FileStamp {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export interface TextFile {
  /** The text; a byte-order mark is kept as U+FEFF at offset 0 (the parser skips it). */
  text: string;
  encoding: TextEncodingName;
  stamp: FileStamp;
}

/** A refusal with a message for the writer (the file is left as it was). */
export class FileRefused extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly code = 'EREFUSED',
  ) {
    super(message);
  }
}

function stampOf(st: Stats): FileStamp {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Line and column (1-based) of byte `at` in `buf`, for a message. */
function lineColumn(buf: Buffer, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) if (buf[i] === 10) (line++, (start = i + 1));
  return `line ${line}, column ${at - start + 1}`;
}

/** The first byte where `buf` stops being UTF-8 (a lead byte without its continuation bytes, an
 *  overlong form, a surrogate or a code point past U+10FFFF), or -1. */
function firstInvalidUtf8(buf: Buffer): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // the second byte's range depends on the lead (RFC 3629 §4)
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Decodes a file's bytes, or explains why they are not text this tool may rewrite. */
export function decodeText(buf: Buffer, path = ''): { text: string; encoding: TextEncodingName } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    if (buf.length % 2) throw new FileRefused(path, 'is UTF-16 with an odd number of bytes (cut short?); left unchanged.', 'EENCODING');
    return { text: '\uFEFF' + buf.subarray(2).toString('utf16le'), encoding: 'utf16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    if (buf.length % 2) throw new FileRefused(path, 'is UTF-16 with an odd number of bytes (cut short?); left unchanged.', 'EENCODING');
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return { text: '\uFEFF' + swapped.toString('utf16le'), encoding: 'utf16be' };
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    throw new FileRefused(path, `holds a NUL byte at ${lineColumn(buf, nul)}: it is binary, or UTF-16 without a byte-order mark. Save it as UTF-8; it was left unchanged.`, 'EENCODING');
  }
  const at = firstInvalidUtf8(buf);
  if (at < 0) return { text: utf8Strict.decode(buf), encoding: 'utf8' };
  throw new FileRefused(
    path,
    `is not UTF-8 (byte 0x${buf[at].toString(16).padStart(2, '0')} at ${lineColumn(buf, at)}; Latin-1 or Windows-1252?). Save it as UTF-8 and try again; it was left unchanged.`,
    'EENCODING',
  );
}

/** The bytes of `text` in `encoding` (a U+FEFF at offset 0 becomes that encoding's byte-order mark). */
export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const buf = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16be') buf.swap16();
  return buf;
}

/** The read that checks a file ended where its last read stopped (below Buffer.poolSize / 2: no allocation of its own). */
const PROBE_BYTES = 256;

/**
 * Reads a text file: regular files only (a named pipe or device is refused without blocking on it),
 * at most `maxBytes`, decoded strictly. Throws FileRefused with a message, or the fs error.
 */
export function readTextFile(path: string, maxBytes = MAX_TEXT_FILE_BYTES): TextFile {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileRefused(path, `is ${kindOf(st)}, not a note file.`, 'ENOTFILE');
    if (st.size > maxBytes) throw new FileRefused(path, `is ${(st.size / 1048576).toFixed(1)} MB; notes larger than ${maxBytes / 1048576} MB are not read.`, 'ETOOBIG');
    // read to the end, but never past the limit (a file may grow while it is read)
    const chunks: Buffer[] = [];
    let total = 0;
    let probe = false;
    for (;;) {
      // The first read is sized to the file (a 2 KB note no longer costs a 1 MB buffer). One that did
      // not fill its buffer reached the end as the file then was: a small read (from Node's shared
      // pool) makes sure nothing was added since, and only a file that grew is read on in 1 MB chunks.
      // (The CLI reads a thousand notes: a 1 MB buffer each to find the end made V8 collect garbage
      // for the external memory alone.)
      const size = total === 0 ? st.size + 1 : probe ? PROBE_BYTES : 1 << 20;
      const chunk = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new FileRefused(path, `grew past ${maxBytes / 1048576} MB while it was read; not read.`, 'ETOOBIG');
      probe = n < chunk.length;
    }
    return { ...decodeText(Buffer.concat(chunks, total), path), stamp: stampOf(st) };
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` is `folder` or lies below it. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface WriteOptions {
  /** The file as it was read: the write is refused when it changed since (a save in the editor). */
  expect?: FileStamp;
  /** The file must not exist yet (a new file). */
  create?: boolean;
  /** A symbolic link is written through only when its target is inside this folder (default: the
   *  link's own folder). */
  root?: string;
}

/** Where a write to `path` lands: the path itself, or a symlink's target inside `root`. */
export function writeTarget(path: string, root = dirname(path)): string {
  let lst: Stats;
  try {
    lst = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw e;
  }
  if (!lst.isSymbolicLink()) return path;
  const target = realpathSync(path);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  if (!isInside(realRoot, target)) throw new FileRefused(path, `is a symbolic link to ${target}, outside ${root}; it was not written through.`, 'ESYMLINK');
  return target;
}

/**
 * Writes `text` (in `encoding`) atomically: into a temporary file in the same folder, flushed to
 * disk, then renamed over the original. A full disk or a crash leaves the original whole; a file
 * that changed since it was read (`expect`) is not overwritten.
 */
export function writeTextFile(path: string, text: string | Buffer, encoding: TextEncodingName = 'utf8', options: WriteOptions = {}): void {
  const target = writeTarget(path, options.root);
  let mode = 0o666;
  let current: Stats | undefined;
  try {
    current = statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (current) {
    if (options.create) throw new FileRefused(path, 'already exists; it was not overwritten.', 'EEXIST');
    if (!current.isFile()) throw new FileRefused(path, `is ${kindOf(current)}; it was not written.`, 'ENOTFILE');
    mode = current.mode & 0o7777;
  } else if (options.expect) throw new FileRefused(path, 'was deleted or moved since it was read; it was not written.', 'ECHANGED');
  const changed = () => {
    if (!options.expect) return false;
    try {
      return !sameStamp(stampOf(statSync(target)), options.expect);
    } catch {
      return true;
    }
  };
  if (changed()) throw new FileRefused(path, 'changed on disk since it was read (saved elsewhere?); it was not overwritten.', 'ECHANGED');
  const bytes = typeof text === 'string' ? encodeText(text, encoding) : text;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (changed()) throw new FileRefused(path, 'changed on disk while the new text was being written; it was not overwritten.', 'ECHANGED');
    if (options.create) {
      try {
        statSync(target);
        throw new FileRefused(path, 'appeared while it was being written; it was not overwritten.', 'EEXIST');
      } catch (e) {
        if (e instanceof FileRefused) throw e;
      }
    }
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created, or already renamed */
    }
    throw e;
  }
}

/** Whether two paths name the same file (through links too); false when either does not exist. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** A message for a read or write error: FileRefused says its own; fs errors by code. */
export function describeFileError(e: unknown): string {
  if (e instanceof FileRefused) return e.message;
  const err = e as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ENOSPC: 'the disk is full; the file was left as it was',
    EDQUOT: 'the disk quota is exceeded; the file was left as it was',
    EROFS: 'the file system is read-only',
    ENXIO: 'is a named pipe with no writer',
  };
  return (err?.code && known[err.code]) ?? err?.message ?? String(e);
}
