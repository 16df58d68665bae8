// Expands the CLI's operands: files, folders (every *.thanks below, skipping node_modules and
// dot-folders) and globs (`*`, `**`, `?`).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readTextFile, type TextFile } from '../core/files/note-file';

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
  /** The folder each file was found under (its operand folder, a glob's fixed part, or the file's
   *  own folder): --fix never writes through a symbolic link to outside it. */
  rootOf: Map<string, string>;
}

export function expandOperands(operands: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const rootOf = new Map<string, string>();
  const add = (found: string[], root: string) => {
    for (const f of found) if (!rootOf.has(f)) rootOf.set(f, root);
    files.push(...found);
  };
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
      add(found.sort().map((f) => relative(cwd, f) || f), base);
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
      add(found.map((f) => relative(cwd, f) || f), resolve(cwd, op));
    } else add([op], dirname(resolve(cwd, op)));
  }
  return { files: [...new Set(files)], missing, rootOf };
}

/**
 * Reads a note: a regular file of UTF-8, or UTF-16 with a byte-order mark (as some Windows editors
 * save), bounded in size. Throws FileRefused (with the reason) or the fs error.
 */
export function readNoteFile(path: string): TextFile {
  return readTextFile(path);
}
