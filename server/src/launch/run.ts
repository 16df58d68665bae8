// What `node server/out/<name>.js` runs first: a few lines that start the real bundle
// (server/out/<name>.main.js) from V8's code cache, which the build makes beside it by running the
// bundle once (scripts/code-cache.mjs). Node 20 compiles a CommonJS module from source every time
// (its compile cache is Node 22); compiling 1-2 MB of bundle, and then each function as it is first
// called, was a good part of a cold start. V8 rejects a cache made by another V8 version or with
// other flags (VS Code's own runtime, a newer Node): the bundle is then compiled from source as before.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module from 'node:module';

export const CACHE_SUFFIX = '.v8cache';

/**
 * Runs `bundle` in the place of the module node started (`host`): the same `module`, `exports` and
 * `require`, so `require.main === module` holds in it. `produce`: write the code cache of everything
 * compiled by the time the process exits to this file (the build), instead of reading one.
 */
export function runBundle(bundle: string, host: NodeJS.Module, hostRequire: NodeJS.Require, produce?: string): void {
  // the build writes the bundles in ASCII (scripts/build.mjs): read as Latin-1, nothing to decode
  const source = fs.readFileSync(bundle, 'latin1');
  let cachedData: Buffer | undefined;
  if (!produce) {
    try {
      cachedData = fs.readFileSync(bundle + CACHE_SUFFIX);
    } catch {
      // no cache (a copy of the bundle alone): compile from source
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (produce) process.once('exit', () => fs.writeFileSync(produce, script.createCachedData()));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  wrapper.call(host.exports, host.exports, hostRequire, host, bundle, path.dirname(bundle));
}
