import type { Rule } from '../types';
import { KEY_SPECS, KNOWN_KEYS } from '../../document/frontmatter/schema';
import { renameKeyEdit } from '../../document/frontmatter/writer';
import { editDistance } from '../../document/text';

/** Other names people write for a key ("position" for role), from the schema. */
const ALIASES: ReadonlyMap<string, string> = new Map(KEY_SPECS.flatMap((k) => k.aliases.map((a) => [a, k.key] as const)));

export function suggestKey(key: string): string | undefined {
  const k = key.toLowerCase();
  if (KNOWN_KEYS.includes(k)) return k;
  const alias = ALIASES.get(k);
  if (alias) return alias;
  const squashed = k.replace(/[\s-]+/g, '_');
  if (KNOWN_KEYS.includes(squashed)) return squashed;
  let best: string | undefined;
  let bestD = 3;
  for (const known of KNOWN_KEYS) {
    const d = editDistance(k, known, 2);
    if (d < bestD) {
      bestD = d;
      best = known;
    }
  }
  return best;
}

export const rule: Rule = {
  meta: {
    id: 'frontmatter/unknown-key',
    category: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'Front-matter keys must be ones Thanks knows; a misspelt key leaves its value unused.',
    why: 'A misspelt key such as `compnay` is silently ignored, so the checks that rely on it (company named, no other company) never run.',
    advice: `Use one of: ${KNOWN_KEYS.join(', ')}.`,
    messages: {
      didYouMean: 'Unknown front-matter key "{key}". Did you mean "{suggestion}"?',
      unknown: 'Unknown front-matter key "{key}". Known keys: {known}.',
    },
    fixable: true,
    examples: { bad: ['compnay: Harbor Point Distribution'], good: ['company: Harbor Point Distribution'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    for (const entry of fm.keys) {
      if (KNOWN_KEYS.includes(entry.key)) continue;
      const suggestion = suggestKey(entry.key);
      if (suggestion) {
        const taken = fm.entries.has(suggestion);
        report({
          messageId: 'didYouMean',
          data: { key: entry.key, suggestion },
          ...entry.keySpan,
          fixes: [{ title: `Rename to "${suggestion}"`, edits: [renameKeyEdit(entry, suggestion)], safe: !taken, preferred: true }],
        });
      } else {
        report({ messageId: 'unknown', data: { key: entry.key, known: KNOWN_KEYS.join(', ') }, ...entry.keySpan });
      }
    }
  },
};
