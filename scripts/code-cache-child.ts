// Build time (scripts/code-cache.mjs): runs one bundle the way its launcher does (server/src/launch/run.ts)
// and writes V8's code cache of what it compiled when the process exits.
// usage: node code-cache-child.cjs <bundle> <cache file> <bundle's arguments…>
import { runBundle } from '../server/src/launch/run';

const [bundle, out, ...args] = process.argv.slice(2);
// the server's launcher sets the heap flags before compiling; the cache is made under the same flags
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (/server\.main\.js$/.test(bundle)) require('../server/src/heap');
process.argv = [process.argv[0], bundle, ...args];
runBundle(bundle, module, require, out);
