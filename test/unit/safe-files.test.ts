// The one module every host write goes through (core/files/note-file): encodings round-trip byte
// for byte, text that is not UTF-8 (or UTF-16 with a BOM) is refused with where it goes wrong, a
// write is atomic, refuses a file that changed since it was read, and never follows a symbolic link
// out of its folder. Also "Add to dictionary" on top of it.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeText, encodeText, FileRefused, readTextFile, sameFile, writeTextFile, type TextEncodingName } from '../../server/src/core/files/note-file';
import { addWordToList } from '../../server/src/core/lint/workspace';

const ENCODINGS: TextEncodingName[] = ['utf8', 'utf16le', 'utf16be'];

function refused(f: () => unknown, code: string, message: RegExp): void {
  assert.throws(f, (e: unknown) => e instanceof FileRefused && e.code === code && message.test(e.message));
}

describe('safe files: reading and writing the writer’s files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-safe-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('property: any text in any supported encoding, with or without a BOM, decodes and re-encodes to the same bytes', () => {
    // well-formed strings (no lone surrogates: they have no UTF-8 or UTF-16 bytes to keep), no NUL
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/\0/g, ''));
    fc.assert(
      fc.property(text, fc.constantFrom(...ENCODINGS), fc.boolean(), (s, encoding, bom) => {
        const withBom = encoding === 'utf8' ? (bom ? '\uFEFF' + s : s.replace(/^\uFEFF/, '')) : '\uFEFF' + s;
        const bytes = encodeText(withBom, encoding);
        const back = decodeText(bytes);
        assert.equal(back.encoding, encoding === 'utf8' ? 'utf8' : encoding);
        assert.equal(back.text, withBom);
        assert.deepEqual(encodeText(back.text, back.encoding), bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses Latin-1 with the byte, line and column, and NUL bytes (binary, UTF-16 without a BOM)', () => {
    refused(() => decodeText(Buffer.from('Dear Ren\u00e9e,\n\nMerci pour le caf\u00e9.\n', 'latin1')), 'EENCODING', /is not UTF-8 \(byte 0xe9 at line 1, column 9;/);
    refused(() => decodeText(Buffer.from('ok\nab\u00ff', 'latin1')), 'EENCODING', /byte 0xff at line 2, column 3/);
    refused(() => decodeText(Buffer.from('Dear Priya,', 'utf16le')), 'EENCODING', /NUL byte at line 1, column 2: it is binary, or UTF-16 without a byte-order mark/);
    // overlong forms and surrogates are not UTF-8 either
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) refused(() => decodeText(Buffer.from([0x41, ...bad])), 'EENCODING', /at line 1, column 2/);
    assert.equal(decodeText(Buffer.from('Zoë 👍🏽 €', 'utf8')).text, 'Zoë 👍🏽 €');
  });

  it('reads regular files only, and only up to the size bound', () => {
    refused(() => readTextFile(dir), 'ENOTFILE', /is a folder/);
    refused(() => readTextFile('/dev/null'), 'ENOTFILE', /is a device/);
    writeFileSync(join(dir, 'big.thanks'), 'x'.repeat(2000));
    refused(() => readTextFile(join(dir, 'big.thanks'), 1000), 'ETOOBIG', /notes larger than/);
  });

  it('reads a file of any size whole, and a file that grew while it was read up to its new end', () => {
    for (const size of [0, 1, 255, 256, 257, 4095, 4096, 70_000, 1_500_000]) {
      const text = Array.from({ length: size }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
      writeFileSync(join(dir, 'sized.thanks'), text);
      assert.equal(readTextFile(join(dir, 'sized.thanks')).text, text, `${size} bytes`);
    }
    // Growth between fstat and the reads is simulated by an fstat that reports less than the file holds.
    const file = join(dir, 'grows.thanks');
    writeFileSync(file, 'a'.repeat(3000));
    const fs = require('node:fs') as typeof import('node:fs');
    const realFstat = fs.fstatSync;
    let reported = 0;
    (fs as { fstatSync: unknown }).fstatSync = (fd: number) => Object.assign(realFstat(fd), { size: reported });
    try {
      reported = 50 * 1048576; // the stand-in is what readTextFile sees
      refused(() => readTextFile(file), 'ETOOBIG', /notes larger than/);
      for (reported of [0, 1000, 2743]) assert.equal(readTextFile(file).text, 'a'.repeat(3000), `stat said ${reported}`);
    } finally {
      (fs as { fstatSync: unknown }).fstatSync = realFstat;
    }
  });

  it('writes atomically: the same folder, no temporary file left, the mode kept', () => {
    const file = join(dir, 'note.thanks');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    const read = readTextFile(file);
    writeTextFile(file, 'new\n', read.encoding, { expect: read.stamp });
    assert.equal(readFileSync(file, 'utf8'), 'new\n');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['note.thanks']);
  });

  it('refuses to overwrite a file that changed since it was read (a save in the editor meanwhile)', () => {
    const file = join(dir, 'note.thanks');
    writeFileSync(file, 'as read\n');
    const read = readTextFile(file);
    writeFileSync(file, 'saved by the writer meanwhile\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    refused(() => writeTextFile(file, 'fixed\n', 'utf8', { expect: read.stamp }), 'ECHANGED', /changed on disk since it was read/);
    assert.equal(readFileSync(file, 'utf8'), 'saved by the writer meanwhile\n');
    rmSync(file);
    refused(() => writeTextFile(file, 'fixed\n', 'utf8', { expect: read.stamp }), 'ECHANGED', /deleted or moved/);
  });

  it('writes through a symbolic link only to a target inside the folder; never outside it', () => {
    mkdirSync(join(dir, 'notes'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'target.thanks'), 'outside\n');
    writeFileSync(join(dir, 'notes', 'real.thanks'), 'inside\n');
    symlinkSync(join(dir, 'elsewhere', 'target.thanks'), join(dir, 'notes', 'out.thanks'));
    symlinkSync('real.thanks', join(dir, 'notes', 'in.thanks'));
    refused(() => writeTextFile(join(dir, 'notes', 'out.thanks'), 'x\n', 'utf8', { root: join(dir, 'notes') }), 'ESYMLINK', /symbolic link to .*target\.thanks, outside/);
    assert.equal(readFileSync(join(dir, 'elsewhere', 'target.thanks'), 'utf8'), 'outside\n');
    writeTextFile(join(dir, 'notes', 'in.thanks'), 'rewritten\n', 'utf8', { root: join(dir, 'notes') });
    assert.equal(readFileSync(join(dir, 'notes', 'real.thanks'), 'utf8'), 'rewritten\n');
    assert.ok(statSync(join(dir, 'notes', 'in.thanks')).isFile(), 'the link is still a link to the same file');
    assert.ok(sameFile(join(dir, 'notes', 'in.thanks'), join(dir, 'notes', 'real.thanks')));
  });

  it('a new file is never written over one that exists', () => {
    writeFileSync(join(dir, 'taken.txt'), 'mine\n');
    refused(() => writeTextFile(join(dir, 'taken.txt'), 'x', 'utf8', { create: true }), 'EEXIST', /already exists/);
    assert.equal(readFileSync(join(dir, 'taken.txt'), 'utf8'), 'mine\n');
  });

  it('Add to dictionary keeps the list’s encoding and line breaks, and refuses a link out of the workspace', () => {
    const list = join(dir, '.thanks-words.txt');
    writeFileSync(list, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# mine\r\nKubernetes\r\n', 'utf16le')]));
    addWordToList(list, 'Zorbly', dir);
    assert.deepEqual(readFileSync(list), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# mine\r\nKubernetes\r\nZorbly\r\n', 'utf16le')]));
    addWordToList(list, 'zorbly', dir); // already there
    assert.equal(decodeText(readFileSync(list)).text.match(/Zorbly/gi)?.length, 1);
    const ws = join(dir, 'ws');
    mkdirSync(ws);
    writeFileSync(join(dir, 'secret.txt'), 'keep\n');
    symlinkSync(join(dir, 'secret.txt'), join(ws, '.thanks-words.txt'));
    refused(() => addWordToList(join(ws, '.thanks-words.txt'), 'Zorbly', ws), 'ESYMLINK', /outside/);
    assert.equal(readFileSync(join(dir, 'secret.txt'), 'utf8'), 'keep\n');
    // a Latin-1 list is refused, not rewritten with U+FFFD
    const latin = join(dir, 'latin.txt');
    writeFileSync(latin, Buffer.from('caf\u00e9\n', 'latin1'));
    refused(() => addWordToList(latin, 'Zorbly', dir), 'EENCODING', /not UTF-8/);
    assert.deepEqual(readFileSync(latin), Buffer.from('caf\u00e9\n', 'latin1'));
  });
});
