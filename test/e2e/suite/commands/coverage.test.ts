import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, manifest } from '../helpers';

/** thanks.restartServer -> restart-server (the test file of a command is commands/<that>.test.ts). */
export function testFileOf(command: string): string {
  return command.replace(/^thanks\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) + '.test.js';
}

describe('commands', () => {
  before(activeExtension);

  it('every contributed command is registered and has its own test file in commands/', async () => {
    const contributed = ((manifest().contributes?.commands ?? []) as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'contributed but not registered');
    const untested = contributed.filter((c) => !fs.existsSync(path.join(__dirname, testFileOf(c))));
    assert.deepEqual(untested, [], `add test/e2e/suite/commands/${untested.map((c) => testFileOf(c).replace(/\.js$/, '.ts')).join(', ')}`);
  });
});
