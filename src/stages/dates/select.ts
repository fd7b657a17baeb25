import type { Doc } from "../../doc/document.js";
import type { DatePrecision } from "../../doc/records.js";
import { RELATIVE_PRONOUNS, RELATIVE_TIME_MARKERS } from "./lexicon.js";

const RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };

/** First index in doc.timexes (sorted by start) whose expression starts at or after `token`. */
function firstFrom(doc: Doc, token: number): number {
  let lo = 0;
  let hi = doc.timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((doc.timexes[mid]?.start ?? 0) < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index in doc.timexes of the date that best dates what sentence `sentence` states, or -1:
 * the most precise one, the first on a tie ("In 2018 … on thursday" is dated thursday).
 */
export function timexOfSentence(doc: Doc, sentence: number): number {
  if (sentence < 0 || sentence >= doc.sentenceCount) return -1;
  const [from, to] = doc.sentenceTokens(sentence);
  let best = -1;
  let bestRank = Infinity;
  for (let t = firstFrom(doc, from); t < doc.timexes.length; t++) {
    const timex = doc.timexes[t];
    if (timex === undefined || timex.start >= to) break;
    const rank = RANK[timex.precision];
    if (rank < bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Index in doc.timexes of the date in token's sentence nearest to it, or -1; the more precise
 * wins a tie. For dating one clause of a sentence that carries several dates.
 */
export function timexNearToken(doc: Doc, token: number): number {
  if (token < 0 || token >= doc.tokenCount) return -1;
  const [from, to] = doc.sentenceCount === 0 ? [0, doc.tokenCount] : doc.sentenceTokens(doc.sentenceOf(token));
  let best = -1;
  let bestDistance = Infinity;
  let bestRank = Infinity;
  for (let t = firstFrom(doc, from); t < doc.timexes.length; t++) {
    const timex = doc.timexes[t];
    if (timex === undefined || timex.start >= to) break;
    const distance = token < timex.start ? timex.start - token : token >= timex.end ? token - timex.end + 1 : 0;
    const rank = RANK[timex.precision];
    if (distance < bestDistance || (distance === bestDistance && rank < bestRank)) {
      best = t;
      bestDistance = distance;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * The token a date hangs from in the dependency tree: climbing from its head word, the trigger
 * or the first verb ("activists arrested during last week's protests" hangs from "arrested"),
 * or -1. A word of the trigger's phrase [trigger, phraseEnd) is the trigger: "issued an arrest
 * warrant on Monday" dates the issuing, however the parser tagged "warrant".
 */
function governorOf(doc: Doc, timex: { start: number; end: number }, trigger: number, phraseEnd = trigger + 1): number {
  let k = timex.start;
  while (k < timex.end && doc.head(k) >= timex.start && doc.head(k) < timex.end) k = doc.head(k);
  for (let steps = 0; steps < 50; steps++) {
    const head = doc.head(k);
    if (head >= trigger && head < phraseEnd) return trigger;
    if (head < 0 || doc.upos(head) === "VERB") return head;
    k = head;
  }
  return -1;
}

/** Relations of a clause that an aspectual verb below the trigger stands in: "Fighting continued", parsed with "continued" as xcomp. */
const ASPECTUAL_CHILD = /^(?:xcomp|ccomp)/;

/** Whether verb `i` is one of `aspectual` ("continue", "erupt"), by lemma or with its particle ("broke out"). */
function isAspectual(doc: Doc, i: number, aspectual: ReadonlySet<string>): boolean {
  if (aspectual.size === 0 || i < 0 || doc.upos(i) !== "VERB") return false;
  const lemma = doc.lemma(i).toLowerCase();
  if (aspectual.has(lemma)) return true;
  for (let k = i + 1; k < Math.min(doc.tokenCount, i + 4); k++) {
    if (doc.head(k) === i && doc.deprel(k) === "compound:prt" && aspectual.has(`${lemma} ${doc.lower(k)}`)) return true;
  }
  return false;
}

/**
 * Whether a date's governor is an aspectual verb that dates the trigger: the trigger's head, its
 * xcomp/ccomp child, or its subject being the trigger ("Fighting continued on Monday", parsed as
 * rooted at "Fighting"; "Clashes erupted on Friday"; "Protests began on Sunday").
 */
function aspectualOf(doc: Doc, governor: number, trigger: number, aspectual: ReadonlySet<string>): boolean {
  if (governor < 0 || !isAspectual(doc, governor, aspectual)) return false;
  return doc.head(trigger) === governor || (doc.head(governor) === trigger && ASPECTUAL_CHILD.test(doc.deprel(governor)));
}

/**
 * The clause a date stands in for what dominates what: an aspectual verb that is the xcomp/ccomp
 * child of another stands for it, so "Fighting continued on Monday near Walikale, where rebels
 * attacked" dates the attack hanging from "Fighting" as a clause above it.
 */
function clauseOf(doc: Doc, governor: number, aspectual: ReadonlySet<string>): number {
  const head = governor >= 0 ? doc.head(governor) : -1;
  return head >= 0 && ASPECTUAL_CHILD.test(doc.deprel(governor)) && isAspectual(doc, governor, aspectual) ? head : governor;
}

/**
 * Whether the event at `trigger` states timex `t` in its own clause ("will meet on Friday", a
 * noun's verb: "would hold a strike on Thursday"), not in a clause above it ("visited on Sunday
 * and ordered troops to deploy"); true without a parse.
 */
export function statesTimex(doc: Doc, t: number, trigger: number, aspectual: ReadonlySet<string> = new Set()): boolean {
  const timex = doc.timexes[t];
  if (!timex || !doc.annotations.has("deps")) return true;
  const governor = governorOf(doc, timex, trigger);
  return governor === trigger || (doc.upos(trigger) === "NOUN" && governor === doc.head(trigger)) || aspectualOf(doc, governor, trigger, aspectual);
}

/** The aspectual verb through which date `t` dates the trigger ("will resume on Friday"), or -1. */
export function aspectualGovernor(doc: Doc, t: number, trigger: number, aspectual: ReadonlySet<string>): number {
  const timex = doc.timexes[t];
  if (!timex || !doc.annotations.has("deps")) return -1;
  const governor = governorOf(doc, timex, trigger);
  return governor !== trigger && aspectualOf(doc, governor, trigger, aspectual) ? governor : -1;
}

/** Whether the parse hangs date `t` from no verb ("On Saturday, X is due to travel", the root an adjective or the date). */
export function hangsFromNoVerb(doc: Doc, t: number): boolean {
  const timex = doc.timexes[t];
  return timex !== undefined && doc.annotations.has("deps") && governorOf(doc, timex, -1) < 0;
}

/**
 * Whether a date reaches the trigger through "ahead of", "before", "after" ...: the event is
 * placed relative to the dated thing ("deployed officers ahead of marches on Friday"), not on it.
 */
function relativeToDated(doc: Doc, timex: { start: number; end: number }, trigger: number, from: number, to: number): boolean {
  const path = new Set<number>();
  for (let k = doc.head(timex.start), steps = 0; k >= 0 && k !== trigger && steps < 50; k = doc.head(k), steps++) {
    if (k < timex.start || k >= timex.end) path.add(k);
  }
  for (let m = from; m < to; m++) {
    if (RELATIVE_TIME_MARKERS.has(doc.lower(m)) && (path.has(m) || path.has(doc.head(m)))) return true;
  }
  return false;
}

/**
 * Whether a date stands in a relative clause between commas that the trigger is outside of:
 * "Mondlane, who says he won the Oct. 9 vote, accused ..." dates the vote, not the accusation,
 * however the parse hangs the clauses.
 */
function inOtherRelativeClause(doc: Doc, timex: { start: number; end: number }, trigger: number, from: number, to: number): boolean {
  let opener = -1;
  for (let k = timex.start - 1; k > from && doc.form(k) !== ","; k--) {
    if (RELATIVE_PRONOUNS.has(doc.lower(k)) && doc.form(k - 1) === ",") {
      opener = k;
      break;
    }
  }
  if (opener < 0) return false;
  let end = timex.end;
  while (end < to && doc.form(end) !== ",") end++;
  return trigger < opener || trigger >= end;
}

/** A date in the possessive ("Tuesday's election"): it dates the noun it modifies. */
function possessive(doc: Doc, timex: { start: number; end: number }): boolean {
  return doc.lower(timex.end) === "'s" || doc.lower(timex.end - 1) === "'s";
}

/** Whether `ancestor` dominates token `i` in the dependency tree (a token dominates itself). */
export function dominates(doc: Doc, ancestor: number, i: number): boolean {
  for (let k = i, steps = 0; k >= 0 && steps < 50; k = doc.head(k), steps++) if (k === ancestor) return true;
  return false;
}

const PAST_PARTICIPLE = /(?:ed|en)$/;
const SUBJECT_OR_AUXILIARY = /^(?:nsubj|aux|cop)/;
/** Words after a participle that name what someone is held to have done: "accused of", "charged with", "wanted for". */
const CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "with", "for", "over"]);

/**
 * Whether a participle of a charge right after a noun, with no subject or auxiliary of its own (a
 * reduced relative clause), stands between `ancestor` and token `i` in the tree, `i` included: "a
 * warrant on Monday for a commander accused of killing detainees" dates neither the accusation nor
 * the killing; "exchanged prisoners on Wednesday in a swap mediated by the UAE" dates the mediation.
 */
function throughReducedRelative(doc: Doc, ancestor: number, i: number): boolean {
  for (let k = i, steps = 0; k >= 0 && k !== ancestor && steps < 50; k = doc.head(k), steps++) {
    if (doc.upos(k) !== "VERB" || !PAST_PARTICIPLE.test(doc.lower(k)) || doc.upos(k - 1) !== "NOUN" || !CHARGE_PREPOSITIONS.has(doc.lower(k + 1))) continue;
    let own = false;
    for (let d = Math.max(0, k - 8); d < k && !own; d++) own = doc.head(d) === k && SUBJECT_OR_AUXILIARY.test(doc.deprel(d));
    if (!own) return true;
  }
  return false;
}

/**
 * Whether `clause` is a purpose clause of the trigger's verb: "used water cannon to break up the
 * crowd on Tuesday night" was done then ("agreed to meet next month" is a complement, no purpose).
 */
function purposeOf(doc: Doc, clause: number, trigger: number): boolean {
  if (clause < 0 || doc.head(clause) !== trigger || doc.deprel(clause) !== "advcl" || doc.upos(trigger) !== "VERB") return false;
  return doc.lower(clause - 1) === "to" && doc.deprel(clause - 1) === "mark";
}

/**
 * Index in doc.timexes of the date of the event whose trigger is token `trigger`, or -1: the
 * most precise, then nearest, date the trigger governs ("arrested ... on Saturday", even after a
 * dateline's date); else the same among dates hanging from a clause above the trigger's ("On
 * Monday police said they arrested ..."), never one from another clause ("agreed to meet next
 * month", "demanded the release of activists arrested last week"); a date of an aspectual verb
 * (`aspectual`, data/triggers/aspectual-verbs.txt) dates the event it continues as the trigger's
 * own ("Fighting continued on Monday"); else a date that hangs from
 * no verb at all, which no other clause can own ("BRUSSELS - X on Tuesday imposed ...", parsed
 * as rooted at the place); else the dateline's. Without a parse, the sentence's date
 * (timexOfSentence).
 */
export function timexOfEvent(doc: Doc, trigger: number, phraseEnd = trigger + 1, aspectual: ReadonlySet<string> = new Set()): number {
  if (trigger < 0 || trigger >= doc.tokenCount || doc.sentenceCount === 0) return -1;
  const sentence = doc.sentenceOf(trigger);
  if (!doc.annotations.has("deps")) return timexOfSentence(doc, sentence);
  const [from, to] = doc.sentenceTokens(sentence);
  // Tiers: dates the trigger governs, dates of a clause above it, dates of no clause, the dateline's.
  const best = [-1, -1, -1, -1];
  const bestKey = [Infinity, Infinity, Infinity, Infinity];
  for (let t = firstFrom(doc, from); t < doc.timexes.length; t++) {
    const timex = doc.timexes[t];
    if (timex === undefined || timex.start >= to) break;
    const governor = governorOf(doc, timex, trigger, phraseEnd);
    const clause = clauseOf(doc, governor, aspectual);
    const above = clause >= 0 && dominates(doc, clause, trigger) && !throughReducedRelative(doc, clause, trigger);
    const own = governor === trigger || aspectualOf(doc, governor, trigger, aspectual) || sharedByConjunct(doc, timex, trigger, governor) || beforeConjunct(doc, timex, trigger);
    const tier = inDateline(doc, timex) ? 3 : own ? 0 : governor < 0 ? 2 : above || purposeOf(doc, governor, trigger) ? 1 : -1;
    if (tier < 0 || (tier < 3 && (relativeToDated(doc, timex, trigger, from, to) || inOtherRelativeClause(doc, timex, trigger, from, to)))) continue;
    const distance = Math.min(trigger < timex.start ? timex.start - trigger : trigger - timex.end + 1, 9_999);
    // Precision first, then a date of the clause over a possessive one of a noun ("rejected the
    // results of Tuesday's election on Thursday"), then distance: a packed key, fewer is better.
    const key = RANK[timex.precision] * 20_000 + (possessive(doc, timex) ? 10_000 : 0) + distance;
    if (key < (bestKey[tier] ?? Infinity)) {
      best[tier] = t;
      bestKey[tier] = key;
    }
  }
  return best.find((t) => t >= 0) ?? -1;
}

/**
 * Whether the date hangs from a verb coordinated right after the trigger with nothing of the
 * trigger's own between them, and follows it: "was beaten and arrested on Tuesday night" dates
 * both verbs (not "arrested him and released him on Tuesday").
 */
function sharedByConjunct(doc: Doc, timex: { start: number; end: number }, trigger: number, governor: number): boolean {
  if (governor <= trigger || timex.start <= governor || doc.head(governor) !== trigger || !doc.deprel(governor).startsWith("conj")) return false;
  for (let k = trigger + 1; k < governor; k++) if (doc.upos(k) !== "CCONJ" && doc.form(k) !== "," && doc.upos(k) !== "AUX") return false;
  return true;
}

/**
 * Whether the date stands after the trigger and before the conjunction of a verb coordinated with
 * it, with no other verb in between: "lodged a protest with Beijing on Tuesday and summoned an
 * official" dates the lodging, however the parser hung "on Tuesday".
 */
function beforeConjunct(doc: Doc, timex: { start: number; end: number }, trigger: number): boolean {
  if (doc.upos(trigger) !== "VERB" || timex.start <= trigger) return false;
  for (let k = trigger + 1; k < timex.start; k++) if (doc.upos(k) === "VERB" || doc.upos(k) === "AUX") return false;
  const cc = timex.end;
  if (doc.upos(cc) !== "CCONJ") return false;
  const conjunct = doc.head(cc);
  return conjunct > cc && doc.upos(conjunct) === "VERB" && doc.head(conjunct) === trigger && doc.deprel(conjunct).startsWith("conj");
}

/** Marks that end a dateline: "NAIROBI, May 8, 2024 - ...", "CARACAS, March 21 (Reuters) -" (forms have dashes unified). */
const DATELINE_ENDS = new Set(["-", "--", "(", ":"]);

/** How far into the first body sentence a dateline's closing mark may stand: "CARACAS, March 21 (Reuters) -". */
const DATELINE_MAX_TOKENS = 12;

/**
 * The token after a dateline ("KYIV, Jan 5 (Reuters) -"): a capitalized first word (any word in
 * text typed without capitals), a comma after it within a few words, and a dash or colon soon
 * after; 0 when the story has none.
 */
export function datelineEnd(doc: Doc): number {
  if (doc.sentenceCount <= doc.headlineSentences) return 0;
  const [from, to] = doc.sentenceTokens(doc.headlineSentences);
  // Text typed without capitals keeps its dateline shape: "hanoi, jan 9 (reuters) -".
  if (!doc.casingDamaged && !/^\p{Lu}/u.test(doc.form(from))) return 0;
  let comma = false;
  for (let k = from + 1; k < Math.min(to, from + DATELINE_MAX_TOKENS); k++) {
    const form = doc.form(k);
    if (form === ",") comma = true;
    else if (comma && (form === "-" || form === "--" || form === ":")) return k + 1;
    // A dateline has no lowercase word where casing is kept: "The minister, X, said:" opens a quotation.
    else if (!doc.casingDamaged && /^\p{Ll}+$/u.test(form)) return 0;
  }
  return 0;
}

/** A date in the story's dateline, which dates the report, not the events it tells of. */
function inDateline(doc: Doc, timex: { start: number; end: number }): boolean {
  if (doc.sentenceCount <= doc.headlineSentences) return false;
  const [from, to] = doc.sentenceTokens(doc.headlineSentences);
  if (timex.start < from || timex.start > from + 6) return false;
  for (let k = timex.end; k < Math.min(to, timex.end + 2); k++) if (DATELINE_ENDS.has(doc.form(k))) return true;
  return false;
}
