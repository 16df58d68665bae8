// Gold-set reader, detokeniser and a small Penn-style tokeniser for the tagger bake-off.
import { readFileSync } from 'node:fs';

const NO_SPACE_BEFORE = /^(?:[.,!?;:%)\]}]|n't|'[a-z]+|’[a-z]+)$/i;
const NO_SPACE_AFTER = /^[$(\[{]$/;

/** Parses gold.txt into sentences: { id, flag, tokens: [{ text, gold: string[], critical, start, end }], text }. */
export function readGold(file) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, flag, ...rest] = line.trim().split(/\s+/);
    const tokens = rest.map((tok) => {
      const at = tok.lastIndexOf('/');
      let tag = tok.slice(at + 1);
      const critical = tag.endsWith('*');
      if (critical) tag = tag.slice(0, -1);
      return { text: tok.slice(0, at), gold: tag.split('|'), critical };
    });
    const { text, spans } = detokenize(tokens.map((t) => t.text));
    tokens.forEach((t, i) => Object.assign(t, spans[i]));
    out.push({ id: Number(id), flag, tokens, text });
  }
  return out;
}

/** Joins tokens into running text; returns the text and each token's [start, end). */
export function detokenize(tokens) {
  let text = '';
  const spans = [];
  tokens.forEach((tok, i) => {
    if (i > 0 && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(tokens[i - 1])) text += ' ';
    spans.push({ start: text.length, end: text.length + tok.length });
    text += tok;
  });
  return { text, spans };
}

const TOKEN_RE = /(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr)\.|\d[\d,.:]*\d|\d|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** Penn-style tokeniser for running text (clitics split: do n't, I 'm, Sara 's). */
export function tokenize(text) {
  const out = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const w = m[0];
    const clitic = /^(.+?)(n't|['’](?:s|m|re|ve|ll|d))$/i.exec(w);
    if (clitic && clitic[1].length > 0) out.push(clitic[1], clitic[2]); // can't -> ca n't, as Penn does
    else out.push(w);
  }
  return out;
}

/** Splits text into sentences (rough, for the timing note). */
export function sentences(tokens) {
  const out = [];
  let cur = [];
  for (const t of tokens) {
    cur.push(t);
    if (t === '.' || t === '!' || t === '?') { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}
