// The language server measured from outside, over stdio, as an editor drives it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CAPABILITIES = {
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  workspace: { configuration: true, workspaceFolders: false },
};

export class LspServer {
  constructor({ command, args, cwd, env }) {
    this.t0 = performance.now();
    this.child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.cwd = cwd;
    this.buf = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = []; // { uri, version, resolve }
    this.published = []; // every publishDiagnostics: { uri, version, diagnostics, at }
    this.watchers = []; // (params, at) => true when done
    this.stderr = '';
    this.exited = new Promise((res) => this.child.on('exit', (code, signal) => res({ code, signal })));
    // A server that dies fails every pending request at once, with its stderr, instead of a timeout.
    void this.exited.then((e) => {
      const err = new Error(`server exited (${JSON.stringify(e)}): ${this.stderr.slice(-1500)}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      for (const w of this.waiters) w.fail?.(err);
      this.waiters = [];
    });
    this.child.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, headerEnd).toString('ascii'));
      const len = m ? Number(m[1]) : 0;
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      this.onMessage(JSON.parse(body), performance.now());
    }
  }

  onMessage(m, at) {
    if (m.id !== undefined && m.method === undefined) {
      const p = this.pending.get(m.id);
      if (p) { this.pending.delete(m.id); m.error ? p.reject(new Error(JSON.stringify(m.error))) : p.resolve({ result: m.result, at }); }
      return;
    }
    if (m.id !== undefined) {
      // server -> client requests: default settings, registrations accepted
      const result = m.method === 'workspace/configuration' ? (m.params.items ?? []).map(() => null) : null;
      this.send({ id: m.id, result });
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      const { uri, version, diagnostics } = m.params;
      this.published.push({ uri, version, diagnostics, at });
      this.watchers = this.watchers.filter((w) => !w(m.params, at));
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== uri || (w.version !== undefined && version !== undefined && version < w.version)) return true;
        w.resolve({ at, diagnostics, version });
        return false;
      });
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params, timeoutMs = 20000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`timeout waiting for ${method}`)); }, timeoutMs);
      this.pending.set(id, { resolve: (v) => { clearTimeout(timer); resolve(v); }, reject: (e) => { clearTimeout(timer); reject(e); } });
      this.send({ id, method, params });
    });
  }

  notify(method, params) { this.send({ method, params }); }

  /** Resolves with the next publishDiagnostics for uri (at least `version` when given). */
  diagnostics(uri, version, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const w = { uri, version, resolve: (v) => { clearTimeout(timer); resolve(v); }, fail: (e) => { clearTimeout(timer); reject(e); } };
      const timer = setTimeout(() => { this.waiters = this.waiters.filter((x) => x !== w); reject(new Error(`no diagnostics for ${uri} v${version}`)); }, timeoutMs);
      this.waiters.push(w);
    });
  }

  async initialize() {
    const { at } = await this.request('initialize', { processId: process.pid, rootUri: pathToFileURL(this.cwd).href, workspaceFolders: null, capabilities: CAPABILITIES });
    this.notify('initialized', {});
    return at - this.t0;
  }

  /** didOpen, resolved with the time to the first publishDiagnostics and the diagnostics. */
  async open(uri, text) {
    const wait = this.diagnostics(uri, 1);
    const t = performance.now();
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'thanks', version: 1, text } });
    const got = await wait;
    this.versions ??= new Map();
    this.versions.set(uri, 1);
    return { ms: got.at - t, sinceSpawn: got.at - this.t0, diagnostics: got.diagnostics };
  }

  /** Resolves with the first publish for `uri` (this one or an earlier one) that `test` accepts. */
  publishMatching(uri, test, timeoutMs = 20000) {
    const seen = this.published.find((p) => p.uri === uri && test(p));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}`)), timeoutMs);
      this.watchers.push((params, at) => {
        if (params.uri !== uri || !test(params)) return false;
        clearTimeout(timer);
        resolve({ ...params, at });
        return true;
      });
    });
  }

  /** Types `sentence` one character at a time at (line, character), waiting for each publish. */
  /** Types `sentence` a character at a time; each key is sent once the previous one's diagnostics are
   *  in (`pace` 0: as fast as the server answers, a burst), or no sooner than `pace` ms after the
   *  previous key (a typist). Returns each key's time to its diagnostics. */
  async type(uri, line, character, sentence, pace = 0) {
    const times = [];
    let ch = character;
    let sent = 0;
    for (const c of sentence) {
      if (pace > 0) await new Promise((r) => setTimeout(r, Math.max(0, sent + pace - performance.now())));
      sent = performance.now();
      const version = this.versions.get(uri) + 1;
      this.versions.set(uri, version);
      const wait = this.diagnostics(uri, version);
      const t = performance.now();
      this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text: c }] });
      ch += c.length;
      const got = await wait;
      times.push(got.at - t);
    }
    return times;
  }

  /** CPU time the server process has used so far (user + system), ms; 10 ms resolution. */
  cpuMs() {
    const f = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  }

  rssMB() {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
    return m ? +(Number(m[1]) / 1024).toFixed(1) : NaN;
  }

  async close() {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch { /* killed below */ }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}
