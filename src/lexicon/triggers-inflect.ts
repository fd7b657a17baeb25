import { dataError, readTsv } from "./triggers-tsv.js";

/** Forms a verb does not build by rule (irregular-verbs.tsv). Each list may hold alternatives. */
export interface IrregularForms {
  readonly past: readonly string[];
  readonly participle: readonly string[];
  /** Empty when the regular -ing rule applies. */
  readonly ing: readonly string[];
}

export type IrregularVerbs = ReadonlyMap<string, IrregularForms>;

/** One vowel then one final consonant, nothing before but consonants: ban, stab, quit (qu counts as a consonant). */
const SHORT_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

export function loadIrregularVerbs(path: string): Map<string, IrregularForms> {
  const file = readTsv(path, ["lemma", "past", "participle"], ["ing"]);
  const out = new Map<string, IrregularForms>();
  const split = (cell: string): string[] => cell.split("|").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
  for (const row of file.rows) {
    const lemma = row.get("lemma").toLowerCase();
    const past = split(row.get("past"));
    const participle = split(row.get("participle"));
    if (past.length === 0 || participle.length === 0) {
      throw dataError(path, row.line, `verb '${lemma}' needs both a past and a participle form (alternatives separated by |)`);
    }
    if (out.has(lemma)) throw dataError(path, row.line, `verb '${lemma}' is listed twice; merge the lines`);
    out.set(lemma, { past, participle, ing: split(row.get("ing")) });
  }
  return out;
}

/** The segment that takes the ending: "tear-gas" inflects as "gas". */
function lastSegment(word: string): string {
  const i = word.lastIndexOf("-");
  return i < 0 ? word : word.slice(i + 1);
}

function doublesFinal(word: string): boolean {
  const seg = lastSegment(word).replace(/^qu/, "q").replace(/^y/, "j");
  return SHORT_CVC.test(seg);
}

function thirdPerson(lemma: string): string {
  if (lemma === "be") return "is";
  if (lemma === "have") return "has";
  if (/(s|x|z|ch|sh)$/.test(lemma)) return lemma + "es";
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + "ies";
  if (/[^aeiou]o$/.test(lemma)) return lemma + "es";
  return lemma + "s";
}

function regularPast(lemma: string): string {
  if (lemma.endsWith("e")) return lemma + "d";
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + "ied";
  if (doublesFinal(lemma)) return lemma + lemma.slice(-1) + "ed";
  return lemma + "ed";
}

function regularIng(lemma: string): string {
  if (lemma.endsWith("ie")) return lemma.slice(0, -2) + "ying";
  if (/(ee|ye|oe)$/.test(lemma) || lemma === "be") return lemma + "ing";
  if (lemma.endsWith("e") && lemma.length > 2) return lemma.slice(0, -1) + "ing";
  if (doublesFinal(lemma)) return lemma + lemma.slice(-1) + "ing";
  return lemma + "ing";
}

/**
 * Every surface form of a one-word verb lemma: the lemma, -s, past, participle, -ing.
 * Irregular and spelling-exception forms come from `irregular` (irregular-verbs.tsv); the rest by rule
 * (e-drop seize→seizing, y→ied, doubling of short CVC verbs ban→banned).
 */
export function inflectVerb(lemma: string, irregular: IrregularVerbs = new Map()): string[] {
  const base = lemma.toLowerCase();
  const forms = new Set<string>([base, thirdPerson(base)]);
  if (base === "be") for (const f of ["am", "are"]) forms.add(f);
  const irr = irregular.get(base);
  if (irr !== undefined) {
    for (const f of [...irr.past, ...irr.participle]) forms.add(f);
    if (irr.ing.length > 0) for (const f of irr.ing) forms.add(f);
    else forms.add(regularIng(base));
  } else {
    forms.add(regularPast(base));
    forms.add(regularIng(base));
  }
  return [...forms];
}

const NOT_MAN_COMPOUNDS: ReadonlySet<string> = new Set(["human", "german", "roman", "shaman", "ottoman", "caiman", "talisman"]);
const IRREGULAR_PLURALS: Readonly<Record<string, readonly string[]>> = {
  person: ["people", "persons"],
  child: ["children"],
  crisis: ["crises"],
  thesis: ["theses"],
  analysis: ["analyses"],
};

/**
 * Plural forms of a one-word noun (without the noun itself). Nouns already ending in a plural -s
 * ("talks", "sanctions", "troops") and mass nouns in -s get none.
 */
export function pluralize(noun: string): string[] {
  const w = noun.toLowerCase();
  const irr = IRREGULAR_PLURALS[w];
  if (irr !== undefined) return [...irr];
  if (w.endsWith("person")) return [w.slice(0, -6) + "people", w + "s"];
  if (w.endsWith("man") && !NOT_MAN_COMPOUNDS.has(w) && w.length > 3) return [w.slice(0, -3) + "men"];
  if (w.endsWith("ss") || w.endsWith("us")) return [w + "es"];
  if (w.endsWith("is") && w.length > 3) return [w.slice(0, -2) + "es"];
  if (w.endsWith("s")) return [];
  if (/(x|z|ch|sh)$/.test(w)) return [w + "es"];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + "ies"];
  if (/[^aeiou]o$/.test(w)) return [w + "s", w + "es"];
  return [w + "s"];
}
