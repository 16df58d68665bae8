// server/out/cli.js (`thanks-lint`): starts server/out/cli.main.js from its code cache (./run).
import { join } from 'node:path';
import { runBundle } from './run';

runBundle(join(__dirname, 'cli.main.js'), module, require);
