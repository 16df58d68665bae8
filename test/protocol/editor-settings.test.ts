// What editors other than VS Code rely on, and the VS Code client's additions, over the wire:
// settings pushed with workspace/didChangeConfiguration (Neovim 0.7 has no workspace/configuration),
// run: "onSave", the quick-fix menu's order and its one "Disable…" entry, "Disable … in this
// workspace" writing .thanksrc.json, and hovers that add to the message with the note's own names.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspClient, codes, messageOf, uriOf, type Published } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE, SHORT_NOTE } from '../helpers/protocol-notes';
import { DISABLE_IN_WORKSPACE_COMMAND, DISABLE_RULE_COMMAND, type DisableRuleArgs } from '../../server/src/protocol';

function find(p: Published, code: string): Diagnostic {
  const d = p.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(codes(p.diagnostics))}`);
  return d;
}

const MISSPELT = CLEAN_NOTE.replace('I appreciated how openly', 'I apreciated how openly');

describe('protocol: editor settings, the quick-fix menu and hovers', function () {
  this.timeout(60000);
  let dir: string;
  let n = 0;
  const fresh = (sub = `f${++n}`) => {
    mkdirSync(join(dir, sub), { recursive: true });
    return uriOf(join(dir, sub, 'note.thanks'));
  };
  const clients: LspClient[] = [];
  const start = async (options: Parameters<typeof LspClient.start>[0]) => {
    const c = await LspClient.start(options);
    clients.push(c);
    return c;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-protocol-'));
  });
  after(async () => {
    for (const c of clients) await c.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('a client without workspace/configuration (Neovim 0.7)', () => {
    it('uses the settings pushed with workspace/didChangeConfiguration, before and after the note opens', async () => {
      const nvim = await start({ configuration: false });
      // Neovim sends its `settings` right after initialize, before any note is open.
      await nvim.configure({ categories: { structure: 'off' } });
      const uri = fresh();
      const p = await nvim.open(uri, SHORT_NOTE);
      assert.ok(!codes(p.diagnostics).some((c) => c.startsWith('structure/')), JSON.stringify(codes(p.diagnostics)));
      assert.equal(nvim.configurationRequests.length, 0, 'never asks');
      const next = nvim.nextDiagnostics(uri, { where: (q) => codes(q.diagnostics).includes('structure/length') });
      await nvim.configure({ rules: { 'structure/length': 'error' } });
      assert.equal(find(await next, 'structure/length').severity, 1);
      const off = nvim.nextDiagnostics(uri, { where: (q) => q.diagnostics.length === 0 });
      await nvim.configure({ enable: false });
      await off;
    });

    it('a bad pushed value is logged and ignored', async () => {
      const nvim = await start({ configuration: false });
      await nvim.configure({ run: 'sometimes', categories: { readability: 'off' } });
      await nvim.open(fresh(), SHORT_NOTE);
      assert.ok(nvim.logs.some((l) => /run must be "onType" or "onSave"/.test(l)), JSON.stringify(nvim.logs));
    });
  });

  describe('run: "onSave"', () => {
    it('checks on open and on save, not on each edit; a hover in between sees the text as it is', async () => {
      const client = await start({ settings: { run: 'onSave' } });
      assert.deepEqual(client.initializeResult.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
      const uri = fresh();
      const p = await client.open(uri, CLEAN_NOTE);
      assert.deepEqual(codes(p.diagnostics), []);
      const publishedBefore = client.publishedFor(uri).length;
      const edited = FIXABLE_NOTE;
      const version = await client.sendChange(uri, [{ text: edited }]);
      // A hover answers from the edited text without publishing it.
      const slotAt = edited.split('\n').findIndex((l) => l.includes('[Interviewer Name]'));
      const hover = await client.hover(uri, { line: slotAt, character: edited.split('\n')[slotAt].indexOf('[Interviewer Name]') + 2 });
      assert.match((hover?.contents as MarkupContent).value, /placeholder\/slot/);
      const saved = client.nextDiagnostics(uri, { version });
      await client.save(uri);
      const q = await saved;
      assert.ok(codes(q.diagnostics).includes('placeholder/slot'));
      // exactly one publish since the edit: the one the save caused
      assert.equal(client.publishedFor(uri).length, publishedBefore + 1, JSON.stringify(client.publishedFor(uri).map((x) => x.version)));
    });

    it('run: "onType" (the default) checks on each edit', async () => {
      const client = await start({ settings: { run: 'onType' } });
      const uri = fresh();
      await client.open(uri, CLEAN_NOTE);
      const q = await client.replaceAll(uri, FIXABLE_NOTE);
      assert.ok(codes(q.diagnostics).includes('placeholder/slot'));
    });
  });

  describe('the quick-fix menu', () => {
    const quickFixes = async (client: LspClient, uri: string, d: Diagnostic) =>
      (await client.codeActions(uri, d.range, { diagnostics: [d], only: [CodeActionKind.QuickFix] })) as CodeAction[];

    it('with the client command (VS Code): the fixes, then "Add to dictionary", then one "Disable <rule>…" entry', async () => {
      const client = await start({ rootPath: dir, initializationOptions: { clientCommands: [DISABLE_RULE_COMMAND] } });
      const uri = fresh();
      // Spelling is checked once the dictionary has loaded, which may be after the first publish.
      const hasSpelling = (q: Published) => codes(q.diagnostics).includes('proofreading/spelling');
      const spelled = client.nextDiagnostics(uri, { where: hasSpelling });
      const p = await client.open(uri, MISSPELT);
      const d = find(hasSpelling(p) ? p : await spelled, 'proofreading/spelling');
      const actions = await quickFixes(client, uri, d);
      const titles = actions.map((a) => a.title);
      const firstNonFix = actions.findIndex((a) => !a.edit);
      assert.ok(firstNonFix > 0, `fixes first: ${JSON.stringify(titles)}`);
      assert.ok(actions.slice(firstNonFix).every((a) => !a.edit), `no fix after the other entries: ${JSON.stringify(titles)}`);
      assert.equal(titles[0], 'Replace with "appreciated"');
      assert.equal(titles.at(-2), 'Add "apreciated" to dictionary');
      assert.equal(titles.at(-1), 'Disable proofreading/spelling…');
      assert.equal(titles.filter((t) => t.startsWith('Disable')).length, 1, JSON.stringify(titles));
      const disable = actions.at(-1)!;
      assert.equal(disable.command?.command, DISABLE_RULE_COMMAND);
      const [args] = disable.command!.arguments as [DisableRuleArgs];
      assert.equal(args.uri, uri);
      assert.equal(args.ruleId, 'proofreading/spelling');
      assert.match(args.edits.line!.newText, /<!-- thanks-disable-line proofreading\/spelling -->$/);
      assert.equal(args.edits.note.newText, '# thanks-disable proofreading/spelling\n');
    });

    it('without it (Neovim, Helix): the fixes, then "Disable … for this line", "in this note" and "in this workspace"', async () => {
      const client = await start({ rootPath: dir });
      const uri = fresh();
      const p = await client.open(uri, FIXABLE_NOTE);
      const actions = await quickFixes(client, uri, find(p, 'placeholder/slot'));
      assert.deepEqual(actions.map((a) => a.title), [
        'Fill in "Priya Raman"',
        'Disable placeholder/slot for this line',
        'Disable placeholder/slot in this note',
        'Disable placeholder/slot in this workspace',
      ]);
      assert.deepEqual(actions.at(-1)!.command, { title: 'Disable placeholder/slot in this workspace', command: DISABLE_IN_WORKSPACE_COMMAND, arguments: [uri, 'placeholder/slot'] });
    });
  });

  describe('"Disable … in this workspace"', () => {
    it('writes the rule "off" into a new .thanksrc.json at the workspace root, then into the nearest one, keeping its other keys', async () => {
      const root = mkdtempSync(join(dir, 'ws-'));
      const client = await start({ rootPath: root });
      mkdirSync(join(root, 'notes'));
      const uri = uriOf(join(root, 'notes', 'a.thanks'));
      const p = await client.open(uri, FIXABLE_NOTE);
      assert.ok(codes(p.diagnostics).includes('placeholder/slot'));
      const next = client.nextDiagnostics(uri, { where: (q) => !codes(q.diagnostics).includes('placeholder/slot') });
      const result = (await client.executeCommand(DISABLE_IN_WORKSPACE_COMMAND, [uri, 'placeholder/slot'])) as { file: string };
      assert.equal(result.file, join(root, '.thanksrc.json'));
      assert.deepEqual(JSON.parse(readFileSync(result.file, 'utf8')), { rules: { 'placeholder/slot': 'off' } });
      const q = await next;
      assert.ok(codes(q.diagnostics).includes('structure/sign-off'), 'the other findings stay');

      // a nearer .thanksrc.json governs the note: that one is updated, its other keys and CRLF kept
      const nearer = join(root, 'notes', '.thanksrc.json');
      writeFileSync(nearer, '{\r\n    "words": ["Kestrel"],\r\n    "rules": { "tone/cliche": "off" }\r\n}\r\n');
      const b = uriOf(join(root, 'notes', 'b.thanks'));
      await client.filesChanged([{ uri: uriOf(nearer), type: 1 }]);
      const pb = await client.open(b, FIXABLE_NOTE);
      assert.ok(codes(pb.diagnostics).includes('structure/sign-off'));
      const again = (await client.executeCommand(DISABLE_IN_WORKSPACE_COMMAND, [b, 'structure/sign-off'])) as { file: string };
      assert.equal(again.file, nearer);
      const text = readFileSync(nearer, 'utf8');
      assert.deepEqual(JSON.parse(text), { words: ['Kestrel'], rules: { 'tone/cliche': 'off', 'structure/sign-off': 'off' } });
      assert.match(text, /^\{\r\n {4}"words"/);
    });

    it('refuses a malformed .thanksrc.json and an untrusted workspace, writing nothing', async () => {
      const root = mkdtempSync(join(dir, 'ws-'));
      writeFileSync(join(root, '.thanksrc.json'), '{ "rules": ');
      const client = await start({ rootPath: root });
      const uri = uriOf(join(root, 'a.thanks'));
      await client.open(uri, FIXABLE_NOTE);
      assert.equal(await client.executeCommand(DISABLE_IN_WORKSPACE_COMMAND, [uri, 'placeholder/slot']), null);
      assert.equal(readFileSync(join(root, '.thanksrc.json'), 'utf8'), '{ "rules": ');
      const other = mkdtempSync(join(dir, 'ws-'));
      const untrusted = await start({ rootPath: other, initializationOptions: { workspaceTrusted: false } });
      const u = uriOf(join(other, 'a.thanks'));
      await untrusted.open(u, FIXABLE_NOTE);
      assert.equal(await untrusted.executeCommand(DISABLE_IN_WORKSPACE_COMMAND, [u, 'placeholder/slot']), null);
      assert.equal(existsSync(join(other, '.thanksrc.json')), false);
      // an unknown rule id is ignored
      assert.equal(await client.executeCommand(DISABLE_IN_WORKSPACE_COMMAND, [uri, 'no/such-rule']), null);
    });
  });

  describe('hover', () => {
    it('adds why and what to do to the message without repeating it, with the note’s own names', async () => {
      const client = await start({});
      const uri = fresh();
      const text = CLEAN_NOTE.replace('Dear Priya,', 'Dear Jessica,');
      const p = await client.open(uri, text);
      const d = find(p, 'personalization/salutation-name');
      const h = await client.hover(uri, { line: d.range.start.line, character: d.range.start.character + 1 });
      const value = (h?.contents as MarkupContent).value;
      assert.ok(!value.includes(messageOf(d)), value);
      assert.match(value, /\*Why it matters:\*/);
      assert.match(value, /\*What to do:\* Greet Priya Raman exactly as the front matter spells it: "Dear Priya," or "Dear Priya Raman,"/);
      assert.doesNotMatch(value, /Dana/);
      assert.match(value, /\[rule documentation\]/);
    });
  });
});
