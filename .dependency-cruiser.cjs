// The architecture, checked on every `npm test` (npm run check:architecture): dependencies point one
// way (cli/lsp -> lint -> rules -> language/lexicon/document), the client talks to the server only
// through the protocol module, the core never imports an editor API, and nothing imports in a circle.
// See docs/architecture.md.
/** @type {import('dependency-cruiser').IConfiguration} */
const core = '^server/src/core/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make the layers meaningless.', from: {}, to: { circular: true } },
    {
      name: 'client-only-through-protocol',
      severity: 'error',
      comment: 'The VS Code client imports nothing of the server but server/src/protocol.',
      from: { path: '^client/src/' },
      to: { path: '^server/src/', pathNot: '^server/src/protocol/' },
    },
    {
      name: 'protocol-is-a-leaf',
      severity: 'error',
      comment: 'The protocol module is shared by client and server; it imports neither.',
      from: { path: '^server/src/protocol/' },
      to: { path: '^(server/src|client/src)/', pathNot: '^server/src/protocol/' },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The analysis core runs in the server, the CLI, tests and benches: no editor or LSP types.',
      from: { path: core },
      to: { path: '(^|/)node_modules/(vscode|vscode-languageserver[^/]*|vscode-languageclient)/' },
    },
    {
      name: 'core-does-not-know-its-hosts',
      severity: 'error',
      from: { path: core },
      to: { path: '^server/src/(lsp|cli|protocol)/' },
    },
    {
      name: 'document-is-the-bottom',
      severity: 'error',
      comment: 'document/ parses a note; it knows no rule, lint step or composition.',
      from: { path: `${core}document/` },
      to: { path: `${core}(rules|lint|compose|language/spelling|workspace)/` },
    },
    {
      name: 'language-below-rules',
      severity: 'error',
      comment: 'language/ (spelling, sounds, syllables, the phrase matcher) knows no rule, lint step or composition.',
      from: { path: `${core}language/` },
      to: { path: `${core}(rules|lint|compose|workspace)/` },
    },
    {
      name: 'lexicon-is-data',
      severity: 'error',
      from: { path: `${core}lexicon/` },
      to: { path: `${core}(document|language|rules|lint|compose|workspace)/` },
    },
    {
      name: 'rules-below-lint',
      severity: 'error',
      comment: 'Rules read the document model; the engine runs them. A rule never imports the engine or a composer.',
      from: { path: `${core}rules/` },
      to: { path: `${core}(lint|compose)/` },
    },
    {
      name: 'rule-files-independent',
      severity: 'error',
      comment: 'A rule file imports no other rule file: what two rules share lives in rules/support/.',
      from: { path: `${core}rules/(?!support/)[^/]+/` },
      to: { path: `${core}rules/(?!support/|types)[^/]+/[^/]+$` },
    },
    {
      name: 'workspace-below-rules',
      comment: 'workspace/ (the notes by interview, fingerprints, follow-up dates) reads parsed notes; the cross-note rules and the hosts read it, never the other way.',
      severity: 'error',
      from: { path: `${core}workspace/` },
      to: { path: `${core}(rules|lint|compose)/` },
    },
    {
      name: 'compose-below-lint',
      severity: 'error',
      comment: 'compose/ turns a note into an email; it does not run the linter.',
      from: { path: `${core}compose/` },
      to: { path: `${core}(lint|rules)/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)out/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
