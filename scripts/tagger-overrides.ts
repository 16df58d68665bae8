// Hand overrides of the tagger lexicon (coarse tags, most likely first): general English, not tuned to any
// test text. Contractions, function words whose Brill entries carry rare tags, emotive participles used as
// adjectives, irregular pasts kept apart from participles, and a few domain words Brill gets wrong.

export const OVERRIDES: Record<string, string> = {
  // clitics split Penn-style, and whole contractions (tagged by their verb/host part)
  "'m": 'VB', "'re": 'VB', "'ve": 'VB', "'ll": 'MD', "'d": 'MD VBD', "n't": 'ADV', "'s": 'POS VBZ',
  "don't": 'VB', "doesn't": 'VBZ', "didn't": 'VBD', "can't": 'MD', "cannot": 'MD', "won't": 'MD', "wouldn't": 'MD',
  "couldn't": 'MD', "shouldn't": 'MD', "isn't": 'VBZ', "aren't": 'VB', "wasn't": 'VBD', "weren't": 'VBD',
  "haven't": 'VB', "hasn't": 'VBZ', "hadn't": 'VBD', "i'm": 'PRON', "i've": 'PRON', "i'll": 'PRON', "i'd": 'PRON',
  "you're": 'PRON', "we're": 'PRON', "they're": 'PRON', "it's": 'PRON', "that's": 'PRON', "there's": 'PRON',
  "let's": 'VB', "he's": 'PRON', "she's": 'PRON', "you've": 'PRON', "we've": 'PRON', "you'll": 'PRON', "we'll": 'PRON',
  // function words whose Brill entries carry many rare tags
  that: 'ADP DET PRON ADV', this: 'DET PRON', these: 'DET PRON', those: 'DET PRON', which: 'PRON DET', what: 'PRON DET',
  who: 'PRON', whom: 'PRON', whose: 'DET', as: 'ADP ADV', like: 'ADP VB', so: 'ADV CC', there: 'PRON ADV', about: 'ADP ADV',
  to: 'TO', for: 'ADP', of: 'ADP', with: 'ADP', from: 'ADP', in: 'ADP ADV', on: 'ADP ADV', at: 'ADP', by: 'ADP',
  if: 'ADP', whether: 'ADP', because: 'ADP', although: 'ADP', though: 'ADP ADV', while: 'ADP NN', since: 'ADP ADV',
  than: 'ADP', and: 'CC', or: 'CC', but: 'CC', nor: 'CC', a: 'DET', an: 'DET', the: 'DET', all: 'DET', both: 'DET',
  each: 'DET', every: 'DET', any: 'DET', some: 'DET', no: 'DET', another: 'DET', either: 'DET', neither: 'DET',
  many: 'ADJ', several: 'ADJ', few: 'ADJ', more: 'ADJ ADV', most: 'ADJ ADV', much: 'ADJ ADV', less: 'ADJ ADV',
  my: 'DET', your: 'DET', his: 'DET PRON', her: 'PRON DET', its: 'DET', our: 'DET', their: 'DET',
  i: 'PRON', you: 'PRON', he: 'PRON', she: 'PRON', it: 'PRON', we: 'PRON', they: 'PRON', me: 'PRON', him: 'PRON',
  us: 'PRON', them: 'PRON', one: 'NUM PRON NN', please: 'INTJ VB', thanks: 'NNS VBZ INTJ', thank: 'VB',
  not: 'ADV', never: 'ADV', also: 'ADV', very: 'ADV', really: 'ADV', just: 'ADV', yesterday: 'NN ADV',
  today: 'NN ADV', tomorrow: 'NN ADV', can: 'MD', will: 'MD NN', would: 'MD', could: 'MD', should: 'MD', may: 'MD',
  might: 'MD', must: 'MD', shall: 'MD', am: 'VB', are: 'VB', is: 'VBZ', was: 'VBD', were: 'VBD', be: 'VB', been: 'VBN',
  being: 'VBG', have: 'VB', has: 'VBZ', had: 'VBD VBN', do: 'VB', does: 'VBZ', did: 'VBD', done: 'VBN ADJ',
  // emotive participles used as adjectives (dictionary adjectives; the rules need them ADJ-first)
  interested: 'ADJ VBN VBD', excited: 'ADJ VBN VBD', impressed: 'ADJ VBN VBD', pleased: 'ADJ VBN VBD',
  delighted: 'ADJ VBN VBD', thrilled: 'ADJ VBN VBD', surprised: 'ADJ VBN VBD', amazed: 'ADJ VBN VBD',
  honored: 'ADJ VBN VBD', honoured: 'ADJ VBN VBD', inspired: 'ADJ VBN VBD', encouraged: 'ADJ VBN VBD',
  motivated: 'ADJ VBN VBD', disappointed: 'ADJ VBN VBD', satisfied: 'ADJ VBN VBD', concerned: 'ADJ VBN VBD',
  worried: 'ADJ VBN VBD', confused: 'ADJ VBN VBD', fascinated: 'ADJ VBN VBD', intrigued: 'ADJ VBN VBD',
  humbled: 'ADJ VBN VBD', relieved: 'ADJ VBN VBD', overwhelmed: 'ADJ VBN VBD', tired: 'ADJ VBN VBD',
  interesting: 'ADJ VBG', exciting: 'ADJ VBG', challenging: 'ADJ VBG', encouraging: 'ADJ VBG', inspiring: 'ADJ VBG',
  amazing: 'ADJ VBG', surprising: 'ADJ VBG', welcoming: 'ADJ VBG NN', rewarding: 'ADJ VBG', fascinating: 'ADJ VBG',
  engaging: 'ADJ VBG', promising: 'ADJ VBG', boring: 'ADJ VBG', confusing: 'ADJ VBG', demanding: 'ADJ VBG',
  // indefinite pronouns (Penn tags them NN; UD and this tag set PRON)
  everyone: 'PRON', someone: 'PRON', anyone: 'PRON', everybody: 'PRON', somebody: 'PRON', anybody: 'PRON',
  nobody: 'PRON', everything: 'PRON', something: 'PRON', anything: 'PRON', nothing: 'PRON',
  // irregular simple pasts that are not participles, and participles that are not pasts: the form is the
  // evidence a grammar rule needs ("I have went", "I seen"), so the lexicon must not blur them
  went: 'VBD', came: 'VBD VBN', knew: 'VBD', took: 'VBD', gave: 'VBD', wrote: 'VBD', began: 'VBD', ran: 'VBD',
  spoke: 'VBD', chose: 'VBD', ate: 'VBD', drove: 'VBD', saw: 'VBD', flew: 'VBD', grew: 'VBD', threw: 'VBD',
  drew: 'VBD', broke: 'VBD', fell: 'VBD', rose: 'VBD', forgot: 'VBD', became: 'VBD VBN', sang: 'VBD', swam: 'VBD',
  gone: 'VBN ADJ', seen: 'VBN', known: 'VBN ADJ', taken: 'VBN', given: 'VBN ADJ', written: 'VBN ADJ', begun: 'VBN',
  spoken: 'VBN ADJ', chosen: 'VBN ADJ', eaten: 'VBN', driven: 'VBN ADJ', flown: 'VBN', grown: 'VBN ADJ',
  thrown: 'VBN', drawn: 'VBN', broken: 'VBN ADJ', fallen: 'VBN ADJ', risen: 'VBN', forgotten: 'VBN ADJ',
  // base forms that are also participles but never pasts ("ran", "came", "became" are): "the lab run three shifts" has no past
  run: 'VB VBN NN', come: 'VB VBN', become: 'VB VBN', overcome: 'VB VBN',
  // a few words of this domain whose Brill entry is wrong or missing in a way the guesser cannot fix
  data: 'NN NNS', email: 'NN VB', emails: 'NNS VBZ', 'e-mail': 'NN VB', resume: 'NN VB', online: 'ADJ ADV',
  refactor: 'VB NN', debug: 'VB', deploy: 'VB', onboard: 'VB ADJ', upskill: 'VB',
};

