// The English a note is written in (setting thanks.dialect, "dialect" in .thanksrc.json): it chooses the
// spelling dictionary and the grammar conventions (collective nouns, prepositions of time).
export const DIALECTS = ['en-US', 'en-GB', 'en-CA', 'en-AU'] as const;
export type Dialect = (typeof DIALECTS)[number];
export const DEFAULT_DIALECT: Dialect = 'en-US';

/** The dialect named by a setting value ("en-GB", "en_gb", "EN-gb"), or undefined. */
export function dialectFrom(value: unknown): Dialect | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().replace('_', '-').toLowerCase();
  return DIALECTS.find((d) => d.toLowerCase() === v);
}
