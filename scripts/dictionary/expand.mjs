// Build-time expansion of a Hunspell .aff/.dic pair into the surface forms that nspell 2.1.5's
// `correct()` accepts, and into the "records" that the packed word set stores.
//
// No npm packages needed (pure functions over the .aff/.dic text). Used by build-wordset.mjs,
// equivalence.mjs and bench.mjs.
//
// What nspell does, and what is mirrored here on purpose (bugs included, because the goal is to
// accept exactly what nspell accepts today):
//   - .aff: PFX/SFX rules (an SFX strip is a regex `strip$`, a PFX strip is a plain-string
//     replace; conditions are regexes `cond$` / `^cond`); continuation classes are applied
//     recursively; REP, ICONV, COMPOUNDRULE, COMPOUNDMIN (default 3), ONLYINCOMPOUND, NOSUGGEST,
//     KEEPCASE, FORBIDDENWORD, NEEDAFFIX, FLAG long/num.
//   - .dic: the first line (count) is skipped, as are lines that start with a tab; `\/` escapes;
//     a `#` after the flags starts a comment.
//   - add(): the word itself (unless NEEDAFFIX), every affix of every flag, and the cross product
//     of a combinable affix with every LATER combinable flag of the other type. Derived forms get
//     no flags of their own; a form listed in the .dic gets the union of the flags of its lines.
//   - compound rules are compiled into ONE unanchored, case-insensitive regex per rule
//     (`new RegExp('(?:0|1|…)*(?:1)(?:0th|1th|…)', 'i')`): "11th" matches, and so does anything
//     that CONTAINS such a run ("x11thy"). en_* use them only for ordinals (1st, 22nd, 113th).
//   - form(): trim; ICONV (’ -> '); exact form; if ALL CAPS, then "C" + "APITAL" lower-cased;
//     then all lower-case. exact(x) = x is listed ? !ONLYINCOMPOUND(x) : some compound rule matches.
//
// The en_US/GB/CA/AU .aff files use: PFX/SFX (7 prefixes, 16 suffixes, all single-level, no
// continuation classes), NOSUGGEST (!), ONLYINCOMPOUND (c: 1th 2th 3th), COMPOUNDMIN 1, two
// COMPOUNDRULEs (n*1t, n*mp), ICONV ’ ', REP (90 pairs), TRY, WORDCHARS. They do NOT use KEEPCASE,
// FORBIDDENWORD, NEEDAFFIX, CIRCUMFIX or long/num flags; expand() refuses (throws) on the ones it
// does not model so that a future dictionary cannot silently diverge.

/** Separators of the record encoding: never in a dictionary word (asserted). */
export const SEP_CASE = '\x01'; // lower + SEP_CASE + case code: a non-lower-case form is listed
export const SEP_DISPLAY = '\x02'; // lower + SEP_DISPLAY + case code: display form for the suggester
export const MARK_NOSUGGEST = '\x03'; // lower + MARK: the lower-case form is listed but NOSUGGEST

// ---------------------------------------------------------------------------------------------
// .aff

export function parseAff(text) {
  const rules = Object.create(null);
  const flags = Object.create(null);
  const compoundRuleCodes = Object.create(null);
  const compoundRules = [];
  const rep = [];
  const iconv = [];
  const lines = [];
  for (let raw of text.split('\n')) {
    raw = raw.trim();
    if (raw && raw.charCodeAt(0) !== 35) lines.push(raw);
  }
  const ws = /\s+/;
  for (let i = 0; i < lines.length; i++) {
    let parts = lines[i].split(ws);
    const type = parts[0];
    if (type === 'REP' || type === 'ICONV' || type === 'OCONV' || type === 'COMPOUNDRULE') {
      const n = parseInt(parts[1], 10);
      for (let k = 0; k < n; k++) {
        parts = lines[++i].split(ws);
        if (type === 'REP') rep.push([parts[1], parts[2]]);
        else if (type === 'ICONV') iconv.push([parts[1], parts[2]]);
        else if (type === 'COMPOUNDRULE') {
          compoundRules.push(parts[1]);
          for (const c of parts[1]) compoundRuleCodes[c] = [];
        }
      }
    } else if (type === 'PFX' || type === 'SFX') {
      const n = parseInt(parts[3], 10);
      const rule = { type, combineable: parts[2] === 'Y', entries: [] };
      rules[parts[1]] = rule;
      for (let k = 0; k < n; k++) {
        parts = lines[++i].split(ws);
        const remove = parts[2];
        const add = parts[3].split('/');
        const cond = parts[4];
        rule.entries.push({
          add: add[0] !== '0' ? add[0] : '',
          // nspell: SFX strip is a regex anchored at the end, PFX strip a plain string (first occurrence)
          remove: remove !== '0' ? (type === 'SFX' ? new RegExp(remove + '$') : remove) : '',
          match: cond && cond !== '.' ? new RegExp(type === 'SFX' ? cond + '$' : '^' + cond) : null,
          continuation: add[1] ? splitCodes(flags, add[1]) : [],
        });
      }
    } else if (type === 'COMPOUNDMIN') {
      flags.COMPOUNDMIN = Number(parts[1]);
    } else if (type === 'ONLYINCOMPOUND') {
      flags.ONLYINCOMPOUND = parts[1];
      compoundRuleCodes[parts[1]] = [];
    } else {
      flags[type] = parts[1];
    }
  }
  if (Number.isNaN(flags.COMPOUNDMIN) || flags.COMPOUNDMIN === undefined) flags.COMPOUNDMIN = 3;
  return { rules, flags, compoundRuleCodes, compoundRules, rep, iconv };
}

function splitCodes(flags, value) {
  if (!value) return [];
  if (flags.FLAG === 'long') {
    const out = [];
    for (let i = 0; i < value.length; i += 2) out.push(value.slice(i, i + 2));
    return out;
  }
  return value.split(flags.FLAG === 'num' ? ',' : '');
}

// ---------------------------------------------------------------------------------------------
// .dic + expansion

function applyRule(value, rule, rules, out) {
  for (const e of rule.entries) {
    if (e.match && !e.match.test(value)) continue;
    let next = e.remove ? value.replace(e.remove, '') : value;
    next = rule.type === 'SFX' ? next + e.add : e.add + next;
    out.push(next);
    for (const c of e.continuation) if (rules[c]) applyRule(next, rules[c], rules, out);
  }
  return out;
}

/**
 * Expands the dictionary. Returns `data`: an object (Object.create(null), keys in the same
 * insertion order as nspell's `data`, which the Speller's proper-noun index depends on) mapping
 * each surface form to the array of flags of its .dic lines ([] for derived-only forms).
 */
export function expand(affText, dicText) {
  const aff = parseAff(affText);
  const unsupported = ['KEEPCASE', 'FORBIDDENWORD', 'NEEDAFFIX', 'CIRCUMFIX', 'COMPOUNDFLAG', 'COMPOUNDBEGIN', 'COMPOUNDEND', 'COMPOUNDMIDDLE', 'OCONV']
    .filter((k) => k in aff.flags);
  if (unsupported.length) throw new Error(`expand: .aff uses ${unsupported.join(', ')}, which this builder does not model`);
  if (aff.flags.FLAG) throw new Error(`expand: FLAG ${aff.flags.FLAG} not modelled`);
  const data = Object.create(null);
  const codesOf = aff.compoundRuleCodes;
  const lines = dicText.split('\n');
  for (let li = 1; li < lines.length; li++) {
    let line = lines[li];
    if (line.charCodeAt(0) === 9) continue;
    let slash = line.indexOf('/');
    const hash = line.indexOf('#');
    while (slash > -1 && line.charCodeAt(slash - 1) === 92) {
      line = line.slice(0, slash - 1) + line.slice(slash);
      slash = line.indexOf('/', slash);
    }
    let word;
    let codes = '';
    if (hash > -1) {
      if (slash > -1 && slash < hash) {
        word = line.slice(0, slash);
        const m = /\s/g;
        m.lastIndex = slash + 1;
        const r = m.exec(line);
        codes = line.slice(slash + 1, r ? r.index : undefined);
      } else word = line.slice(0, hash);
    } else if (slash > -1) {
      word = line.slice(0, slash);
      codes = line.slice(slash + 1);
    } else word = line;
    word = word.trim();
    if (!word) continue;
    const list = splitCodes(aff.flags, codes.trim());
    // the word itself: union of the flags of all its lines
    if (word in data) data[word] = data[word].concat(list);
    else data[word] = list.slice();
    for (let p = 0; p < list.length; p++) {
      const rule = aff.rules[list[p]];
      if (list[p] in codesOf) codesOf[list[p]].push(word);
      if (!rule) continue;
      for (const w of applyRule(word, rule, aff.rules, [])) {
        if (!(w in data)) data[w] = [];
        if (!rule.combineable) continue;
        for (let q = p + 1; q < list.length; q++) {
          const other = aff.rules[list[q]];
          if (!other || !other.combineable || other.type === rule.type) continue;
          for (const w2 of applyRule(w, other, aff.rules, [])) if (!(w2 in data)) data[w2] = [];
        }
      }
    }
  }
  // compile the compound rules exactly as nspell does (unanchored, case-insensitive)
  const compoundSources = aff.compoundRules.map((rule) => {
    let src = '';
    for (const ch of rule) src += codesOf[ch] && codesOf[ch].length ? '(?:' + codesOf[ch].join('|') + ')' : ch;
    return src;
  });
  return { aff, data, compoundSources };
}

// ---------------------------------------------------------------------------------------------
// Case classes and records (the same functions exist in wordset.ts; equivalence.mjs checks both)

export const capOf = (l) => l.charAt(0).toUpperCase() + l.slice(1);

/** Record of a listed surface form: its lower-case key, plus a case code when it is not lower case. */
export function formRecord(form) {
  const l = form.toLowerCase();
  if (form === l) return l;
  if (form === capOf(l)) return l + SEP_CASE + 'C';
  if (form === l.toUpperCase()) return l + SEP_CASE + 'U';
  return l + SEP_CASE + form;
}

function caseCode(form) {
  const l = form.toLowerCase();
  if (form === capOf(l)) return 'C';
  if (form === l.toUpperCase()) return 'U';
  return form;
}

/**
 * Everything the packed set needs, derived from `expand()`:
 *   records  sorted (UTF-16 code-unit order), unique
 *   header   what the runtime needs besides the records (compound regexes, ICONV, REP)
 *   stats    counts for the report
 * plus `suggestible`, `known` (the Speller's view of nspell's data) for the equivalence test.
 */
export function buildModel(affText, dicText, meta = {}) {
  const { aff, data, compoundSources } = expand(affText, dicText);
  const NOSUGGEST = aff.flags.NOSUGGEST;
  const ONLY = aff.flags.ONLYINCOMPOUND;
  const has = (codes, f) => f !== undefined && codes.includes(f);
  const suggestible = (f) => {
    const c = data[f];
    return !!c && !has(c, NOSUGGEST) && !has(c, ONLY);
  };
  // compound regexes; every word they are built from must contain a digit and every rule must
  // need at least one such word, so that the runtime can skip them for digit-free tokens
  const compound = compoundSources.map((s) => new RegExp(s, 'i'));
  for (const [code, words] of Object.entries(aff.compoundRuleCodes)) {
    for (const w of words) if (!/\d/.test(w)) throw new Error(`compound code ${code}: "${w}" has no digit`);
  }
  for (const r of aff.compoundRules) {
    if (!r.replace(/.[*?]/g, '')) throw new Error(`compound rule ${r} can match the empty string`);
  }
  for (const [from] of aff.iconv) if (/[\\^$.*+?()[\]{}|]/.test(from)) throw new Error(`ICONV pattern ${from} is a regex`);

  const records = new Set();
  const onlyInCompound = [];
  let forms = 0;
  const keys = Object.keys(data); // nspell's order (integer-like keys first, then insertion order)
  for (const f of keys) {
    if (/[\x00-\x1f]/.test(f)) throw new Error(`control character in ${JSON.stringify(f)}`);
    if (has(data[f], ONLY)) {
      // listed but rejected by exact(); dropping it is exact only if no compound rule accepts it
      // (exact() returns before trying the rules) in any of the case variants form() tries
      for (const v of [f, f.toLowerCase(), f.toUpperCase(), capOf(f.toLowerCase())]) {
        if (compound.some((re) => re.test(v))) throw new Error(`ONLYINCOMPOUND ${f} would be accepted as a compound`);
      }
      onlyInCompound.push(f);
      continue;
    }
    forms++;
    records.add(formRecord(f));
    if (f === f.toLowerCase() && has(data[f], NOSUGGEST)) records.add(f + MARK_NOSUGGEST);
  }
  // display forms for lower-case strings that are not themselves listed: the first suggestible
  // non-lower-case form in nspell's key order (the Speller's properNouns() index)
  const proper = new Map();
  for (const f of keys) {
    const l = f.toLowerCase();
    if (l !== f && !data[l] && !proper.has(l) && suggestible(f)) proper.set(l, f);
  }
  for (const [l, f] of proper) records.add(l + SEP_DISPLAY + caseCode(f));
  const sorted = [...records].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  let lowerForms = 0;
  let capForms = 0;
  let upperForms = 0;
  let mixedForms = 0;
  for (const r of sorted) {
    const i = r.indexOf(SEP_CASE);
    if (r.includes(SEP_DISPLAY) || r.endsWith(MARK_NOSUGGEST)) continue;
    if (i < 0) lowerForms++;
    else if (r.endsWith(SEP_CASE + 'C')) capForms++;
    else if (r.endsWith(SEP_CASE + 'U')) upperForms++;
    else mixedForms++;
  }
  const variants = new Map();
  for (const f of keys) {
    const l = f.toLowerCase();
    if (proper.has(l) && f !== l && suggestible(f)) variants.set(l, (variants.get(l) ?? 0) + 1);
  }
  const collisions = [...variants.values()].filter((n) => n > 1);
  const header = {
    format: 'thanks-wordset',
    version: 1,
    ...meta,
    forms,
    records: sorted.length,
    compoundMin: aff.flags.COMPOUNDMIN,
    compound: compoundSources,
    iconv: aff.iconv,
    rep: aff.rep,
  };
  return {
    aff,
    data,
    records: sorted,
    header,
    suggestible,
    proper,
    known: (l) => (suggestible(l) ? l : proper.get(l)),
    stats: {
      dicLines: dicText.split('\n').length - 2,
      forms,
      lowerForms,
      capForms,
      upperForms,
      mixedForms,
      noSuggest: sorted.filter((r) => r.endsWith(MARK_NOSUGGEST)).length,
      displayRecords: proper.size,
      displayCollisions: collisions.length,
      onlyInCompound,
      records: sorted.length,
    },
  };
}
