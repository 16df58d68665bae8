// Documentation of the front-matter keys (data in lexicon/frontmatter-keys.json).
import data from '../../lexicon/frontmatter-keys.json';

export interface KeyDoc {
  key: string;
  required: boolean;
  type: string;
  doc: string;
  snippet: string;
}

export const KEY_DOCS: readonly KeyDoc[] = data.keys;
export const KEY_DOC: ReadonlyMap<string, KeyDoc> = new Map(KEY_DOCS.map((k) => [k.key, k]));

export function keyMarkdown(k: KeyDoc): string {
  return `**\`${k.key}\`** — ${k.required ? 'required' : 'optional'}; ${k.type}\n\n${k.doc}`;
}
