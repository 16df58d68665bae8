// The README's promises that a newcomer checks first: the demo's exit status, and the names of the
// extension's commands. (Built-in VS Code command names are checked in the real workbench, e2e.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('README', () => {
  it('`npm run demo` ends with the exit status the README gives', function () {
    this.timeout(60_000);
    const said = /`npm run demo`[\s\S]{0,400}?ends with exit status (\d)/.exec(readme);
    assert.ok(said, 'the README says how `npm run demo` ends');
    // The demo after its build step (npm test has built already).
    const [build, ...rest] = (pkg.scripts.demo as string).split(' && ');
    assert.equal(build, 'npm run -s build');
    assert.ok(existsSync(join(root, 'server/out/cli.js')), 'run npm run build first');
    const run = spawnSync('sh', ['-c', rest.join(' && ')], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, Number(said[1]), run.stdout + run.stderr);
    assert.match(run.stdout, /examples\/needs-work\.thanks:\d+:\d+: error/);
  });

  it('every "Thanks: …" command it names is contributed under that name', () => {
    const contributed = new Set((pkg.contributes.commands as { category: string; title: string }[]).map((c) => `${c.category}: ${c.title}`));
    const named = [...readme.matchAll(/\*(Thanks: [^*\n]+?)\*/g)].map((m) => m[1]);
    assert.ok(named.length >= 2);
    for (const name of named) assert.ok(contributed.has(name), `${name} is not a command (${[...contributed].join(', ')})`);
  });

  it('the settings it names exist', () => {
    const settings = new Set(Object.keys(pkg.contributes.configuration.properties));
    for (const m of readme.matchAll(/`(thanks\.[a-zA-Z.]+)`/g)) {
      const key = m[1].replace(/\.<[^>]+>$/, '');
      if (key === 'thanks.vsix') continue; // the package file, not a setting
      assert.ok(settings.has(key) || [...settings].some((s) => s.startsWith(`${key}.`)), `${key} is not a setting`);
    }
  });
});
