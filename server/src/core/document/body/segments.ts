// Which parts of the body are parsed as Markdown: all of it when it is small and plain (the usual
// case), else block by block within a budget, since micromark is super-linear in some constructs.

/** Bodies longer than this are not parsed as Markdown (a pasted log, say); the rest is still read line by line. */
export const MAX_MARKDOWN_BODY = 100_000;

const atWordStart = (text: string, i: number) => i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9;

/** The end of a list marker starting at `i` ("- ", "+ ", "1. ", "123) " before a space or line
 *  end), or `i` when there is none. Every marker can open a nested list ("1. 1. 1. …" nests). */
function listMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let j = i;
  if (c === 45 || c === 43) j++;
  else {
    while (j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || (text.charCodeAt(j) !== 46 && text.charCodeAt(j) !== 41)) return i;
    j++;
  }
  const next = text.charCodeAt(j);
  return next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next) ? j : i;
}

/**
 * Markdown syntax a parse has to resolve: emphasis, brackets, angle brackets, backticks and block
 * markers. micromark is super-linear in these (1,000 tight list items or 10 KB of `*_` take
 * seconds), so a body is parsed whole only while it holds few of them.
 */
function markdownCost(text: string): number {
  let n = 0;
  let indent = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // indentation: containers and indented code are re-measured on every line
    if (indent && (c === 32 || c === 9)) {
      n += 0.05;
      continue;
    }
    indent = c === 10 || c === 13;
    // * _ [ ] < > ` ! \ | ~ &
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 62 || c === 96 || c === 33 || c === 92 || c === 124 || c === 126 || c === 38) n++;
    // line breaks: micromark spends ~10 µs on each, blank or not
    else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n += 0.1;
    // a list marker after a line start or a space: "- ", "+ ", and numbered ones "1. ", "12) "
    else if (atWordStart(text, i) && listMarkerEnd(text, i) > i) n++;
  }
  return n;
}

/** Budget of Markdown syntax for one parse, and for the whole body. */
export const MAX_MARKDOWN_COST = 400;
export const MAX_MARKDOWN_COST_TOTAL = 1200;

/**
 * Splits the body into segments parsed as Markdown or read line by line. A small, plain body is one
 * Markdown segment (the usual case). Otherwise the body is cut into blocks at blank lines outside
 * fenced code, and each block is parsed as Markdown while it and the running total stay in budget.
 */
export function markdownSegments(bodyText: string): { start: number; end: number; markdown: boolean }[] {
  if (bodyText.length > MAX_MARKDOWN_BODY) return [{ start: 0, end: bodyText.length, markdown: false }];
  if (markdownCost(bodyText) <= MAX_MARKDOWN_COST) return [{ start: 0, end: bodyText.length, markdown: true }];
  const out: { start: number; end: number; markdown: boolean }[] = [];
  let total = 0;
  let blockStart = 0;
  let fence: string | undefined;
  let lastCost = 0;
  const flush = (end: number) => {
    if (end <= blockStart) return;
    const block = bodyText.slice(blockStart, end);
    const blank = block.trim() === ''; // nothing to parse: read "line by line" (there are no lines to read)
    const cost = blank ? 0 : markdownCost(block);
    const markdown = !blank && cost <= MAX_MARKDOWN_COST && total + cost <= MAX_MARKDOWN_COST_TOTAL;
    if (markdown) total += cost;
    const last = out[out.length - 1];
    // Neighbouring blocks of the same kind share one segment (one parse), within the per-parse budget.
    if (blank) {
      if (last && !last.markdown) last.end = end;
      else out.push({ start: blockStart, end, markdown: false });
    } else if (last && !last.markdown && !markdown) last.end = end;
    else if (last && last.markdown && markdown && lastCost + cost <= MAX_MARKDOWN_COST) {
      last.end = end;
      lastCost += cost;
    } else {
      out.push({ start: blockStart, end, markdown });
      lastCost = cost;
    }
    blockStart = end;
  };
  let pos = 0;
  while (pos < bodyText.length) {
    const eol = bodyText.indexOf('\n', pos);
    const next = eol < 0 ? bodyText.length : eol + 1;
    const line = bodyText.slice(pos, next);
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
    } else if (!fence && line.trim() === '') {
      flush(next);
    }
    pos = next;
  }
  flush(bodyText.length);
  return out;
}
