// Where the rule docs live (docs/rules/<category>/<name>.md next to the extension), as file URIs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let root: string | null | undefined;

function docsRoot(): string | null {
  if (root !== undefined) return root;
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return (root = candidate);
    dir = dirname(dir);
  }
  return (root = null);
}

/** Each rule's page, made once: every published diagnostic carries it. */
const uris = new Map<string, string | undefined>();

export function ruleDocUri(ruleId: string): string | undefined {
  if (uris.has(ruleId)) return uris.get(ruleId);
  const r = docsRoot();
  const uri = !r || !/^[a-z]+\/[a-z0-9-]+$/.test(ruleId) ? undefined : pathToFileURL(join(r, `${ruleId}.md`)).href;
  uris.set(ruleId, uri);
  return uri;
}
