// The one lint pipeline, used by the language server and the CLI alike:
//   text -> parseNote -> configuration layers (inline directives > .thanksrc.json > settings >
//   defaults) and word lists -> lint -> diagnostics.
// Rules that need a resource still loading are either run after loading it (`resources: 'load'`, the
// CLI) or left out and named in `deferred` (`resources: 'defer'`, the server, which re-checks once
// `warmUp()` has finished). The spelling dictionaries load in a few ms on first use (packed word
// sets), so today nothing is ever deferred and spelling is in a note's first diagnostics.
import type { ThanksDocument } from '../document/model';
import { parseNote } from '../document/parse';
import type { Diagnostic, Resource, Rule } from '../rules/types';
import { rules as allRules } from '../rules';
import { isLoaded as spellerLoaded, preload as preloadSpeller } from '../language/spelling';
import type { ConfigLayer } from './config';
import { layersFor, type FolderConfig } from './workspace';
import { lint, now as clockNow, type LintOptions } from './engine';
import type { NoteRecord } from '../workspace/record';

export interface CheckOptions {
  /** The clock; default THANKS_NOW or the real time. */
  now?: Date;
  /** The editor's settings (VS Code `thanks.*`), weaker than the folder's .thanksrc.json. */
  settings?: ConfigLayer;
  /** The note folder's .thanksrc.json and word list (lint/workspace). */
  folder?: FolderConfig;
  /** What to do with rules whose resources are not loaded yet. Default 'load'. */
  resources?: 'load' | 'defer';
  onRuleError?: LintOptions['onRuleError'];
  /** Only these rules (tests). */
  only?: string[];
  /**
   * The workspace's notes of the same interview, for the cross-note rules; a function is given the
   * parsed note (the host files it in its index and answers with its peers).
   */
  peers?: readonly NoteRecord[] | ((doc: ThanksDocument) => readonly NoteRecord[]);
  /** The parse of `text` when the host has it already (the CLI parses every note once to file it by interview). */
  parsed?: ThanksDocument;
  /** The note's last parse, when the host checks it again after an edit (RuleContext.previous). */
  previous?: ThanksDocument;
}

export interface CheckResult {
  doc: ThanksDocument;
  diagnostics: Diagnostic[];
  /** The options the note was linted with (fix-all and quick fixes re-lint with the same). */
  lintOptions: LintOptions;
  /** Rules left out because a resource is still loading (with `resources: 'defer'`). */
  deferred: string[];
}

const LOADED: Record<Resource, () => boolean> = { speller: spellerLoaded };
let warming: Promise<void> | undefined;
let warmFailed = false;

/** Loads the slow resources off the hot path. Never rejects; a failed load lets the rules report it themselves. */
export function warmUp(): Promise<void> {
  warming ??= preloadSpeller().catch(() => {
    warmFailed = true;
  });
  return warming;
}

/** True when every resource is loaded (or failed to load, so its rules may run and say so). */
export function resourcesReady(): boolean {
  return warmFailed || Object.values(LOADED).every((loaded) => loaded());
}

function waitingFor(rule: Rule): boolean {
  return !warmFailed && (rule.meta.needs ?? []).some((r) => !LOADED[r]());
}

/** The lint options for a note in `folder` with `settings`: layers strongest first, and the word lists. */
export function lintOptionsFor(options: Pick<CheckOptions, 'now' | 'settings' | 'folder' | 'onRuleError' | 'only'> & { peers?: readonly NoteRecord[] }): LintOptions {
  const folder = options.folder;
  const userWords = new Set<string>(folder?.words ?? []);
  for (const w of options.settings?.words ?? []) userWords.add(w.toLowerCase());
  const layers = folder ? layersFor(folder, options.settings) : options.settings ? [options.settings] : [];
  return {
    now: options.now ?? clockNow(),
    layers,
    dialect: layers.find((l) => l.dialect)?.dialect,
    userWords,
    onRuleError: options.onRuleError,
    only: options.only,
    peers: options.peers,
  };
}

export function checkNote(text: string, options: CheckOptions = {}): CheckResult {
  const doc = options.parsed?.text === text ? options.parsed : parseNote(text, options.previous);
  const peers = typeof options.peers === 'function' ? options.peers(doc) : options.peers;
  const lintOptions = lintOptionsFor({ ...options, peers });
  const deferred: string[] = [];
  let rules: Rule[] | undefined;
  if (options.resources === 'defer' && !resourcesReady()) {
    rules = allRules.filter((r) => {
      if (!waitingFor(r)) return true;
      deferred.push(r.meta.id);
      return false;
    });
  }
  // `previous` is for this check only: kept in lintOptions it would hold an older parse for as long as this one.
  const diagnostics = lint(doc, { ...lintOptions, previous: options.previous, ...(rules ? { rules } : {}) });
  return { doc, diagnostics, lintOptions, deferred };
}
