// Per-note memory over the wire: what the server keeps for an open note is freed when it is closed.
// The server runs with `--expose-gc` and the bench's heap hook (bench/heap-hook.cjs: on SIGUSR2 it
// collects garbage and writes process.memoryUsage() to a file), so the heap is read after a full
// collection, without any request of its own in the server.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, REPO_ROOT, uriOf } from '../helpers/lsp-client';
import { CLEAN_NOTE } from '../helpers/protocol-notes';
import { report } from '../helpers/report';

const NOTES = 40;

describe('protocol: per-note memory', function () {
  this.timeout(120_000);
  let client: LspClient;
  let dir: string;
  let heapOut: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-memory-'));
    heapOut = join(dir, 'heap.json');
    client = await LspClient.start({ execArgv: ['--expose-gc', '-r', join(REPO_ROOT, 'bench', 'heap-hook.cjs')], env: { BENCH_HEAP_OUT: heapOut } });
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** heapUsed after a full collection, in bytes: the hook's answer to SIGUSR2, a file renamed into place. */
  async function heapAfterGc(): Promise<number> {
    rmSync(heapOut, { force: true });
    client.child.kill('SIGUSR2');
    while (!existsSync(heapOut)) await new Promise((r) => setTimeout(r, 5));
    return (JSON.parse(readFileSync(heapOut, 'utf8')) as { heapUsed: number }).heapUsed;
  }

  // Each note its own words (names, numbers), as a real workspace's notes are.
  const noteText = (i: number) => CLEAN_NOTE.replaceAll('Priya', `Priya${i}`).replace('from half to almost three quarters', `from ${i} to ${i + 40} percent`);

  const uriAt = (i: number) => uriOf(join(dir, `note-${i}.thanks`));

  async function openAll(): Promise<void> {
    for (let i = 0; i < NOTES; i++) await client.open(uriAt(i), noteText(i));
    await client.connection.sendRequest('thanks/notes', {}); // the overview reads every note too
  }
  async function closeAll(): Promise<void> {
    for (let i = 0; i < NOTES; i++) await client.close(uriAt(i));
  }

  it('frees what it kept for open notes when they are closed', async () => {
    // Two rounds first fill what all notes share (word caches, optimised code): not per note.
    for (let round = 0; round < 2; round++) {
      await openAll();
      await closeAll();
    }
    const before = await heapAfterGc();
    await openAll();
    const open = await heapAfterGc();
    await closeAll();
    const closed = await heapAfterGc();
    const kept = open - before;
    const left = closed - before;
    report(`per-note memory: ${(kept / NOTES / 1024).toFixed(1)} KB per open note; after closing all ${NOTES}: ${(left / 1024).toFixed(0)} KB left`);
    assert.ok(kept > NOTES * 4 * 1024, `open notes should hold their parse and findings (${kept} bytes for ${NOTES})`);
    assert.ok(left < kept * 0.2, `closing ${NOTES} notes left ${left} of the ${kept} bytes they held`);
  });
});
