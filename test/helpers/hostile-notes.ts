// Hostile notes shared by the core and protocol hostile-input tests (see test/unit/hostile.test.ts).

export const FM = `---
interviewer: Priya Raman
role: Product Designer
company: Lakeside Mobility
interview_date: 2026-11-24 14:00
candidate: Morgan Ellis
---
`;
export const PARA = 'Thank you for meeting with me yesterday to discuss the Product Designer role at Lakeside Mobility. ';
export const BODY = `Dear Priya,\n\n${PARA}\n\nBest regards,\nMorgan Ellis\n`;

function laughs(): string {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(',')}]`);
  lines.push('topics: *i', 'interviewer: *i', 'role: *h', '---', 'Dear Priya,', '');
  return lines.join('\n');
}

/** Invalid UTF-8 decoded as the CLI decodes a file (Buffer#toString('utf8'): U+FFFD for bad bytes). */
function invalidUtf8(): string {
  const bad = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xed, 0xa0, 0x80]);
  return Buffer.concat([Buffer.from(FM + 'Dear Priya,\n\n'), ...Array(2000).fill(bad), Buffer.from('\n\nBest regards,\nMorgan Ellis\n')]).toString('utf8');
}

export interface HostileCase {
  name: string;
  make: () => string;
  /** Rule ids that must be among the findings. */
  expect?: string[];
}

export const HOSTILE: HostileCase[] = [
  { name: 'empty file', make: () => '', expect: ['frontmatter/missing-key'] },
  { name: 'front matter only', make: () => FM, expect: ['structure/subject'] },
  { name: 'unterminated front matter', make: () => '---\ninterviewer: Priya Raman\nrole: Designer\n\nDear Priya,\n\nThank you.\n', expect: ['frontmatter/yaml-syntax'] },
  { name: 'front matter after the body', make: () => `Dear Priya,\n\n${PARA}\n\n---\ninterviewer: Priya Raman\n---\n`, expect: ['frontmatter/missing-key'] },
  { name: 'binary bytes', make: () => Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)).toString('utf8') },
  { name: 'invalid UTF-8', make: invalidUtf8 },
  { name: 'NUL bytes', make: () => FM + 'Dear Priya,\n\n' + 'Thank\0you\0'.repeat(10_000) + '\n' },
  { name: '5 MB note', make: () => FM + BODY + (PARA.repeat(8) + '\n\n').repeat(Math.ceil(5e6 / (PARA.length * 8 + 2))), expect: ['structure/not-fully-checked'] },
  { name: '1 MB single line', make: () => FM + 'Dear Priya,\n\n' + PARA.repeat(Math.ceil(1e6 / PARA.length)), expect: ['structure/not-fully-checked'] },
  { name: '1 MB line without spaces', make: () => FM + 'x'.repeat(1_000_000) },
  { name: '100,000-item topics list', make: () => FM.replace('---\n', '---\ntopics:\n' + '  - accessibility audits\n'.repeat(100_000)) + BODY, expect: ['frontmatter/yaml-syntax'] },
  { name: '100,000-item flow topics', make: () => FM.replace('---\n', '---\ntopics: [' + 'x, '.repeat(100_000) + ']\n') + BODY },
  { name: 'YAML alias bomb (billion laughs)', make: laughs, expect: ['frontmatter/value-type'] },
  { name: 'YAML deep flow nesting', make: () => `---\ninterviewer: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nrole: Designer\n---\n${BODY}`, expect: ['frontmatter/yaml-syntax'] },
  { name: 'YAML deep block nesting', make: () => '---\ntopics:\n' + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i + 1) + '- ').join('\n') + 'x\n---\n' + BODY },
  {
    name: 'wrong value types for every key',
    make: () => `---\ninterviewer: {name: Priya}\nrole: [1, 2]\ncompany: true\nemail: 12\ninterview_date: [2026]\ntopics: {x: y}\nsubject: [x]\ncandidate: 3.5\n---\n${BODY}`,
    expect: ['frontmatter/value-type'],
  },
  { name: 'CRLF, BOM and tabs', make: () => '\uFEFF' + (FM + 'Dear\tPriya,\n\n\t' + PARA + '\n\nBest regards,\nMorgan Ellis\n').replace(/\n/g, '\r\n') },
  { name: 'very long word', make: () => FM + 'Dear Priya,\n\n' + 'x'.repeat(200_000) + '\n' },
  { name: 'very long names', make: () => FM.replace('Priya Raman', 'P'.repeat(100_000)).replace('Morgan Ellis', 'M'.repeat(100_000)) + 'Dear ' + 'P'.repeat(100_000) + ',\n' },
  { name: '10,000 nested block quotes', make: () => FM + '>'.repeat(10_000) + ' Thank you\n' },
  { name: '10,000 nested list levels', make: () => FM + '- '.repeat(10_000) + 'x\n' },
  { name: '2,000 indented list levels (4 MB)', make: () => FM + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n') },
  { name: '10,000 list items', make: () => FM + '- x\n'.repeat(10_000) },
  // numbered markers nest like "- " does: "1. 1. 1. …" is 10,600 lists deep (13 s to lint before issue 12)
  { name: '"1. " x 10,600 (nested numbered lists)', make: () => FM + 'Dear Priya,\n\n' + '1. '.repeat(10_600) },
  { name: '"1) " x 10,600', make: () => FM + 'Dear Priya,\n\n' + '1) '.repeat(10_600) },
  { name: '"- 1. + 2) " mixed markers', make: () => FM + 'Dear Priya,\n\n' + '- 1. + 2) '.repeat(4000) },
  { name: 'long run of spaces', make: () => FM + 'Dear Priya,\n\na' + ' '.repeat(200_000) + 'a\n' },
  { name: 'long run of letters', make: () => FM + 'Dear Priya,\n\n' + 'ab'.repeat(100_000) + '\n' },
  { name: '[[[[', make: () => FM + 'Dear Priya,\n\n' + '['.repeat(100_000) + '\n' },
  { name: '<<<<', make: () => FM + 'Dear Priya,\n\n' + '<'.repeat(100_000) + '\n' },
  { name: '{{{{', make: () => FM + 'Dear Priya,\n\n' + '{'.repeat(100_000) + '\n' },
  { name: '____', make: () => FM + 'Dear Priya,\n\n' + '_'.repeat(100_000) + '\n' },
  { name: 'repeated "the "', make: () => FM + 'Dear Priya,\n\n' + 'the '.repeat(50_000) + '\n' },
  { name: '*_ emphasis soup', make: () => FM + 'Dear Priya,\n\n' + '*_'.repeat(100_000) + '\n' },
  { name: '[a]( link soup', make: () => FM + 'Dear Priya,\n\n' + '[a]('.repeat(50_000) + '\n' },
  { name: 'a.a.a. (e-mail/URL backtracking)', make: () => FM + 'Dear Priya,\n\n' + 'a.'.repeat(100_000) + '\n' },
  { name: 'many placeholders', make: () => FM + 'Dear Priya,\n\n' + '[Company Name] TODO ____ '.repeat(5000) + '\n', expect: ['placeholder/slot'] },
  { name: 'greeting of 50,000 names', make: () => FM + 'Dear ' + 'Priya, '.repeat(50_000) + '\n' },
  { name: '20,000 HTML comments', make: () => FM + 'Dear Priya,\n' + '<!-- x -->\n'.repeat(20_000) },
  { name: 'directive with 100,000 spaces', make: () => FM + 'Dear Priya,\n<!-- thanks-disable ' + ' '.repeat(100_000) + 'x -->\n' },
  { name: '1,000,000 newlines', make: () => FM + '\n'.repeat(1_000_000) },
  { name: '1,000,000 lone CRs', make: () => FM + '\r'.repeat(1_000_000) },
  { name: 'lone surrogates', make: () => FM + 'Dear Priya,\n\n' + '\ud800a\udc00'.repeat(50_000) + '\n' },
  { name: 'combining marks', make: () => FM + 'Dear Priya,\n\n' + 'e\u0301\u0301\u0301'.repeat(50_000) + '\n' },
  { name: 'emoji', make: () => FM + 'Dear Priya,\n\n' + '👍🏽 '.repeat(50_000) + '\n' },
  { name: '5,000 front-matter keys', make: () => '---\n' + Array.from({ length: 5000 }, (_, i) => `k${i}: v`).join('\n') + '\n---\n' + BODY, expect: ['frontmatter/unknown-key'] },
  { name: '100,000 fences', make: () => '---\n'.repeat(100_000) },
  { name: 'table pipes', make: () => FM + ('|a'.repeat(1000) + '\n').repeat(100) },
];

