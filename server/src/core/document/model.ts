// The document model: a note parsed once, read by every rule.
import type { Span } from './span';
import type { FrontMatterValues } from './frontmatter/schema';

export interface YamlIssue extends Span {
  code: string;
  message: string;
}

/** One top-level key of the front matter, with where its key and value stand. */
export interface FrontMatterEntry {
  key: string;
  keySpan: Span;
  /** Whole value (for a list, from the first item to the last). Empty span after the colon when null. */
  valueSpan: Span;
  /** The plain JS value as YAML read it. */
  value: unknown;
  /** For list values: each item's text and span. For a scalar: one item. */
  items: { text: string; span: Span }[];
  /** Spans of items that are not strings (wrong type), with the type seen. */
  wrongType?: { span: Span; found: string };
  /** Full line range of the entry, used for `disable-next-line` fixes. */
  line: number;
}

/** The front matter as read: where it stands, its entries as written, and the typed values of every
 *  key of the schema (`interviewers`, `role`, `interviewDate`…). */
export interface FrontMatter extends FrontMatterValues {
  /** The note starts with a `---` fence. */
  present: boolean;
  /** Closed by a second `---` (or `...`). */
  closed: boolean;
  /** Span of the whole block including both fences. */
  span: Span;
  /** Span of the YAML text between the fences. */
  contentSpan: Span;
  entries: Map<string, FrontMatterEntry>;
  /** Order of keys as written, with duplicates. */
  keys: FrontMatterEntry[];
  errors: YamlIssue[];
  /** YAML comments that carry directives: `# thanks-disable-next-line rule`. */
  comments: { text: string; span: Span }[];
}

export interface Word extends Span {
  text: string;
  lower: string;
}

export interface Sentence extends Span {
  /** Prose text of the sentence (non-prose blanked), same length as the span. */
  text: string;
  words: Word[];
}

export interface Paragraph extends Span {
  sentences: Sentence[];
  /** Prose text of the paragraph, same length as the span. */
  text: string;
}

export interface Salutation extends Span {
  text: string;
  /** The greeting word(s): "Dear", "Hello", "To whom it may concern". */
  greeting: string;
  greetingSpan: Span;
  /** What follows the greeting, before the comma: "Dr. Lindqvist", "Hélène, Kwame, and Yuki". */
  addressee: string;
  addresseeSpan: Span;
  /** Each person greeted, split on commas and "and". */
  names: { text: string; span: Span }[];
}

export interface SignOff extends Span {
  text: string;
  /** The closing is the last sentence of the last paragraph ("… Thanks again for your time, Maria."), not a line of its own. */
  inline?: boolean;
}

export interface Signature extends Span {
  /** The name line. */
  name: string;
  nameSpan: Span;
  /** Further lines (title, phone, email, profile). */
  extraLines: { text: string; span: Span }[];
  /** The name follows the closing on the same line ("Thanks again, Tom"). */
  inline?: boolean;
}

/** A line above the greeting that an email does not carry. */
export type HeaderLineKind = 'memo' | 'subject' | 'date' | 'address' | 'contact' | 'name';

/** A block of such lines (a memo header, a date line, an address block…), blank-line separated. */
export interface HeaderBlock extends Span {
  kind: 'memo' | 'subject' | 'date' | 'address' | 'contact' | 'name';
  lines: Span[];
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids or categories; empty means every rule. */
  targets: string[];
  /** 0-based line the directive sits on. */
  line: number;
}

export interface Body {
  /** Offset where the body starts (after the front matter). */
  span: Span;
  /** The whole note text with everything that is not prose replaced by spaces (same length). */
  prose: string;
  /** Letter or memo header blocks above the greeting (address blocks, a date line, To:/Re: lines). */
  header: HeaderBlock[];
  salutation?: Salutation;
  /** Paragraphs of the letter itself: without header, salutation, sign-off and signature; a P.S. after the signature is included. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
  signOff?: SignOff;
  signature?: Signature;
  /** A postscript after the signature ("P.S. …"), read as part of the letter. */
  postscript?: Span;
  /** Non-prose spans: code, URLs, e-mail addresses, HTML (comments and tags). */
  excluded: Span[];
  /** Spans of HTML comments. */
  comments: Span[];
  /** Code spans and code blocks. */
  code: Span[];
  /** Headings in the body (not usual in an email). */
  headings: Span[];
}

export interface LineIndex {
  /** Offsets at which each line starts. */
  lineStarts: number[];
  lineOf(offset: number): number;
}

export interface ThanksDocument {
  text: string;
  frontMatter: FrontMatter;
  body: Body;
  directives: Directive[];
  lines: LineIndex;
  /** Words the note itself makes known (names, company, role, topics), lower-cased. */
  knownWords: Set<string>;
  /** Set when the note is too long to check whole: the body was analysed up to this offset only. */
  analysedLength?: number;
}
