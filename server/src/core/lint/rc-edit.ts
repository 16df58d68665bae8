// "Disable … in this workspace": one rule's severity written into a .thanksrc.json, keeping the
// file's other keys, its indentation, line endings, encoding and byte-order mark, through the one
// safe writer (atomic, never over a file changed since it was read).
import { existsSync } from 'node:fs';
import { readTextFile, writeTextFile } from '../files/note-file';
import type { SeveritySetting } from './config';

/** The text of a .thanksrc.json with `rules[ruleId]` set; throws (with a message for the user) on a file that is not a JSON object. */
export function withRuleSeverity(source: string | undefined, ruleId: string, severity: SeveritySetting): string {
  const bom = source?.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = (source ?? '').replace(/^\uFEFF/, '');
  let json: Record<string, unknown> = {};
  if (body.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      throw new Error(`it is not valid JSON (${(e as Error).message}); fix it first`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('it is not a JSON object; fix it first');
    json = parsed as Record<string, unknown>;
  }
  const rules = json.rules && typeof json.rules === 'object' && !Array.isArray(json.rules) ? (json.rules as Record<string, unknown>) : {};
  json.rules = { ...rules, [ruleId]: severity };
  const indent = /^[ \t]+(?=")/m.exec(body)?.[0] ?? '  ';
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return bom + JSON.stringify(json, null, indent).replace(/\n/g, eol) + eol;
}

/** Sets `rules[ruleId]` in the .thanksrc.json at `path` (created when missing), through the safe writer. */
export function writeRuleSeverity(path: string, ruleId: string, severity: SeveritySetting, root?: string): void {
  const existing = existsSync(path) ? readTextFile(path) : undefined;
  if (!existing) {
    writeTextFile(path, withRuleSeverity(undefined, ruleId, severity), 'utf8', { create: true, root });
    return;
  }
  writeTextFile(path, withRuleSeverity(existing.text, ruleId, severity), existing.encoding, { expect: existing.stamp, root });
}
