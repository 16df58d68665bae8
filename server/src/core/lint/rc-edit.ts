// "Disable … in this workspace": one rule's severity written into a .thanksrc.json, keeping the
// file's other keys, its indentation, line endings and byte-order mark. Written atomically.
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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

/** Sets `rules[ruleId]` in the .thanksrc.json at `path` (created when missing), atomically. */
export function writeRuleSeverity(path: string, ruleId: string, severity: SeveritySetting): void {
  const source = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const next = withRuleSeverity(source, ruleId, severity);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, next, 'utf8');
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw e;
  }
}
