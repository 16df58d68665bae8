// Configuration, the same in the editor and the CLI. Precedence, strongest first:
// inline directive > .thanksrc.json nearest the note > VS Code settings > rule defaults.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import type { Category, Diagnostic, RuleMeta, Severity, SeverityOrOff } from '../rules/types';
import { CATEGORIES } from '../rules/types';
import type { Directive } from '../document/model';
import { DIALECTS, dialectFrom, type Dialect } from '../language/dialect';
import { parseDocument } from 'yaml';

export type SeveritySetting = SeverityOrOff | 'default';

/** One layer of configuration (settings or a .thanksrc.json). */
export interface ConfigLayer {
  rules?: Record<string, SeveritySetting>;
  categories?: Partial<Record<string, SeveritySetting>>;
  /** Extra words that are never misspellings. */
  words?: string[];
  /** How coaching findings (hint by default) are shown: as hints, or raised to information. */
  coaching?: 'hint' | 'information';
  /** The English of the notes (spelling dictionary, grammar conventions). */
  dialect?: Dialect;
}

/** When an editor checks a note: as you type (the default) or when you save it (setting thanks.run). */
export type RunMode = 'onType' | 'onSave';

export interface ThanksSettings extends ConfigLayer {
  enable: boolean;
  run: RunMode;
}

export const DEFAULT_SETTINGS: ThanksSettings = { enable: true, run: 'onType', rules: {}, categories: {} };

export interface ConfigProblem {
  file: string;
  message: string;
  line: number;
  column: number;
}

export interface RcFile {
  path: string;
  layer: ConfigLayer;
  problems: ConfigProblem[];
}

export const RC_NAME = '.thanksrc.json';
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off', 'default', 'info']);

function normaliseSeverity(v: unknown): SeveritySetting | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.toLowerCase();
  if (!SEVERITIES.has(s)) return undefined;
  return (s === 'info' ? 'information' : s) as SeveritySetting;
}

/** Turns a raw settings object (VS Code `thanks` section, or null) into ThanksSettings, dropping bad values. */
export function settingsFrom(raw: unknown, problems: string[] = []): ThanksSettings {
  const out: ThanksSettings = { enable: true, run: 'onType', rules: {}, categories: {} };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') out.enable = r.enable;
  if (r.run === 'onType' || r.run === 'onSave') out.run = r.run;
  else if (r.run !== undefined) problems.push(`settings: run must be "onType" or "onSave" (got ${JSON.stringify(r.run)}).`);
  const layer = layerFrom(r, problems, 'settings');
  return { ...out, ...layer, enable: out.enable, run: out.run };
}

/** `paths` receives, for each problem, where in the object it is (so a file can point at it). */
function layerFrom(r: Record<string, unknown>, problems: string[], where: string, paths: string[][] = []): ConfigLayer {
  const layer: ConfigLayer = { rules: {}, categories: {} };
  const problem = (message: string, path: string[]) => {
    problems.push(message);
    paths.push(path);
  };
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
        const s = normaliseSeverity(v);
        if (s) layer.rules![id] = s;
        else problem(`${where}: rules.${id} must be one of error, warning, information, hint, off or default (got ${JSON.stringify(v)}).`, ['rules', id]);
      }
    } else problem(`${where}: "rules" must be an object of rule id -> severity.`, ['rules']);
  }
  if (r.categories !== undefined) {
    if (r.categories && typeof r.categories === 'object' && !Array.isArray(r.categories)) {
      for (const [cat, v] of Object.entries(r.categories as Record<string, unknown>)) {
        if (!(CATEGORIES as readonly string[]).includes(cat)) {
          problem(`${where}: unknown category "${cat}" (known: ${CATEGORIES.join(', ')}).`, ['categories', cat]);
          continue;
        }
        const s = normaliseSeverity(v);
        if (s) layer.categories![cat] = s;
        else problem(`${where}: categories.${cat} must be one of error, warning, information, hint, off or default (got ${JSON.stringify(v)}).`, ['categories', cat]);
      }
    } else problem(`${where}: "categories" must be an object of category -> severity.`, ['categories']);
  }
  if (r.coaching !== undefined) {
    if (r.coaching === 'hint' || r.coaching === 'information') layer.coaching = r.coaching;
    else problem(`${where}: "coaching" must be "hint" or "information" (got ${JSON.stringify(r.coaching)}).`, ['coaching']);
  }
  if (r.dialect !== undefined) {
    const d = dialectFrom(r.dialect);
    if (d) layer.dialect = d;
    else problem(`${where}: "dialect" must be one of ${DIALECTS.join(', ')} (got ${JSON.stringify(r.dialect)}).`, ['dialect']);
  }
  if (r.words !== undefined) {
    if (Array.isArray(r.words)) layer.words = r.words.filter((w): w is string => typeof w === 'string');
    else problem(`${where}: "words" must be a list of strings.`, ['words']);
  }
  return layer;
}

/** Line and column (0-based) of the value at `path` in JSON `source` (JSON is YAML, and the yaml
 *  parser keeps offsets), or of the file's start when it cannot be found. */
function positionIn(source: string, path: string[]): { line: number; column: number } {
  const doc = parseDocument(source.replace(/^\uFEFF/, ' '), { uniqueKeys: false });
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const at = node?.range?.[0] ?? 0;
  const before = source.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, column: at - (before.lastIndexOf('\n') + 1) };
}

/** Reads and validates one .thanksrc.json. Never throws: problems are returned with positions. */
export function readRcFile(path: string, text?: string): RcFile {
  const problems: ConfigProblem[] = [];
  let source = text;
  if (source === undefined) {
    try {
      source = readFileSync(path, 'utf8');
    } catch (e) {
      return { path, layer: {}, problems: [{ file: path, message: `cannot read: ${(e as Error).message}`, line: 0, column: 0 }] };
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let line = 0;
    let column = 0;
    if (pos) {
      const before = source.slice(0, Number(pos[1]));
      line = before.split('\n').length - 1;
      column = before.length - before.lastIndexOf('\n') - 1;
    }
    problems.push({ file: path, message: `not valid JSON: ${msg}`, line, column });
    return { path, layer: {}, problems };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    problems.push({ file: path, message: 'must be a JSON object with "rules", "categories", "words", "coaching" and/or "dialect".', line: 0, column: 0 });
    return { path, layer: {}, problems };
  }
  const known = new Set(['rules', 'categories', 'words', 'coaching', 'dialect', '$schema']);
  const messages: string[] = [];
  const paths: string[][] = [];
  for (const k of Object.keys(json)) {
    if (known.has(k)) continue;
    messages.push(`unknown key "${k}" (known: rules, categories, words, coaching, dialect).`);
    paths.push([k]);
  }
  const layer = layerFrom(json as Record<string, unknown>, messages, 'here', paths);
  messages.forEach((m, i) => problems.push({ file: path, message: m.replace(/^here: /, ''), ...positionIn(source!, paths[i]) }));
  return { path, layer, problems };
}

/** The nearest .thanksrc.json in the note's folder or above, or undefined. */
export function findRcFile(notePath: string, stopAt?: string): string | undefined {
  let dir = dirname(notePath);
  const root = parsePath(dir).root;
  for (;;) {
    const candidate = join(dir, RC_NAME);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      /* unreadable folder: keep looking upwards */
    }
    if (dir === root || (stopAt && dir === stopAt)) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The effective severity of a rule given the layers, strongest first. */
export function resolveSeverity(meta: RuleMeta, layers: ConfigLayer[], findingDefault?: Severity): SeverityOrOff {
  for (const layer of layers) {
    const r = layer.rules?.[meta.id];
    if (r && r !== 'default') return r;
    const c = layer.categories?.[meta.category];
    if (c && c !== 'default') return c;
  }
  const severity = findingDefault ?? meta.defaultSeverity;
  // Coaching findings are hints unless a layer raises them (setting thanks.coaching, "coaching" in .thanksrc.json).
  if (severity === 'hint') for (const layer of layers) if (layer.coaching) return layer.coaching;
  return severity;
}

/** Whether a directive list disables `ruleId` (of `category`) at `line`. */
export function disabledAt(directives: Directive[], ruleId: string, category: Category, line: number, lineOf: (o: number) => number): boolean {
  let disabled = false;
  const applies = (d: Directive) => d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
  for (const d of directives) {
    if (!applies(d)) continue;
    if (d.kind === 'disable-next-line') {
      // the next line that is not the directive itself
      if (lineOf(d.end) + 1 === line || d.line + 1 === line) return true;
    } else if (d.kind === 'disable-line') {
      if (d.line === line) return true;
    } else if (d.line <= line) {
      disabled = d.kind === 'disable';
    }
  }
  return disabled;
}

export type { Diagnostic };
