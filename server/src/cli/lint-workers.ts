// thanks-lint over many notes on every core: the notes are shared out among the main thread and worker
// threads (the same bundle, started again as a worker). Each lane takes the next few files from a
// counter the lanes share (a busier thread takes fewer), reads and parses them and files their
// records; the main thread puts every record in one index by interview, in the order of the files as
// a single lane would, and hands every lane the peers of every note; each lane lints the notes it read,
// then helps the others with what they have not started yet (parsing those again from the text they
// read), and the main thread writes the outcomes in the order of the files. The output is byte for
// byte what one lane writes (test/protocol/cli-parallel.test.ts). --fix writes files and stays on one lane.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { WorkspaceConfigCache } from '../core/lint/workspace';
import { NoteIndex } from '../core/workspace/index';
import type { NoteRecord } from '../core/workspace/record';
import { packPrint, unpackPrint } from '../core/workspace/fingerprint';
import { parseNote } from '../core/document/parse';
import type { TextFile } from '../core/files/note-file';
import { finishLint, lintNote, lintOnOneLane, planLint, type Io, type LintPlan, type NoteOutcome } from './lint';
import { readNotes, type ReadNote } from './notes';

/** Fewer notes than this are linted on one lane: starting a worker (loading the core) costs more. */
export const PARALLEL_FROM = 200;
const MAX_LANES = 4;
/** Files a lane takes from the shared counter at a time. */
const CHUNK = 8;

interface LaneStart {
  thanksLintLane: true;
  plan: LintPlan;
  cwd: string;
  /** [0]: the next file to read (the lanes' shared counter); [1 + i]: 1 once a lane has taken note i to lint. */
  shared: SharedArrayBuffer;
}
/** A record as a message carries it: a thread gets plain objects, so the print travels packed (one typed array). */
type Posted = Omit<NoteRecord, 'print'> & { print: Uint32Array };
const posted = (r: NoteRecord): Posted => ({ ...r, print: packPrint(r.print) });
const received = (r: Posted): NoteRecord => ({ ...r, print: unpackPrint(r.print) });

/** Lane -> main: the files it took, and the record and the file as read of those it could read, by file index. */
type Filed = { taken: number[]; records: [number, Posted, TextFile][] };
/** Main -> lane: every record and file as read, by file index, and every note's peers as indices. */
type Peers = { records: (Posted | undefined)[]; reads: (TextFile | undefined)[]; peers: number[][] };
/** Lane -> main: the outcome of each note it linted, by file index. */
type Linted = { outcomes: [number, NoteOutcome][] };

/** One lane: reads, parses and files the notes it takes, then lints them and helps the other lanes. */
class Lane {
  private readonly notes = new Map<number, ReadNote>();
  private taken: number[] = [];
  private readonly next: Int32Array;
  private readonly started: Int32Array;
  constructor(
    private readonly plan: LintPlan,
    private readonly cwd: string,
    shared: SharedArrayBuffer,
  ) {
    this.next = new Int32Array(shared, 0, 1);
    this.started = new Int32Array(shared, 4, plan.files.length);
  }

  file(): Filed {
    const n = this.plan.files.length;
    const records: [number, Posted, TextFile][] = [];
    for (let from = Atomics.add(this.next, 0, CHUNK); from < n; from = Atomics.add(this.next, 0, CHUNK)) {
      const mine = Array.from({ length: Math.min(CHUNK, n - from) }, (_, k) => from + k);
      const { notes, index } = readNotes(mine.map((i) => this.plan.files[i]), this.cwd, () => undefined);
      const byFile = new Map(notes.map((note) => [note.file, note]));
      for (const i of mine) {
        const note = byFile.get(this.plan.files[i]);
        if (!note) continue;
        this.notes.set(i, note);
        records.push([i, posted(index.get(note.abs)!), note.read]);
      }
      this.taken.push(...mine);
    }
    return { taken: this.taken, records };
  }

  lint(msg: Peers): Linted {
    const cache = new WorkspaceConfigCache();
    const records = new Map<number, NoteRecord>();
    const record = (j: number) => {
      let r = records.get(j);
      if (!r) records.set(j, (r = received(msg.records[j]!)));
      return r;
    };
    const outcomes: [number, NoteOutcome][] = [];
    const lintOne = (i: number, note: ReadNote | undefined) => {
      const file = this.plan.files[i];
      outcomes.push([i, lintNote(this.plan, { file, note, peers: msg.peers[i].map(record) }, this.cwd, cache)]);
    };
    // its own notes first, each taken before it is linted; then, from the end, those no lane has started
    for (const i of this.taken) {
      if (Atomics.compareExchange(this.started, i, 0, 1) !== 0) continue;
      lintOne(i, this.notes.get(i));
      this.notes.delete(i);
    }
    for (let i = this.plan.files.length - 1; i >= 0; i--) {
      if (Atomics.compareExchange(this.started, i, 0, 1) !== 0) continue;
      const read = msg.reads[i];
      const file = this.plan.files[i];
      // a note another lane could not read is read (and reported) again as it would be on one lane
      lintOne(i, read && { file, abs: resolve(this.cwd, file), text: read.text, doc: parseNote(read.text), read });
    }
    return { outcomes };
  }
}

/** In a worker thread started by lintInParallel: serves its lane and returns true; else false. */
export function serveLintLane(): boolean {
  const start = workerData as LaneStart | undefined;
  if (isMainThread || !start?.thanksLintLane || !parentPort) return false;
  const port = parentPort;
  const lane = new Lane(start.plan, start.cwd, start.shared);
  port.once('message', (msg: Peers) => {
    port.postMessage(lane.lint(msg));
    port.close();
  });
  port.postMessage(lane.file());
  return true;
}

/**
 * thanks-lint as the command runs it: many notes on several lanes when `script` (the running bundle)
 * can be started as a worker, else runLint.
 */
export async function runLintCommand(argv: string[], io: Io, script?: string): Promise<number> {
  const plan = planLint(argv, io);
  if (typeof plan === 'number') return plan;
  const lanes = Math.min(MAX_LANES, availableParallelism(), Math.floor(plan.files.length / (PARALLEL_FROM / 2)));
  if (!script || plan.fix || lanes < 2) return lintOnOneLane(plan, io);
  let outcomes: NoteOutcome[];
  try {
    outcomes = await lintInParallel(plan, io.cwd, script, lanes);
  } catch (e) {
    // nothing was written yet: one lane does it all
    io.err(`thanks-lint: linting on ${lanes} threads failed (${(e as Error).message}); linting on one\n`);
    return lintOnOneLane(plan, io);
  }
  return finishLint(plan, outcomes, io);
}

async function lintInParallel(plan: LintPlan, cwd: string, script: string, lanes: number): Promise<NoteOutcome[]> {
  const count = plan.files.length;
  const shared = new SharedArrayBuffer(4 * (1 + count));
  // A worker starts from the bundle's launcher when it has one: it compiles the bundle from V8's code cache.
  const launcher = script.replace(/\.main\.js$/, '.js');
  const entry = launcher !== script && existsSync(launcher) ? launcher : script;
  const workers = Array.from({ length: lanes - 1 }, () => new Worker(entry, { workerData: { thanksLintLane: true, plan, cwd, shared } satisfies LaneStart }));
  try {
    const replies = workers.map((w) => messages(w));
    const own = new Lane(plan, cwd, shared);
    const filed = [own.file(), ...(await Promise.all(replies.map((r) => r.next())))] as Filed[];
    // every record in the order of the files, as readNotes files them on one lane
    const records: (Posted | undefined)[] = new Array(count);
    const reads: (TextFile | undefined)[] = new Array(count);
    for (const f of filed) {
      for (const [i, r, read] of f.records) {
        records[i] = r;
        reads[i] = read;
      }
    }
    // filed as they came (the index reads no print: the lanes unpack those they compare)
    const index = new NoteIndex<Posted>();
    const at = new Map<Posted, number>();
    const filedAt = new Map<string, number>();
    records.forEach((r, i) => {
      if (!r) return;
      index.set(r);
      filedAt.set(r.uri, i);
    });
    for (const [uri, i] of filedAt) at.set(index.get(uri)!, i);
    const peers = plan.files.map((f) => index.peersOf(resolve(cwd, f)).map((p) => at.get(p)!));
    for (const w of workers) w.postMessage({ records, reads, peers } satisfies Peers);
    const linted = [own.lint({ records, reads, peers }), ...(await Promise.all(replies.map((r) => r.next())))] as Linted[];
    const outcomes: NoteOutcome[] = new Array(count);
    for (const l of linted) for (const [i, o] of l.outcomes) outcomes[i] = o;
    return outcomes;
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/** The worker's messages one at a time; an error or an early exit rejects the one awaited. */
function messages(w: Worker): { next: () => Promise<unknown> } {
  const queue: unknown[] = [];
  let waiting: { resolve: (v: unknown) => void; reject: (e: Error) => void } | undefined;
  let failed: Error | undefined;
  const fail = (e: Error) => {
    failed ??= e;
    waiting?.reject(e);
    waiting = undefined;
  };
  w.on('message', (m) => {
    if (waiting) {
      waiting.resolve(m);
      waiting = undefined;
    } else queue.push(m);
  });
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`a worker exited (${code})`)));
  return {
    next: () => {
      if (queue.length) return Promise.resolve(queue.shift());
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
  };
}
