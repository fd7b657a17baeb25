import { basename, join } from "node:path";
import { isEventType, type EventType } from "../ontology/plover.js";
import { dataDir } from "../paths.js";
import { readOptionalWordList } from "./word-list.js";
import { inflectVerb, loadIrregularVerbs, pluralize, type IrregularVerbs } from "./triggers-inflect.js";
import { dataError, readTsv } from "./triggers-tsv.js";

export { inflectVerb, pluralize, loadIrregularVerbs } from "./triggers-inflect.js";
export type { IrregularForms, IrregularVerbs } from "./triggers-inflect.js";

export interface TriggerEntry {
  phrase: string;
  /** Lemma words of the phrase, lowercase. */
  words: string[];
  pos: "verb" | "noun";
  event: EventType;
  mode: string | null;
  cameo: string;
  /**
   * What the event needs besides the words: "passive" (only the passive states it: "were
   * disappeared"; "the records disappeared" is none), "aid" (an object from aid-things.txt or an
   * amount: "gave $5m", not "gave a speech"), "being" (an object, if any, that is someone:
   * "released the prisoners", not "released an album"), "no-contest" (not in a sentence about
   * sport or awards: "Chelsea beat Arsenal 2-1"), "doer" (a subject or "by" agent: "rebels
   * wounded three", not "were injured in a crash"), "consequence" (the sentence names force,
   * sanctions or a price to pay: "warned of retaliation", not "warned that growth may slow"),
   * "deed" (an object naming an event: "offered talks", not "offer broadband services"),
   * "relief" (an aid object, and its clause names relief, not money alone: "sent tents",
   * "released $5m from its emergency fund", not "announced profits of $5m"), "no-measure" (an
   * object that is no legislative measure: "approved the plan", not "approved the motion"), "censure"
   * (an object, then a word of blame: "called the arrests unacceptable"), "reported" (said by a
   * speaker of someone else, who is accused: "said the vessel had intruded"), "undergoer" (in a
   * quotation, the speaker's threat against the subject: "will face the full force of the law"), or null.
   */
  requires: TriggerRequirement | null;
  /** Ambiguity or coding remark from the data file, or null. */
  note: string | null;
  /** "triggers.tsv:123", for tracing a decision back to the data. */
  source: string;
}

export type TriggerRequirement = "passive" | "aid" | "being" | "no-contest" | "doer" | "consequence" | "deed" | "no-place" | "object" | "relief" | "aimed" | "negated" | "custody" | "no-measure" | "envoy" | "no-object" | "censure" | "reported" | "vehicle" | "undergoer";
const REQUIREMENTS: readonly string[] = ["passive", "aid", "being", "no-contest", "doer", "consequence", "deed", "no-place", "object", "relief", "aimed", "negated", "custody", "no-measure", "envoy", "no-object", "censure", "reported", "vehicle", "undergoer"];

export type CueKind = "speech" | "thought" | "writing";
export type ModalityEffect = "future" | "hypothetical" | "wish" | "negation" | "embed" | "alternative" | "pending";

export interface ModalityEntry {
  phrase: string;
  words: string[];
  effect: ModalityEffect;
  /** The PLOVER type the phrase itself denotes ("threaten to" → THREATEN), or null. */
  event: EventType | null;
}

export interface TriggerLexicon {
  /** Surface lowercase form of the FIRST word -> entries whose first word inflects to it; the matcher checks the rest (`rest` = the following lemma words, e.g. ["on"] for "call on"). */
  byForm: Map<string, { entry: TriggerEntry; rest: string[] }[]>;
  /** Surface lowercase form -> kind (all inflections). */
  cues: Map<string, CueKind>;
  /** By surface first word. */
  modality: Map<string, ModalityEntry[]>;
  /** Surface lowercase form -> lemma for every form generated (a fallback lemmatizer). */
  lemmaOf: Map<string, string>;
  /** Past forms and participles of the irregular verbs ("began", "begun"): ordinary words, never names on their own. */
  irregularForms: ReadonlySet<string>;
  /** Lemmas of verbs that carry the event of a following trigger noun ("staged rallies"). */
  lightVerbs: ReadonlySet<string>;
  /** Noun lemmas of forces that harm with no one acting ("tsunami", "flood"): no actor of an ASSAULT. */
  naturalForces: ReadonlySet<string>;
  /** Noun lemmas of what is given as aid ("money", "food", "asylum"), for triggers that require "aid". */
  aidThings: ReadonlySet<string>;
  /** Noun lemmas of money as such ("dollar", "cash"): an aid thing, but no sign of relief alone ("announced profits of $5m"). */
  moneyWords: ReadonlySet<string>;
  /** Lemmas of sport, awards and charts ("match", "award"), for triggers that require "no-contest". */
  contestWords: ReadonlySet<string>;
  /** Noun lemmas of legislative measures ("motion", "bill"), for triggers that require "no-measure". */
  measureWords: ReadonlySet<string>;
  /** Noun lemmas of weapons ("bomb", "rocket"): the means of a violent verb, never its recipient. */
  weapons: ReadonlySet<string>;
  /** Words of people held by the state ("prisoner", "jailed"), for triggers that require "custody". */
  custodyWords: ReadonlySet<string>;
  /** Words of a state's diplomats ("ambassador", "envoy"), for triggers that require "envoy". */
  envoyWords: ReadonlySet<string>;
  /** Noun lemmas of ships, boats and trucks, for triggers that require "vehicle" ("blocked a survey ship"). */
  vehicleWords: ReadonlySet<string>;
  /** Noun lemmas of a proposal someone made ("offer", "invitation"): "rejected the offer" answers its maker. */
  proposalNouns: ReadonlySet<string>;
  /** Noun lemmas of any deed of their type ("attack", "violence"): "condemned the attack" is aimed at whoever did one, whatever the verb. */
  generalDeeds: ReadonlySet<string>;
  /** Words of blame ("unacceptable", "provocation"): "called the expulsion an unfriendly act" is an accusation, for triggers that require "censure". */
  censureWords: ReadonlySet<string>;
  /** Noun lemmas that make a warning a threat ("retaliation", "price"), for triggers that require "consequence". */
  consequenceWords: ReadonlySet<string>;
  /** Adverbs of habit ("often", "routinely"): with a verb in the simple present they state a custom, no single event. */
  habitualWords: ReadonlySet<string>;
  /** Aspectual verb lemmas ("continue", "erupt", "break out"): a date hanging from one dates the event it begins, continues or ends. */
  aspectualVerbs: ReadonlySet<string>;
  /** Verb lemmas of force against someone ("defeat", "crush"): promised, they are a threat. */
  forceVerbs: ReadonlySet<string>;
  /** Noun lemmas of a whole country, place or system ("country", "economy"): no one holds them hostage but in a figure of speech. */
  polityNouns: ReadonlySet<string>;
  /** Noun lemmas of a person named by a relation to another ("rival", "opponent"): "his rival" is someone else, not him. */
  relationNouns: ReadonlySet<string>;
  /** Noun lemmas of a group named by whom it follows or belongs to ("supporter", "parent"): "supporters of X" are not X. */
  followerNouns: ReadonlySet<string>;
  /** Noun lemmas of people a strike keeps from a service ("traveller", "commuter"): held hostage by strikers only in a figure of speech. */
  serviceUsers: ReadonlySet<string>;
  /** Noun lemmas of organized labour and its strikes ("union", "walkout"): the setting of that figure. */
  labourWords: ReadonlySet<string>;
}

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Number of tokens the phrase covers, from `start`. */
  length: number;
}

export interface ModalityMatch {
  entry: ModalityEntry;
  length: number;
}

const POS: ReadonlySet<string> = new Set(["verb", "noun"]);
const CUE_KINDS: ReadonlySet<string> = new Set(["speech", "thought", "writing"]);
const EFFECTS: ReadonlySet<string> = new Set(["future", "hypothetical", "wish", "negation", "embed", "alternative", "pending"]);
const MODE = /^[a-z][a-z-]*$/;
const CAMEO = /^\d{2,4}$/;

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter((w) => w !== "");
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Lemmas first, then forms, so a form that is itself a lemma ("talks", "lay") keeps its own reading. */
class LemmaIndex {
  readonly lemmaOf = new Map<string, string>();
  private readonly pending: [string, string][] = [];

  add(lemma: string, forms: readonly string[]): void {
    this.lemmaOf.set(lemma, lemma);
    for (const f of forms) if (f !== lemma) this.pending.push([f, lemma]);
  }

  finish(): Map<string, string> {
    for (const [form, lemma] of this.pending) if (!this.lemmaOf.has(form)) this.lemmaOf.set(form, lemma);
    return this.lemmaOf;
  }
}

/** First-word forms of a noun phrase: one word, or the head before "of" ("rounds of talks"). */
function nounFirstForms(ws: readonly string[]): string[] {
  const first = ws[0] ?? "";
  if (ws.length === 1 || ws[1] === "of") return [first, ...pluralize(first)];
  return [first];
}

function loadTriggers(path: string, irregular: IrregularVerbs, lemmas: LemmaIndex): TriggerLexicon["byForm"] {
  const file = readTsv(path, ["phrase", "pos", "event", "mode", "cameo"], ["requires", "note"]);
  const byForm: TriggerLexicon["byForm"] = new Map();
  const seen = new Set<string>();
  const name = basename(path);
  for (const row of file.rows) {
    const phrase = row.get("phrase").toLowerCase().replace(/\s+/g, " ");
    const pos = row.get("pos");
    const event = row.get("event");
    const mode = row.get("mode");
    const cameo = row.get("cameo");
    if (!POS.has(pos)) throw dataError(path, row.line, `pos '${pos}' must be verb or noun`);
    if (!isEventType(event)) throw dataError(path, row.line, `event '${event}' is not one of the 16 PLOVER types (src/ontology/plover.ts)`);
    if (mode !== "" && !MODE.test(mode)) throw dataError(path, row.line, `mode '${mode}' must be a lowercase PLOVER mode word or empty`);
    if (!CAMEO.test(cameo)) throw dataError(path, row.line, `cameo '${cameo}' must be a 2-4 digit CAMEO code such as 173 or 1711`);
    const requires = row.get("requires");
    if (requires !== "" && (!REQUIREMENTS.includes(requires) || pos !== "verb")) {
      const choices = REQUIREMENTS.map((r) => `'${r}'`);
      throw dataError(path, row.line, `requires '${requires}' must be empty, ${choices.slice(0, -1).join(", ")} or ${choices.at(-1) ?? ""} (verbs only)`);
    }
    const key = `${phrase}\t${pos}\t${event}`;
    if (seen.has(key)) throw dataError(path, row.line, `'${phrase}' (${pos}, ${event}) is listed twice; delete one line`);
    seen.add(key);
    const ws = words(phrase);
    const note = row.get("note");
    const entry: TriggerEntry = {
      phrase, words: ws, pos: pos === "verb" ? "verb" : "noun", event, mode: mode === "" ? null : mode, cameo,
      requires: requires === "" ? null : (requires as TriggerRequirement), note: note === "" ? null : note, source: `${name}:${row.line}`,
    };
    const first = ws[0] ?? phrase;
    const forms = pos === "verb" ? inflectVerb(first, irregular) : nounFirstForms(ws);
    lemmas.add(first, forms);
    // Multiword nouns inflect on the head ("hunger strikes"); record it so the matcher can lemmatize rest words.
    const last = ws[ws.length - 1];
    if (pos === "noun" && ws.length > 1 && last !== undefined && ws[1] !== "of") lemmas.add(last, pluralize(last));
    const rest = ws.slice(1);
    for (const form of new Set(forms)) push(byForm, form, { entry, rest });
  }
  return byForm;
}

function loadCues(path: string, irregular: IrregularVerbs, lemmas: LemmaIndex): Map<string, CueKind> {
  const file = readTsv(path, ["phrase", "kind"], ["note"]);
  const cues = new Map<string, CueKind>();
  for (const row of file.rows) {
    const phrase = row.get("phrase").toLowerCase();
    const kind = row.get("kind");
    if (/\s/.test(phrase)) throw dataError(path, row.line, `cue '${phrase}' must be a single verb lemma; multiword cues are not supported`);
    if (!CUE_KINDS.has(kind)) throw dataError(path, row.line, `kind '${kind}' must be speech, thought or writing`);
    const forms = inflectVerb(phrase, irregular);
    lemmas.add(phrase, forms);
    for (const f of forms) if (!cues.has(f)) cues.set(f, kind as CueKind);
  }
  return cues;
}

function loadModality(path: string, irregular: IrregularVerbs, lemmas: LemmaIndex): Map<string, ModalityEntry[]> {
  const file = readTsv(path, ["phrase", "effect", "event"], ["pos", "note"]);
  const out = new Map<string, ModalityEntry[]>();
  for (const row of file.rows) {
    const phrase = row.get("phrase").toLowerCase().replace(/\s+/g, " ");
    const effect = row.get("effect");
    const event = row.get("event");
    const pos = row.get("pos");
    if (!EFFECTS.has(effect)) throw dataError(path, row.line, `effect '${effect}' must be future, hypothetical, wish, negation, embed, alternative or pending`);
    if (event !== "" && !isEventType(event)) throw dataError(path, row.line, `event '${event}' is not a PLOVER type; leave it empty if the phrase is no event`);
    if (pos !== "" && pos !== "verb") throw dataError(path, row.line, `pos '${pos}' must be 'verb' (inflect the first word) or empty`);
    const ws = words(phrase);
    const first = ws[0] ?? phrase;
    const entry: ModalityEntry = { phrase, words: ws, effect: effect as ModalityEffect, event: event === "" ? null : (event as EventType) };
    let forms = [first];
    if (pos === "verb") {
      forms = inflectVerb(first, irregular);
      lemmas.add(first, forms);
    }
    for (const f of forms) push(out, f, entry);
  }
  return out;
}

/**
 * Compiles the trigger, cue and modality TSVs of `dir` into surface-form indexes. Call once and keep
 * the result: it is immutable in use and takes a few milliseconds to build.
 */
export function loadTriggerLexicon(dir: string = join(dataDir(), "triggers")): TriggerLexicon {
  const irregular = loadIrregularVerbs(join(dir, "irregular-verbs.tsv"));
  const lemmas = new LemmaIndex();
  const byForm = loadTriggers(join(dir, "triggers.tsv"), irregular, lemmas);
  const cues = loadCues(join(dir, "cues.tsv"), irregular, lemmas);
  const modality = loadModality(join(dir, "modality.tsv"), irregular, lemmas);
  return {
    byForm,
    cues,
    modality,
    lemmaOf: lemmas.finish(),
    irregularForms: new Set([...irregular.values()].flatMap((forms) => [...forms.past, ...forms.participle])),
    lightVerbs: readOptionalWordList(join(dir, "light-verbs.txt")),
    naturalForces: readOptionalWordList(join(dir, "natural-forces.txt")),
    aidThings: readOptionalWordList(join(dir, "aid-things.txt")),
    moneyWords: readOptionalWordList(join(dir, "money-words.txt")),
    contestWords: readOptionalWordList(join(dir, "contest-words.txt")),
    measureWords: readOptionalWordList(join(dir, "measure-words.txt")),
    weapons: readOptionalWordList(join(dir, "weapons.txt")),
    custodyWords: readOptionalWordList(join(dir, "custody-words.txt")),
    envoyWords: readOptionalWordList(join(dir, "envoy-words.txt")),
    vehicleWords: readOptionalWordList(join(dir, "vehicle-words.txt")),
    proposalNouns: readOptionalWordList(join(dir, "proposal-nouns.txt")),
    generalDeeds: readOptionalWordList(join(dir, "general-deeds.txt")),
    consequenceWords: readOptionalWordList(join(dir, "consequence-words.txt")),
    censureWords: readOptionalWordList(join(dir, "censure-words.txt")),
    forceVerbs: readOptionalWordList(join(dir, "force-verbs.txt")),
    habitualWords: readOptionalWordList(join(dir, "habitual-words.txt")),
    aspectualVerbs: readOptionalWordList(join(dir, "aspectual-verbs.txt")),
    polityNouns: readOptionalWordList(join(dir, "polity-nouns.txt")),
    relationNouns: readOptionalWordList(join(dir, "relation-nouns.txt")),
    followerNouns: readOptionalWordList(join(dir, "follower-nouns.txt")),
    serviceUsers: readOptionalWordList(join(dir, "service-users.txt")),
    labourWords: readOptionalWordList(join(dir, "labour-words.txt")),
  };
}

function sameWord(lex: TriggerLexicon, token: string, lemma: string): boolean {
  if (token === lemma) return true;
  const a = lex.lemmaOf.get(token) ?? token;
  const b = lex.lemmaOf.get(lemma) ?? lemma;
  return a === b;
}

function restMatches(lex: TriggerLexicon, tokens: readonly string[], start: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const tok = tokens[start + 1 + k];
    const want = rest[k];
    if (tok === undefined || want === undefined || !sameWord(lex, tok.toLowerCase(), want)) return false;
  }
  return true;
}

/**
 * Trigger phrases starting at tokens[start], longest first ("call on" before "call"). Rest words
 * match the token itself or any form with the same lemma ("held talks", "hunger strikes").
 */
export function matchTriggers(lex: TriggerLexicon, tokens: readonly string[], start: number): TriggerMatch[] {
  const first = tokens[start]?.toLowerCase();
  if (first === undefined) return [];
  const out: TriggerMatch[] = [];
  for (const { entry, rest } of lex.byForm.get(first) ?? []) {
    if (restMatches(lex, tokens, start, rest)) out.push({ entry, length: rest.length + 1 });
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Modality phrases starting at tokens[start], longest first ("no longer" before "no"). */
export function matchModality(lex: TriggerLexicon, tokens: readonly string[], start: number): ModalityMatch[] {
  const first = tokens[start]?.toLowerCase();
  if (first === undefined) return [];
  const out: ModalityMatch[] = [];
  for (const entry of lex.modality.get(first) ?? []) {
    if (restMatches(lex, tokens, start, entry.words.slice(1))) out.push({ entry, length: entry.words.length });
  }
  return out.sort((a, b) => b.length - a.length);
}
