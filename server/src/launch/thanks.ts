// server/out/thanks.js (`thanks`): starts server/out/thanks.main.js from its code cache (./run).
import { join } from 'node:path';
import { runBundle } from './run';

runBundle(join(__dirname, 'thanks.main.js'), module, require);
