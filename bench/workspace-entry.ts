// What bench/workspace.mjs calls in-process: the workspace index and the cross-note rules, as bundled.
export { parseNote } from '../server/src/core/document/parse';
export { lint } from '../server/src/core/lint/engine';
export { rules } from '../server/src/core/rules';
export { NoteIndex } from '../server/src/core/workspace/index';
export { recordOf } from '../server/src/core/workspace/record';
