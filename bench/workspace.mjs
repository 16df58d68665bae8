#!/usr/bin/env node
// `npm run bench:workspace`: the per-keystroke cost of the workspace analysis with 30 notes in the
// workspace (10 interviews, 3 panel notes each). In-process: filing the edited note's record and
// running the cross-note rules against its interview. Over LSP: keystroke-to-publish latency and
// server CPU per keystroke while typing into one of three open panel notes, with the 30 notes on disk,
// against the same note alone in an empty folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspServer } from './lsp.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const tmp = join(here, 'tmp');
mkdirSync(tmp, { recursive: true });
const NOW = '2026-11-25T09:00';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];
const f = (x) => x.toFixed(x < 10 ? 2 : 1);

const COMPANIES = ['Northwind Health', 'Quillon Books', 'Cobalt Freight', 'Lumen Studio', 'Harbourview Hospital', 'Kestrel Software', 'Ferro Analytics', 'Westbrook School', 'Brightwater Foods', 'Tallis Energy'];
const PEOPLE = [['Dana Whitfield', 'Kofi Osei', 'Mei Tanaka'], ['Marta Kowalczyk', 'Inés Navarro', 'Olek Brzeziński'], ['Marek Nowak', 'Sandra Baptiste', 'Luis Ortega'], ['Jon Berg', 'Femi Adeyemi', 'Noor Haddad'], ['Priya Raman', 'Tom Okafor', 'Grace Liu'], ['Aoife Brennan', 'Declan Hughes', 'Siobhan Murphy'], ['Olu Bakare', 'Kenji Watanabe', 'Ruth Mensah'], ['Hannah Kowalski', 'Raj Patel', 'Amara Eze'], ['Sofia Lind', 'Tariq Aziz', 'Elena Petrova'], ['Yusuf Demir', 'Clara Voss', 'Ben Carter']];
const DETAILS = ['the on-call rotation', 'the spring list', 'driver hours', 'the booking flow', 'the bed board', 'procurement delays', 'the churn dashboard', 'phonics groups', 'the allergen labels', 'the turbine audits'];
const MIDDLES = [
  (d) => `Your question about ${d} stayed with me. In my current job I rebuilt the weekly plan around it and we stopped losing a day each sprint.`,
  (d) => `You described ${d} as the hardest part of the work. I kept a shared log for a similar problem last year, and the team still uses it.`,
  (d) => `I enjoyed your story about ${d}. It reminded me of the first project I led, where a checklist on the wall did more than any new tool.`,
];

function noteText(c, p) {
  const name = PEOPLE[c][p];
  const date = `2026-11-${String(14 + c).padStart(2, '0')} 10:00`;
  return `---\ninterviewer: ${name}\nrole: Operations Lead\ncompany: ${COMPANIES[c]}\ninterview_date: ${date}\nsubject: Thank you for the Operations Lead interview\ncandidate: Alex Rivera\n---\nDear ${name.split(' ')[0]},\n\nThank you for meeting with me about the Operations Lead role at ${COMPANIES[c]}.\n\n${MIDDLES[p](DETAILS[c])}\n\nI remain very interested in the role and would welcome the chance to join your team.\n\nBest regards,\nAlex Rivera\n`;
}

const dir = mkdtempSync(join(tmp, 'ws-'));
const alone = mkdtempSync(join(tmp, 'alone-'));
for (let c = 0; c < 10; c++) for (let p = 0; p < 3; p++) writeFileSync(join(dir, `${c}-${p}.thanks`), noteText(c, p));
writeFileSync(join(alone, '0-0.thanks'), noteText(0, 0));

// In-process: the cross-note part of one keystroke.
const { build } = await import('esbuild');
const { esbuildOptions } = await import('../scripts/esbuild-options.mjs');
await build({ ...esbuildOptions, entryPoints: [join(here, 'workspace-entry.ts')], outfile: join(tmp, 'workspace.cjs') });
const core = (await import(pathToFileURL(join(tmp, 'workspace.cjs')).href)).default;
const index = new core.NoteIndex();
const docs = [];
for (let c = 0; c < 10; c++) for (let p = 0; p < 3; p++) {
  const doc = core.parseNote(noteText(c, p));
  docs.push(doc);
  index.set(core.recordOf(`file:///ws/${c}-${p}.thanks`, doc));
}
const crossNote = core.rules.filter((r) => r.meta.crossNote);
const now = new Date(2026, 10, 25, 9, 0);
const inProcess = [];
const base = noteText(0, 0);
for (let i = 0; i < 400; i++) {
  const doc = core.parseNote(base.replace('Thank you for meeting', `Thank you ${'so '.repeat(i % 7)}for meeting`));
  const t = performance.now();
  const affected = index.set(core.recordOf('file:///ws/0-0.thanks', doc));
  const peers = index.peersOf('file:///ws/0-0.thanks');
  core.lint(doc, { now, peers, rules: crossNote });
  // and the open peers' cross-note rules on their last parse
  for (const uri of affected) core.lint(docs[Number(uri.match(/\/0-(\d)/)[1])], { now, peers: index.peersOf(uri), rules: crossNote });
  inProcess.push(performance.now() - t);
}

// Over LSP.
async function typing(folder, files) {
  const server = new LspServer({ command: process.execPath, args: [join(root, 'server/out/server.js'), '--stdio'], cwd: folder, env: { ...process.env, THANKS_NOW: NOW } });
  await server.initialize();
  const uris = files.map((name) => pathToFileURL(join(folder, name)).href);
  for (const [i, uri] of uris.entries()) await server.open(uri, noteText(0, i));
  // Let the folder scan and the dictionary load finish before measuring.
  await new Promise((r) => setTimeout(r, 3000));
  await server.type(uris[0], 11, 0, 'A warm-up sentence. ');
  const cpu0 = server.cpuMs();
  const times = await server.type(uris[0], 11, 0, 'I also liked hearing how the team plans each week together. ');
  const cpu = (server.cpuMs() - cpu0) / times.length;
  const rss = server.rssMB();
  await server.close();
  return { times, cpu, rss };
}

const withWorkspace = await typing(dir, ['0-0.thanks', '0-1.thanks', '0-2.thanks']);
const control = await typing(alone, ['0-0.thanks']);
rmSync(dir, { recursive: true, force: true });
rmSync(alone, { recursive: true, force: true });

const out = [
  `## Workspace analysis, per keystroke (30 notes: 10 interviews × 3)`,
  '',
  `${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}; Node ${process.version}.`,
  '',
  '| measure | median | p95 |',
  '| --- | ---: | ---: |',
  `| in-process: file the record, compare with its interview, re-run the peers' cross-note rules | ${f(median(inProcess))} ms | ${f(p95(inProcess))} ms |`,
  `| LSP keystroke → publish, 3 panel notes open, 30 on disk | ${f(median(withWorkspace.times))} ms | ${f(p95(withWorkspace.times))} ms |`,
  `| LSP keystroke → publish, the same note alone | ${f(median(control.times))} ms | ${f(p95(control.times))} ms |`,
  `| server CPU per keystroke, with the workspace / alone | ${f(withWorkspace.cpu)} ms / ${f(control.cpu)} ms | |`,
  `| server RSS after typing, with the workspace / alone | ${withWorkspace.rss} MB / ${control.rss} MB | |`,
  '',
];
console.log(out.join('\n'));
