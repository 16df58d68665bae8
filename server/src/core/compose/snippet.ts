// VS Code snippet bodies (the TextMate-style syntax of .code-snippets files), for the templates:
// expand a body to plain text (with defaults, or with tab stops filled), and pre-fill tab stops whose
// default is a known template slot ("[Company Name]") with a value.
// Supported: $n, ${n}, ${n:default} (defaults may nest), ${n|a,b|} (first choice), $VAR, ${VAR},
// ${VAR:default}, and the escapes \$ \} \\ ; transforms (${n/re/fmt/}) are not used by the templates.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  parse(until?: string): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (until && c === until) break;
      if (c === '\\' && this.pos + 1 < this.src.length && '$}\\,|'.includes(this.src[this.pos + 1])) {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (c === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          out.push(node);
          continue;
        }
      }
      text += c;
      this.pos++;
    }
    flush();
    return out;
  }

  private dollar(): SnippetNode | undefined {
    const start = this.pos;
    const rest = this.src.slice(this.pos + 1);
    let m = /^(\d+)/.exec(rest);
    if (m) {
      this.pos += 1 + m[1].length;
      return { kind: 'tabstop', index: Number(m[1]) };
    }
    m = /^([A-Z_][A-Z_0-9]*)/i.exec(rest);
    if (m) {
      this.pos += 1 + m[1].length;
      return { kind: 'variable', name: m[1] };
    }
    m = /^\{(\d+)(\}|:|\|)/.exec(rest);
    if (m) {
      const index = Number(m[1]);
      this.pos += 1 + m[0].length;
      if (m[2] === '}') return { kind: 'tabstop', index };
      if (m[2] === ':') {
        const children = this.parse('}');
        this.pos++; // }
        return { kind: 'tabstop', index, children };
      }
      const end = this.src.indexOf('|}', this.pos);
      if (end < 0) {
        this.pos = start;
        return undefined;
      }
      const choices = this.src.slice(this.pos, end).split(/(?<!\\),/).map((s) => s.replace(/\\(.)/g, '$1'));
      this.pos = end + 2;
      return { kind: 'tabstop', index, choices };
    }
    m = /^\{([A-Z_][A-Z_0-9]*)(\}|:)/i.exec(rest);
    if (m) {
      this.pos += 1 + m[0].length;
      if (m[2] === '}') return { kind: 'variable', name: m[1] };
      const children = this.parse('}');
      this.pos++;
      return { kind: 'variable', name: m[1], children };
    }
    return undefined;
  }
}

export function parseSnippet(body: string | string[]): SnippetNode[] {
  return new Parser(Array.isArray(body) ? body.join('\n') : body).parse();
}

export interface ExpandOptions {
  /** Values typed into tab stops, by index; a tab stop without one keeps its default. */
  fill?: Record<number, string>;
  /** Snippet variables (CURRENT_YEAR, TM_FILENAME_BASE, …); an unknown variable expands to its default or its name. */
  variables?: Record<string, string>;
}

/** The text VS Code inserts for a snippet, with `fill` typed into the tab stops. */
export function expandSnippet(body: string | string[], options: ExpandOptions = {}): string {
  const nodes = parseSnippet(body);
  // Mirrors: a tab stop without a default takes the first default given for its index.
  const defaults = new Map<number, SnippetNode[] | string>();
  const collect = (ns: SnippetNode[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && !defaults.has(n.index)) {
        if (n.children) defaults.set(n.index, n.children);
        else if (n.choices) defaults.set(n.index, n.choices[0] ?? '');
      }
      if (n.kind !== 'text' && n.children) collect(n.children);
    }
  };
  collect(nodes);
  const render = (ns: SnippetNode[]): string =>
    ns
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') {
          const v = options.variables?.[n.name];
          if (v !== undefined) return v;
          return n.children ? render(n.children) : n.name;
        }
        const filled = options.fill?.[n.index];
        if (filled !== undefined) return filled;
        const d = defaults.get(n.index);
        return d === undefined ? '' : typeof d === 'string' ? d : render(d);
      })
      .join('');
  return render(nodes);
}

/** Every tab-stop index in a body, in order of first appearance (0, the final cursor, excluded). */
export function tabStops(body: string | string[]): { index: number; label: string }[] {
  const seen = new Map<number, string>();
  const walk = (ns: SnippetNode[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && n.index !== 0) {
        const label = n.children ? expandSnippet(serialize(n.children)) : n.choices?.[0];
        if (!seen.has(n.index) || (!seen.get(n.index) && label)) seen.set(n.index, label ?? '');
      }
      if (n.kind !== 'text' && n.children) walk(n.children);
    }
  };
  walk(parseSnippet(body));
  return [...seen].map(([index, label]) => ({ index, label }));
}

function escapeText(s: string, inPlaceholder: boolean): string {
  return s.replace(inPlaceholder ? /[\\$}]/g : /[\\$]/g, '\\$&');
}

export function serialize(nodes: SnippetNode[], inPlaceholder = false): string {
  return nodes
    .map((n) => {
      if (n.kind === 'text') return escapeText(n.value, inPlaceholder);
      if (n.kind === 'variable') return n.children ? `\${${n.name}:${serialize(n.children, true)}}` : `\${${n.name}}`;
      if (n.choices) return `\${${n.index}|${n.choices.map((c) => c.replace(/[\\,|$}]/g, '\\$&')).join(',')}|}`;
      if (n.children) return `\${${n.index}:${serialize(n.children, true)}}`;
      return `\${${n.index}}`;
    })
    .join('');
}

/** Replaces the default of each tab stop for which `valueFor(defaultText)` gives a value, keeping the
 *  tab stop (so the writer can still Tab through and change it). Returns a snippet body. */
export function prefillSnippet(body: string | string[], valueFor: (defaultText: string) => string | undefined): string {
  const walk = (ns: SnippetNode[]): SnippetNode[] =>
    ns.map((n) => {
      if (n.kind === 'tabstop' && n.children) {
        const value = valueFor(expandSnippet(serialize(n.children)));
        if (value !== undefined) return { ...n, children: [{ kind: 'text', value }] };
        return { ...n, children: walk(n.children) };
      }
      if (n.kind === 'variable' && n.children) return { ...n, children: walk(n.children) };
      return n;
    });
  return serialize(walk(parseSnippet(body)));
}

/** The variables VS Code knows for dates, from a clock (local time). */
export function dateVariables(now: Date): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: pad(now.getSeconds()),
    CURRENT_DAY_NAME: now.toLocaleDateString('en-US', { weekday: 'long' }),
    CURRENT_DAY_NAME_SHORT: now.toLocaleDateString('en-US', { weekday: 'short' }),
    CURRENT_MONTH_NAME: now.toLocaleDateString('en-US', { month: 'long' }),
    CURRENT_MONTH_NAME_SHORT: now.toLocaleDateString('en-US', { month: 'short' }),
  };
}
