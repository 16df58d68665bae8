// The command line measured from outside: cold start on one note (spawn to exit) and throughput over
// 1,000 notes in one run, both with `node server/out/cli.js --format json --now …`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

/** Runs the CLI once: wall ms, CPU ms (user + system, from /usr/bin/time when present), exit status. */
function runCli(root, args, cwd, env = process.env) {
  const cli = join(root, 'server/out/cli.js');
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '@@cpu %U %S', process.execPath, cli, ...args] : [cli, ...args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`thanks-lint exited ${r.status}: ${(r.stderr || '').slice(-800)}`);
  const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr || '');
  const cpu = m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN;
  let files = NaN;
  try {
    const json = JSON.parse(r.stdout);
    files = Array.isArray(json) ? json.length : Array.isArray(json.files) ? json.files.length : NaN;
  } catch { /* text output or none */ }
  return { ms, cpu, status: r.status, files };
}

const FIRST = ['Dana', 'Priya', 'Kwame', 'Hélène', 'Mateo', 'Yuki', 'Siobhan', 'Oluwaseun', 'Björn', 'Anjali', 'Tomasz', 'Fatima', 'Ngozi', 'Rafael'];
const LAST = ['Whitfield', 'Natarajan', 'Boateng', 'Marchetti', 'Okafor', 'Lindqvist', 'Haddad', 'Kowalczyk', 'Ferreira'];
const COMPANIES = ['Northwind Health', 'Copperleaf Bank', 'Meridian Labs', 'Tallgrass Energy', 'Quayside Media', 'Lumen & Oak', 'Halvorsen Freight', 'Saltmarsh Studios', 'Orchard Row Schools'];
const ROLES = ['Senior Data Engineer', 'Platform Engineer', 'Analytics Engineer', 'Site Reliability Engineer', 'Backend Engineer', 'Data Platform Lead'];

/** 1,000 notes made from the bench texts: other people, companies, roles, days and times. */
export function makeNotes(dir, texts, count = 1000) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = [texts.typical, texts.typical, texts.typical, texts.long];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    const company = COMPANIES[(i * 5) % COMPANIES.length];
    const role = ROLES[(i * 3) % ROLES.length];
    const day = String(1 + (i % 24)).padStart(2, '0');
    const text = sources[i % sources.length]
      .replaceAll('Dana Whitfield', `${first} ${last}`).replaceAll('Dana', first)
      .replaceAll('dana.whitfield', `${first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${last.toLowerCase()}`)
      .replaceAll('Northwind Health', company).replaceAll('Senior Data Engineer', role)
      .replace('2026-11-24 15:30', `2026-11-${day} ${String(8 + (i % 10)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
    writeFileSync(join(dir, `note-${String(i + 1).padStart(4, '0')}.thanks`), text);
  }
  return dir;
}

/** CLI cold start on the typical note (median of `runs` fresh processes) and `runs` runs over the notes folder. */
export function benchCli(root, { typicalFile, notesDir, now, runs }) {
  const args = ['--format', 'json', '--now', now];
  const cold = [];
  for (let i = 0; i < runs; i++) cold.push(runCli(root, [...args, typicalFile], root));
  // NODE_EXTRA_CA_CERTS (set on machines behind a proxy) makes every Node process read those
  // certificates as it starts: the same cold start without it, for comparison (not the target's row)
  const coldNoCa = [];
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS, ...env } = process.env;
    for (let i = 0; i < runs; i++) coldNoCa.push(runCli(root, [...args, typicalFile], root, env));
  }
  // as many runs as cold starts (5 in a full run, was 3): one run of two lanes moves by ±10 % with the machine
  const many = [];
  for (let i = 0; i < runs; i++) many.push(runCli(root, [...args, notesDir], root));
  return { cold, coldNoCa, many };
}
