// Expands the CLI's operands: files, folders (every *.thanks below, skipping node_modules and
// dot-folders) and globs (`*`, `**`, `?`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const SKIP = new Set(['node_modules', '.git']);

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), out);
    } else if (e.name.endsWith('.thanks') && (e.isFile() || (e.isSymbolicLink() && isFile(join(dir, e.name))))) out.push(join(dir, e.name));
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export interface Expanded {
  files: string[];
  /** Operands that matched nothing or could not be read. */
  missing: string[];
}

export function expandOperands(operands: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  for (const op of operands) {
    if (/[*?]/.test(op)) {
      const norm = op.split(sep).join('/');
      const staticPart = norm.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?]/.test(p))).join('/');
      const base = resolve(cwd, staticPart || '.');
      const re = globToRegExp(resolve(cwd, norm).split(sep).join('/'));
      const found: string[] = [];
      const visit = (dir: string) => {
        let entries;
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          const p = join(dir, e.name);
          if (e.isDirectory()) {
            if (!SKIP.has(e.name)) visit(p);
          } else if (re.test(p.split(sep).join('/'))) found.push(p);
        }
      };
      visit(base);
      if (found.length === 0) missing.push(op);
      files.push(...found.sort().map((f) => relative(cwd, f) || f));
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, op));
    } catch {
      missing.push(op);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(resolve(cwd, op), found);
      files.push(...found.map((f) => relative(cwd, f) || f));
    } else files.push(op);
  }
  return { files: [...new Set(files)], missing };
}

/**
 * Reads a note as text: UTF-8 (a BOM is kept, the parser skips it), or UTF-16 when the file starts
 * with a UTF-16 byte-order mark (as some Windows editors save). Throws what readFileSync throws.
 */
export function readNoteFile(path: string): string {
  const buf = readFileSync(path);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return '\uFEFF' + buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return '\uFEFF' + swapped.toString('utf16le');
  }
  return buf.toString('utf8');
}
