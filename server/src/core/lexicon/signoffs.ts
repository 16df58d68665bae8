// Sign-off word list (data in signoffs.json), indexed for whole-line lookup.
import data from './signoffs.json';

export const SIGN_OFFS_GOOD: ReadonlySet<string> = new Set(data.good);
export const SIGN_OFFS_POOR: ReadonlyMap<string, { reason: string; replacement: string; severity?: 'information' }> = new Map(
  data.poor.map((p) => [p.phrase.replace(/[!.,]+$/, ''), { reason: p.reason, replacement: p.replacement, ...('severity' in p ? { severity: 'information' as const } : {}) }]),
);
