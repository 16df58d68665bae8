// thanks-lint over many notes on every core: the notes are shared out among the main thread and worker
// threads (the same bundle, started again as a worker). Each lane reads and parses its notes and
// files their records; the main thread puts every record in one index by interview, in the order of
// the files as a single lane would, and hands each lane its notes' peers; each lane lints its notes,
// and the main thread writes the outcomes in the order of the files. The output is byte for byte what
// one lane writes (test/protocol/cli-parallel.test.ts). --fix writes files and stays on one lane.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { WorkspaceConfigCache } from '../core/lint/workspace';
import { NoteIndex } from '../core/workspace/index';
import type { NoteRecord } from '../core/workspace/record';
import { ShingleSet } from '../core/workspace/fingerprint';
import { finishLint, lintNote, lintOnOneLane, planLint, type Io, type LintPlan, type NoteOutcome } from './lint';
import { readNotes, type ReadNote } from './notes';

/** Fewer notes than this are linted on one lane: starting a worker (loading the core) costs more. */
export const PARALLEL_FROM = 200;
const MAX_LANES = 4;

interface LaneStart {
  thanksLintLane: true;
  plan: LintPlan;
  cwd: string;
  /** Indices into plan.files of this lane's notes. */
  mine: number[];
}
/** A record as a message carries it: a thread gets plain objects, so the print's shingles travel as an array. */
type Posted = Omit<NoteRecord, 'print'> & { print: Omit<NoteRecord['print'], 'all'> & { all: number[] } };
const posted = (r: NoteRecord): Posted => ({ ...r, print: { ...r.print, all: [...r.print.all] } });
const received = (r: Posted): NoteRecord => ({ ...r, print: { ...r.print, all: new ShingleSet(r.print.all) } });

/** Lane -> main: the records of the notes it could read, by file index. */
type Filed = { records: [number, Posted][] };
/** Main -> lane: every record by file index, and each of the lane's notes' peers as indices. */
type Peers = { records: (Posted | undefined)[]; peers: number[][] };
/** Lane -> main: the outcome of each of its notes, in the order of `mine`. */
type Linted = { outcomes: NoteOutcome[] };

/** One lane's notes: read, parsed and filed first, linted once the peers are known. */
class Lane {
  private readonly notes = new Map<number, ReadNote>();
  constructor(
    private readonly plan: LintPlan,
    private readonly cwd: string,
    private readonly mine: number[],
  ) {}

  file(): Filed {
    const files = this.mine.map((i) => this.plan.files[i]);
    const { notes, index } = readNotes(files, this.cwd, () => undefined);
    const byFile = new Map(notes.map((n) => [n.file, n]));
    const records: [number, Posted][] = [];
    for (const i of this.mine) {
      const note = byFile.get(this.plan.files[i]);
      if (!note) continue;
      this.notes.set(i, note);
      records.push([i, posted(index.get(note.abs)!)]);
    }
    return { records };
  }

  lint(msg: Peers): Linted {
    const cache = new WorkspaceConfigCache();
    const records = new Map<number, NoteRecord>();
    const record = (j: number) => {
      let r = records.get(j);
      if (!r) records.set(j, (r = received(msg.records[j]!)));
      return r;
    };
    const outcomes = this.mine.map((i, k) => {
      const peers = msg.peers[k].map(record);
      return lintNote(this.plan, { file: this.plan.files[i], note: this.notes.get(i), peers }, this.cwd, cache);
    });
    return { outcomes };
  }
}

/** In a worker thread started by lintInParallel: serves its lane and returns true; else false. */
export function serveLintLane(): boolean {
  const start = workerData as LaneStart | undefined;
  if (isMainThread || !start?.thanksLintLane || !parentPort) return false;
  const port = parentPort;
  const lane = new Lane(start.plan, start.cwd, start.mine);
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
  // contiguous shares: a lane's notes are mostly of the same interviews, as in one folder
  const share = Math.ceil(plan.files.length / lanes);
  const shares = Array.from({ length: lanes }, (_, k) => plan.files.map((_f, i) => i).slice(k * share, (k + 1) * share));
  // A worker starts from the bundle's launcher when it has one: it compiles the bundle from V8's code cache.
  const launcher = script.replace(/\.main\.js$/, '.js');
  const entry = launcher !== script && existsSync(launcher) ? launcher : script;
  const workers = shares.slice(1).map((mine) => new Worker(entry, { workerData: { thanksLintLane: true, plan, cwd, mine } satisfies LaneStart }));
  try {
    const replies = workers.map((w) => messages(w));
    const own = new Lane(plan, cwd, shares[0]);
    const filed = [own.file(), ...(await Promise.all(replies.map((r) => r.next())))] as Filed[];
    // every record in the order of the files, as readNotes files them on one lane
    const records: (Posted | undefined)[] = new Array(plan.files.length);
    for (const f of filed) for (const [i, r] of f.records) records[i] = r;
    const index = new NoteIndex();
    const at = new Map<NoteRecord, number>();
    const filedAt = new Map<string, number>();
    records.forEach((r, i) => {
      if (!r) return;
      index.set(received(r));
      filedAt.set(r.uri, i);
    });
    for (const [uri, i] of filedAt) at.set(index.get(uri)!, i);
    const peersOf = (mine: number[]) => mine.map((i) => index.peersOf(resolve(cwd, plan.files[i])).map((p) => at.get(p)!));
    workers.forEach((w, k) => w.postMessage({ records, peers: peersOf(shares[k + 1]) } satisfies Peers));
    const ownLinted = own.lint({ records, peers: peersOf(shares[0]) });
    const linted = [ownLinted, ...(await Promise.all(replies.map((r) => r.next())))] as Linted[];
    return linted.flatMap((l) => l.outcomes);
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
