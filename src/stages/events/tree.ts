import type { Doc } from "../../doc/document.js";
import { isTimeAt, RELATIVE_PRONOUNS } from "./clause.js";

/**
 * Reading event participants off the dependency tree the parse stage wrote (doc.tokens.head,
 * doc.tokens.deprel). Spans are [start, end) token ranges inside one sentence; [0, 0) is none.
 */

const NONE: [number, number] = [0, 0];
/** Dependents left out of a participant's phrase: clauses and asides that name other people. */
const CLAUSAL = new Set(["acl", "acl:relcl", "advcl", "advcl:relcl", "appos", "parataxis", "ccomp", "csubj", "dep", "list"]);
/** Prepositions marking at whom an event is aimed or with whom it is done ("aid to X", "talks with X"). */
const TARGET_CASES = new Set(["on", "against", "upon", "with", "to", "for", "toward", "towards", "from"]);
/** Prepositions of a nominal trigger's undergoer: "the arrest of X", "an attack on X". */
const UNDERGOER_CASES = new Set(["of", "on", "against", "upon", "to", "with"]);
const RECEIVER_CASES = new Set(["to"]);
const WHERE_CASES = new Set(["in", "at"]);
const SUBJECTS = new Set(["nsubj", "nsubj:outer", "nsubj:pass"]);
const OBJECTS = new Set(["obj", "iobj"]);
const INDIRECT_OBJECT = new Set(["iobj"]);
const DIRECT_OBJECT = new Set(["obj"]);
const AGENT = new Set(["obl:agent"]);
const XCOMP = new Set(["xcomp"]);
const AUXILIARY = new Set(["aux", "aux:pass"]);
const NOMINALS = new Set(["NOUN", "PROPN", "PRON"]);

/** The relation without its subtype: "nsubj:pass" -> "nsubj". */
export function baseRelation(doc: Doc, i: number): string {
  const rel = doc.deprel(i);
  const colon = rel.indexOf(":");
  return colon < 0 ? rel : rel.slice(0, colon);
}

/** First dependent of `head` in [from, to) with one of the relations; -1 when none. */
function dependent(doc: Doc, head: number, from: number, to: number, relations: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) if (doc.head(i) === head && relations.has(doc.deprel(i))) return i;
  return -1;
}

/** The preposition (case marker) of a nominal dependent, lowercased; "" when none. */
export function caseOf(doc: Doc, noun: number, from: number, to: number): string {
  for (let i = from; i < to; i++) if (doc.head(i) === noun && doc.deprel(i) === "case") return doc.lower(i);
  return "";
}

/** Whether `i` lies in the subtree of `root` (following heads; cycles cannot occur in a parse). */
function inSubtree(doc: Doc, i: number, root: number, from: number): boolean {
  let k = i;
  for (let steps = 0; k >= from && steps < 64; steps++) {
    if (k === root) return true;
    k = doc.head(k);
  }
  return false;
}

/** Whether a verb outside the subtree of `word` comes right after it: the subtree is that verb's subject. */
function verbAfterSubtree(doc: Doc, word: number, from: number, to: number): boolean {
  let after = word + 1;
  while (after < to && inSubtree(doc, after, word, from)) after++;
  return after < to && doc.upos(after) === "VERB" && doc.deprel(after) !== "amod";
}

/**
 * The phrase a nominal heads: its subtree without its case marker, leading punctuation and
 * clausal dependents, cut at the first token outside it so the span stays contiguous.
 */
export function phraseOf(doc: Doc, noun: number, from: number, to: number): [number, number] {
  const excluded = (i: number): boolean => {
    if (i === noun) return false;
    // "rebels on Friday", "the government today": the time belongs to the event.
    if (isTimeAt(doc, i) || isTimeAt(doc, doc.head(i))) return true;
    let k = i;
    while (k >= from && k !== noun) {
      const parent = doc.head(k);
      if (parent === noun) {
        const rel = doc.deprel(k);
        // "welcomed the sanctions and called on X": a verb the parse joined to the noun starts another clause.
        // "reject the decree and thousands of protesters gathered": a conjunct followed by a verb is that verb's subject.
        const joinedClause = rel === "conj" && (doc.upos(k) === "VERB" || verbAfterSubtree(doc, k, from, to));
        return rel === "case" || rel === "punct" || rel === "mark" || CLAUSAL.has(rel) || joinedClause;
      }
      k = parent;
    }
    return true;
  };
  let start = noun;
  while (start > from && !excluded(start - 1) && inSubtree(doc, start - 1, noun, from)) start--;
  let end = noun + 1;
  while (end < to && !excluded(end) && inSubtree(doc, end, noun, from)) end++;
  return [start, end];
}

/**
 * The antecedent of a relative pronoun: the noun the relative clause of `verb` modifies, or
 * (when the parse hung the clause elsewhere) the noun right before the pronoun and its comma.
 */
function antecedent(doc: Doc, pronoun: number, verb: number, from: number): number {
  if (!RELATIVE_PRONOUNS.has(doc.lower(pronoun))) return pronoun;
  const head = doc.head(verb);
  if (doc.deprel(verb) === "acl:relcl" && head >= 0 && head !== pronoun && NOMINALS.has(doc.upos(head))) return head;
  let i = pronoun - 1;
  if (i >= from && doc.upos(i) === "PUNCT") i--;
  if (i < from || !NOMINALS.has(doc.upos(i))) return -1;
  // "Colonel Anna Ferrow, whom": the name's head, not its last word.
  while (NAME_PARTS.has(doc.deprel(i)) && doc.head(i) >= from && doc.head(i) < i) i = doc.head(i);
  return i;
}

/** Relations inside a name or compound, from a word to its head before it. */
const NAME_PARTS: ReadonlySet<string> = new Set(["flat", "flat:name"]);

/**
 * The noun a participle modifies and that undergoes it, or -1: "students detained by police",
 * "the release of activists arrested last week". Parses of headlines often hang a main verb as
 * "acl", hence the checks when no agent is named.
 */
export function participleUndergoer(doc: Doc, verb: number, from: number, to: number): number {
  const apposed = apposedParticiple(doc, verb, from, to);
  if (apposed >= 0) return apposed;
  if (doc.deprel(verb) !== "acl" || doc.upos(verb) !== "VERB" || doc.head(verb) >= verb) return -1;
  if (dependent(doc, verb, from, to, OBJECTS) >= 0) return -1;
  if (doc.lower(verb + 1) === "by" || dependent(doc, verb, from, to, AGENT) >= 0) return doc.head(verb);
  // Without an agent: a past participle right after a noun of an object or oblique phrase. Under
  // the subject's phrase it may be the main verb the parse hung there ("doctors from aid groups donated").
  const noun = verb - 1;
  const attached = doc.head(verb) === noun || doc.head(noun) === doc.head(verb);
  if (!attached || doc.upos(noun) !== "NOUN" || !PAST_PARTICIPLE.test(doc.lower(verb))) return -1;
  // "X, the activist jailed in 2019": an appositive's noun names no clause's subject.
  if (doc.deprel(noun) === "appos" && doc.head(verb) === noun) return noun;
  return inSubjectPhrase(doc, noun) || opensClause(doc, noun, from) ? -1 : noun;
}

/**
 * The noun of an appositive a past participle follows, or -1: "Rafael Caro Quintero, the trafficker
 * convicted of murdering ...". Parses often read the participle as a verb in the past tense with
 * the noun as its subject, in a clause joined by a comma alone; with no object, no auxiliary and no
 * conjunction, the noun undergoes the deed.
 */
function apposedParticiple(doc: Doc, verb: number, from: number, to: number): number {
  if (doc.upos(verb) !== "VERB" || !PAST_TAGS.has(doc.xpos(verb)) || !PAST_PARTICIPLE.test(doc.lower(verb))) return -1;
  if (!APPOSED_RELATIONS.has(doc.deprel(verb))) return -1;
  const noun = verb - 1;
  if (doc.head(noun) !== verb || doc.deprel(noun) !== "nsubj" || doc.upos(noun) !== "NOUN") return -1;
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb) continue;
    const rel = baseRelation(doc, i);
    if (rel === "obj" || rel === "iobj" || rel === "aux" || rel === "cc" || rel === "ccomp" || rel === "xcomp") return -1;
  }
  // The noun's phrase opens right after a comma: "..., the trafficker convicted".
  let start = noun;
  while (start > from && doc.head(start - 1) === noun && (doc.upos(start - 1) === "DET" || doc.upos(start - 1) === "ADJ")) start--;
  return start > from && doc.form(start - 1) === "," ? noun : -1;
}

/** Relations the parse gives a participle after an appositive's noun when it takes the noun for a subject. */
const APPOSED_RELATIONS: ReadonlySet<string> = new Set(["conj", "parataxis", "appos"]);

export function isReducedRelative(doc: Doc, verb: number, from: number, to: number): boolean {
  return participleUndergoer(doc, verb, from, to) >= 0;
}

const PAST_PARTICIPLE = /(?:ed|en)$/;
const PHRASE_INNER = new Set(["nmod", "compound", "flat", "conj", "appos", "amod"]);

const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const CLAUSE_OPENERS = new Set(["as", "while", "when", "whereas", "because", "since", "although", "though", "until", "if"]);

/** Whether the noun phrase ending at `noun` follows a comma or a conjunction, so may be a clause's subject ("as the opposition threatened"). */
function opensClause(doc: Doc, noun: number, from: number): boolean {
  let k = noun;
  while (k > from && NOUN_PHRASE_TAGS.has(doc.upos(k - 1))) k--;
  return k > from && (doc.form(k - 1) === "," || doc.upos(k - 1) === "SCONJ" || CLAUSE_OPENERS.has(doc.lower(k - 1)));
}

/** Whether noun `i` is the subject or inside the subject's phrase (or the root). */
function inSubjectPhrase(doc: Doc, i: number): boolean {
  let k = i;
  for (let steps = 0; steps < 20 && PHRASE_INNER.has(baseRelation(doc, k)) && doc.head(k) >= 0; steps++) k = doc.head(k);
  const rel = baseRelation(doc, k);
  return rel === "nsubj" || rel === "root" || rel === "csubj";
}

export interface TreeArguments {
  actor: [number, number];
  recipient: [number, number];
}

/**
 * Actor and recipient of a verb from its dependents: subject, passive subject, "by" agent,
 * object, indirect object, prepositional target; a relative clause's pronoun stands for the noun
 * it modifies; an infinitive or conjunct without a subject borrows its head's.
 */
export function verbArguments(doc: Doc, verb: number, from: number, to: number): TreeArguments {
  let actor = NONE;
  let recipient = NONE;
  const span = (i: number): [number, number] => (i < 0 ? NONE : phraseOf(doc, i, from, to));
  let subjectHead = verb;
  for (let hops = 0; hops < 3; hops++) {
    const subject = dependent(doc, subjectHead, from, to, SUBJECTS);
    if (subject >= 0) {
      const who = span(antecedent(doc, subject, subjectHead, from));
      if (doc.deprel(subject) === "nsubj:pass" && subjectHead === verb) recipient = who;
      // "X, the trafficker convicted of murder": the noun before the participle undergoes it.
      else if (subjectHead === verb && apposedParticiple(doc, verb, from, to) === subject) recipient = who;
      else if (doc.deprel(subject) !== "nsubj:pass") actor = who;
      break;
    }
    const rel = doc.deprel(subjectHead);
    const parent = doc.head(subjectHead);
    if (parent < from || parent >= to) break;
    if (rel === "xcomp") {
      // "called on X to release Y": object control first, else the head's subject.
      const controller = dependent(doc, parent, from, to, OBJECTS);
      if (controller >= 0) {
        actor = span(controller);
        break;
      }
    } else if (rel === "acl" && subjectHead === verb) {
      // "protesters arrested by police": the noun undergoes a passive participle; otherwise it does
      // the deed ("troops guarding the border", or a main verb the parse hung under its subject).
      const undergoer = participleUndergoer(doc, verb, from, to);
      if (undergoer >= 0) recipient = span(undergoer);
      else actor = span(parent);
      break;
    } else if (rel !== "conj") {
      break;
    }
    subjectHead = parent;
  }
  const agent = dependent(doc, verb, from, to, AGENT);
  if (agent >= 0) actor = span(agent);
  if (recipient[1] === recipient[0]) {
    // The receiver before the thing given ("gave Gondor a grant").
    const indirect = dependent(doc, verb, from, to, INDIRECT_OBJECT);
    const object = indirect >= 0 ? indirect : dependent(doc, verb, from, to, DIRECT_OBJECT);
    if (object >= 0) recipient = span(object);
  }
  // "Colonel X, whom he accused of ...": the object pronoun, parsed as the object or left before the subject, stands for the noun before it.
  const whom = recipient[1] - recipient[0] === 1 ? recipient[0] : recipient[1] === recipient[0] && actor[1] > actor[0] ? actor[0] - 1 : -1;
  if (whom >= from && doc.lower(whom) === "whom") recipient = span(antecedent(doc, whom, verb, from));
  if (recipient[1] === recipient[0]) recipient = span(targetOf(doc, verb, from, to));
  if (recipient[1] === recipient[0]) {
    // "threatened to shell Iraqi towns", "offered to hand over to Britain": the intended deed's undergoer.
    const deed = dependent(doc, verb, from, to, XCOMP);
    if (deed >= 0) {
      // The receiver first ("offered to hand over X to Y"), then the object; only someone named
      // ("undertake joint military exercises" aims at nobody); where the deed would happen counts
      // too ("agreed to postpone the rally in Baku").
      const candidates = [
        targetOf(doc, deed, from, to, RECEIVER_CASES), dependent(doc, deed, from, to, OBJECTS),
        targetOf(doc, deed, from, to), targetOf(doc, deed, from, to, WHERE_CASES),
      ];
      for (const candidate of candidates) {
        const intended = span(candidate);
        if (namesEntity(doc, intended)) {
          recipient = intended;
          break;
        }
      }
    }
  }
  return { actor, recipient };
}

/**
 * The object of `verb` that an infinitive after it is said of ("allow [a few groups] to hold the
 * country hostage", "urged [the parties] to talk"), or -1: the object does the infinitive's deed.
 */
export function objectControlling(doc: Doc, verb: number, from: number, to: number): number {
  const object = dependent(doc, verb, from, to, DIRECT_OBJECT);
  // "threatened Monday to resume": a time parsed as the object does nothing.
  if (object < 0 || isTimeAt(doc, object)) return -1;
  for (let i = object + 1; i < to; i++) {
    // An infinitive ("to hold"), not a participle ("targeted a vehicle carrying X").
    if (doc.head(i) === verb && doc.deprel(i) === "xcomp" && doc.upos(i) === "VERB" && doc.lower(i - 1) === "to") return object;
  }
  return -1;
}

/** Whether the span holds a name ("two of its nationals" holds only a pronoun). */
function namesEntity(doc: Doc, [start, end]: readonly [number, number]): boolean {
  for (let i = start; i < end; i++) if (doc.mentions[doc.tokens.mention[i] ?? -1]?.kind === "name") return true;
  return false;
}

/** Tags of a verb in the past tense; a conjunct the parse took for a participle ("and called") too. */
const PAST_TAGS: ReadonlySet<string> = new Set(["VBD", "VBN"]);
const PRESENT_TAGS: ReadonlySet<string> = new Set(["VBP", "VBZ"]);

export interface ReportedClause {
  /** The cue verb that reports the clause ("said"). */
  cue: number;
  /** The head of the clause's subject ("Americans"). */
  subject: number;
  /** Whether the verb after it is back in the report's past while the clause is in the present. */
  tenseShift: boolean;
}

/**
 * The reported clause that a subjectless verb after "and" (at `and`) follows: "HRW said two
 * Americans remain held and called on ...". Null unless the verb and the cue are in the past and
 * the nearest subject before "and" opens a clause right after the cue, no verb between them.
 */
export function reportedClauseBefore(doc: Doc, and: number, verb: number, from: number, isCue: (i: number) => boolean): ReportedClause | null {
  let subject = -1;
  for (let k = and - 1; k >= from && subject < 0; k--) if (doc.deprel(k).startsWith("nsubj")) subject = k;
  // Only a verb in the report's past: "urged X to lift sanctions and unfreeze assets" goes on with "lift".
  const past = doc.xpos(verb) === "VBD" || (doc.xpos(verb) === "VBN" && dependent(doc, verb, from, verb, AUXILIARY) < 0);
  if (subject < 0 || !past) return null;
  let cue = subject - 1;
  while (cue >= from && !isCue(cue)) {
    if (doc.upos(cue) === "VERB" || doc.upos(cue) === "AUX") return null;
    cue--;
  }
  if (cue < from || !PAST_TAGS.has(doc.xpos(cue))) return null;
  // The clause's tense is its first auxiliary's or copula's, else its head's ("remain", "was a gesture").
  const head = doc.head(subject);
  let finite = head;
  for (let i = from; i < head; i++) {
    if (doc.head(i) === head && (doc.deprel(i) === "aux" || doc.deprel(i) === "cop")) {
      finite = i;
      break;
    }
  }
  // "said he has confessed and apologized": the participle shares "has", no change of tense.
  const tenseShift = finite >= 0 && PRESENT_TAGS.has(doc.xpos(finite)) && doc.lemma(finite) !== "have";
  return { cue, subject, tenseShift };
}

/** A prepositional dependent of `verb` naming at whom it is aimed ("complained to the UN"); -1 when none. */
function targetOf(doc: Doc, verb: number, from: number, to: number, cases: ReadonlySet<string> = TARGET_CASES): number {
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== verb || baseRelation(doc, i) !== "obl" || doc.deprel(i) === "obl:agent") continue;
    // "on Sunday": a time, not a target.
    if (isTimeAt(doc, i)) continue;
    if (cases.has(caseOf(doc, i, from, to))) return i;
  }
  return -1;
}

/** Actor and recipient of a nominal trigger: "the arrest of X by Y", "X's arrest", "an attack on X". */
export function nounArguments(doc: Doc, noun: number, from: number, to: number): TreeArguments {
  let actor = NONE;
  let recipient = NONE;
  for (let i = from; i < to; i++) {
    if (doc.head(i) !== noun) continue;
    const rel = doc.deprel(i);
    if (rel === "nmod:poss" && recipient[1] === recipient[0]) recipient = phraseOf(doc, i, from, to);
    else if (baseRelation(doc, i) === "nmod") {
      const prep = caseOf(doc, i, from, to);
      if (prep === "by") actor = phraseOf(doc, i, from, to);
      else if (UNDERGOER_CASES.has(prep)) recipient = phraseOf(doc, i, from, to);
    }
  }
  return { actor, recipient };
}
