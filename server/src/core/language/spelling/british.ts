// British (and Commonwealth) spellings mapped to their American forms, so that an American
// dictionary accepts "centre", "organise", "colour", "programme", "analyse", "licence",
// "travelled" and "catalogue". `americanForms(word)` returns the candidate US spellings of a
// lower-case word; the caller accepts the word when one of them is in the dictionary.
//
// Broad patterns are used only where a wrong acceptance is unlikely (-ise/-isation, -yse, -ogue);
// the others work from explicit stems, because a broad rule would accept real typos: our->or
// would accept "fourty" (forty), re->er "bettre" (better), -ence->-ense "sence" (sense),
// ll->l "schedulling" (scheduling), oe->e "thoe" (the).

/** Whole-word mappings (and their inflected forms, listed explicitly). */
const WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  cheque: 'check',
  cheques: 'checks',
  chequebook: 'checkbook',
  tyre: 'tire',
  tyres: 'tires',
  kerb: 'curb',
  kerbs: 'curbs',
  storey: 'story',
  storeys: 'stories',
  jewellery: 'jewelry',
  aluminium: 'aluminum',
  plough: 'plow',
  ploughed: 'plowed',
  mould: 'mold',
  moulds: 'molds',
  mouldy: 'moldy',
  grey: 'gray',
  greys: 'grays',
  greyed: 'grayed',
  greying: 'graying',
  greyish: 'grayish',
  greyscale: 'grayscale',
  gaol: 'jail',
  draught: 'draft',
  draughts: 'drafts',
  pyjamas: 'pajamas',
  sceptic: 'skeptic',
  sceptics: 'skeptics',
  sceptical: 'skeptical',
  sceptically: 'skeptically',
  scepticism: 'skepticism',
  cosy: 'cozy',
  cosier: 'cozier',
  ageing: 'aging',
  learnt: 'learned',
  spelt: 'spelled',
  dreamt: 'dreamed',
  burnt: 'burned',
  leant: 'leaned',
  spoilt: 'spoiled',
  amongst: 'among',
  whilst: 'while',
  practise: 'practice',
  practises: 'practices',
  practised: 'practiced',
  practising: 'practicing',
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  pretence: 'pretense',
  judgement: 'judgment',
  judgements: 'judgments',
  acknowledgement: 'acknowledgment',
  acknowledgements: 'acknowledgments',
  abridgement: 'abridgment',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  fulfilment: 'fulfillment',
  enrol: 'enroll',
  enrols: 'enrolls',
  enrolment: 'enrollment',
  enrolments: 'enrollments',
  instil: 'instill',
  instils: 'instills',
  distil: 'distill',
  distils: 'distills',
  skilful: 'skillful',
  skilfully: 'skillfully',
  wilful: 'willful',
  wilfully: 'willfully',
  appal: 'appall',
  appals: 'appalls',
  enthral: 'enthrall',
  enthrals: 'enthralls',
  instalment: 'installment',
  instalments: 'installments',
  artefact: 'artifact',
  artefacts: 'artifacts',
  moustache: 'mustache',
  sulphur: 'sulfur',
  maths: 'math',
  enquire: 'inquire',
  enquired: 'inquired',
  enquires: 'inquires',
  enquiring: 'inquiring',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
  aeroplane: 'airplane',
  aeroplanes: 'airplanes',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  manoeuvred: 'maneuvered',
  manoeuvring: 'maneuvering',
  diarrhoea: 'diarrhea',
  dependant: 'dependent',
  dependants: 'dependents',
  axe: 'ax',
  connexion: 'connection',
  cancelled: 'canceled',
  cancelling: 'canceling',
  counsellor: 'counselor',
  counsellors: 'counselors',
  councillor: 'councilor',
  councillors: 'councilors',
  woollen: 'woolen',
  analogue: 'analog',
  tonne: 'ton',
  tonnes: 'tons',
  colour: 'color',
  neighbour: 'neighbor',
  towards: 'toward',
  speciality: 'specialty',
  specialities: 'specialties',
  organisation: 'organization',
  organisations: 'organizations',
  organisational: 'organizational',
  organisationally: 'organizationally',
  mum: 'mom',
  mums: 'moms',
  paediatrician: 'pediatrician',
};

/** -our words (colour, favour, behaviour): every occurrence of the stem maps to the -or stem. */
const OUR_STEMS = [
  'colour', 'favour', 'behaviour', 'honour', 'labour', 'neighbour', 'harbour', 'rumour', 'humour',
  'vapour', 'armour', 'odour', 'savour', 'endeavour', 'flavour', 'parlour', 'splendour', 'tumour',
  'valour', 'vigour', 'clamour', 'candour', 'ardour', 'rancour', 'saviour', 'demeanour', 'fervour',
  'rigour', 'succour', 'glamour', 'harbour', 'arbour', 'clangour', 'misdemeanour', 'humour',
];

/** -re words (centre, metre, fibre): stem without the final "re". */
const RE_STEMS = [
  'cent', 'met', 'lit', 'theat', 'fib', 'calib', 'somb', 'spect', 'lust', 'meag', 'sab', 'scept',
  'goit', 'mit', 'reconnoit', 'saltpet', 'sepulch', 'och', 'manoeuv',
];

/** Verbs whose final l doubles in British English before -ed/-ing/-er (travelled, labelling). */
const L_STEMS = [
  'travel', 'cancel', 'label', 'model', 'level', 'signal', 'counsel', 'fuel', 'channel', 'tunnel',
  'marshal', 'total', 'dial', 'equal', 'funnel', 'panel', 'pedal', 'quarrel', 'rival', 'shovel',
  'snorkel', 'spiral', 'jewel', 'libel', 'marvel', 'duel', 'enamel', 'initial', 'yodel', 'barrel',
  'bevel', 'cudgel', 'grovel', 'gravel', 'kennel', 'revel', 'ravel', 'unravel', 'parcel', 'pencil',
  'stencil', 'towel', 'trowel', 'medal', 'tassel', 'chisel', 'swivel', 'drivel', 'refuel',
  'remodel', 'relabel', 'dishevel', 'victual', 'pummel', 'tinsel', 'hostel', 'crystal', 'metal',
];

/** Greek/Latin ae/oe spellings (paediatric, haemoglobin, oesophagus): British stem -> US stem. */
const AE_OE_STEMS: [string, string][] = [
  ['paed', 'ped'], ['haem', 'hem'], ['anaes', 'anes'], ['gynaec', 'gynec'], ['leukaem', 'leukem'],
  ['encyclopaed', 'encycloped'], ['faec', 'fec'], ['oesoph', 'esoph'], ['oestr', 'estr'],
  ['oedem', 'edem'], ['foet', 'fet'], ['coeliac', 'celiac'], ['mediaev', 'mediev'], ['orthopaed', 'orthoped'],
  ['palaeo', 'paleo'], ['caesar', 'cesar'], ['anaem', 'anem'], ['ischaem', 'ischem'], ['septicaem', 'septicem'],
  ['hyperglycaem', 'hyperglycem'], ['hypoglycaem', 'hypoglycem'], ['glycaem', 'glycem'], ['dyspnoea', 'dyspnea'],
  ['apnoea', 'apnea'], ['oenolog', 'enolog'], ['amoeb', 'ameb'], ['homoeopath', 'homeopath'], ['aetiolog', 'etiolog'],
];

const RE_RX = new RegExp(`^(.*(?:${RE_STEMS.join('|')}))r(e|es|ed|ing)$`);
const L_RX = new RegExp(`^(.*(?:${L_STEMS.join('|')}))l(ed|ing|er|ers|ist|ists)$`);

/** British forms that look like a pattern but must not be mapped. */
const EXCEPTIONS = new Set(['sise', 'sises', 'prise', 'seise', 'fourty', 'ise', 'yse']);

const replaceAll = (s: string, from: string, to: string): string => s.split(from).join(to);

/**
 * Candidate American spellings of a lower-case word (empty when no British pattern applies).
 * The caller accepts the word if any candidate is in the dictionary.
 */
export function americanForms(lower: string): string[] {
  if (lower.length < 3 || EXCEPTIONS.has(lower)) return [];
  const out: string[] = [];
  const whole = WORDS[lower];
  if (whole) out.push(whole);

  let w = lower;
  // Stems first, so that several differences combine ("colourised" -> "colorized").
  for (const s of OUR_STEMS) if (w.includes(s)) w = replaceAll(w, s, s.slice(0, -2) + 'r');
  for (const [gb, us] of AE_OE_STEMS) if (w.includes(gb)) w = w.replace(gb, us);
  // centre/centres/centred/centring -> center/centers/centered/centering (also epicentre, kilometre)
  const re = RE_RX.exec(w);
  if (re) w = re[1] + (re[2] === 'e' ? 'er' : re[2] === 'es' ? 'ers' : 'er' + re[2]);
  // travelled/labelling/modeller -> traveled/labeling/modeler
  const ll = L_RX.exec(w);
  if (ll) w = ll[1] + ll[2];
  // -ise/-isation/-iser -> -ize/-ization/-izer (organise, realising, prioritisation)
  w = w.replace(/is(e|ed|es|ing|er|ers|ation|ations|ational|able)$/, 'iz$1');
  // -yse -> -yze (analyse, paralysed, catalysing)
  w = w.replace(/ys(e|ed|es|ing|er|ers)$/, 'yz$1');
  // -ogue -> -og (catalogue, catalogued, cataloguing, dialogues)
  w = w.replace(/ogue(s|d|r|rs)?$/, (_m, suf: string | undefined) => 'og' + (suf === 'd' ? 'ed' : suf === 'r' ? 'er' : suf === 'rs' ? 'ers' : suf ?? ''));
  w = w.replace(/oguing$/, 'oging');
  // -ence nouns: licence/defence/offence/pretence inside compounds ("licence-holder" is split earlier)
  w = w.replace(/^(lic|def|off|pret)ence(s)?$/, '$1ense$2');
  if (w !== lower) out.push(w);
  // a few words need both the whole-word map and a pattern (organisational -> organizational)
  const again = WORDS[w];
  if (again) out.push(again);
  return out;
}
