import { Shape, type Argument, type Doc, type Mention, type Quotation } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import { STATE_SECTORS } from "../../ontology/index.js";
import { isCueVerb, isModifiedNoun } from "../cues.js";
import { datelineEnd } from "../dates/index.js";
import { argumentOfCluster, isCapital, resolvePhrase } from "../events/arguments.js";
import { RELATIVE_PRONOUNS, isTimeOrItsPreposition } from "../events/clause.js";
import { findQuoteSpans, insideQuotes } from "./spans.js";
import type { LanguageResources } from "../resources.js";

/** Tokens between a closing quote and its cue verb that may name the speaker. */
const MAX_SPEAKER_WORDS = 10;
/** Sentences back to look for the group a "statement" speaks for. */
const GROUP_REACH = 2;
const POSSESSIVES = new Set(["his", "her", "its", "their"]);
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]);
/** Nouns that speak for a group rather than a person ("a joint statement read"). */
const GROUP_VOICES = new Set(["statement", "communique", "communiqué", "declaration", "spokesman", "spokeswoman", "spokesperson", "letter", "release"]);

function mentionStartingAt(doc: Doc, i: number): number {
  const index = doc.tokens.mention[i] ?? -1;
  const m = doc.mentions[index];
  return m && m.start === i ? index : -1;
}

/**
 * The rightmost person or group named in [from, to) that is not a possessor, else a pronoun, else a
 * country owning a body, else (when `nationalities`) a nationality naming a body ("the Belarusian
 * foreign ministry condemned ...").
 */
function speakerIn(doc: Doc, res: LanguageResources, from: number, to: number, nationalities = false): number {
  let best = -1;
  let nationality = -1;
  let owner = -1;
  // "KAMPALA, Feb 2 (Reuters) - The army said": the dateline's city and agency say nothing.
  for (let i = Math.max(from, datelineEnd(doc)); i < to; i++) {
    // "Erdogan, who met Mitsotakis in Ankara, said": a name inside a relative clause is not the subject.
    if (doc.form(i) === "," && doc.lower(i + 1) !== "that" && RELATIVE_PRONOUNS.has(doc.lower(i + 1))) {
      while (i + 1 < to && doc.form(i + 1) !== ",") i++;
      continue;
    }
    const index = mentionStartingAt(doc, i);
    const m = doc.mentions[index];
    if (nationalities && m?.label === "NORP" && NATIONALITY_HEADS.has(doc.upos(m.end))) nationality = index;
    if (!m || m.label === "NORP") continue;
    if (m.label === "GPE" && best >= 0) continue;
    // "said joris van dam of the christian democrats": the group after "of" is the person's, not the speaker.
    const ofGroup = doc.lower(m.start - 1) === "of" || (doc.lower(m.start - 1) === "the" && doc.lower(m.start - 2) === "of");
    if (ofGroup && best >= 0 && doc.mentions[best]?.label === "PERSON") continue;
    // A possessor ("his lawyer said"), or a town naming whose office it is ("the Istanbul
    // prosecutor's office"), does not speak; a country does, through its organs ("the U.S. embassy").
    if (doc.lower(m.end) === "'s" || (m.kind === "pronoun" && POSSESSIVES.has(doc.lower(m.start)))) {
      // "Qatar's foreign ministry said": unless the body is named, the country speaks through it.
      if (m.label === "GPE" && (m.geo ? m.geo.precision === "country" : m.country !== null) && doc.upos(m.end + 1) !== "PROPN") owner = index;
      continue;
    }
    // A town never speaks ("farmers blocked highways near Kragujevac, and the union announced"), nor a
    // place where something happened ("marched in Lima, demanding"); a country or capital may ("Moscow said").
    if ((m.label === "GPE" || m.label === "LOC") && m.start > from && doc.upos(m.start - 1) === "ADP") continue;
    if (m.label === "GPE" && (m.geo ? m.geo.precision !== "country" && !isCapital(m.geo, res.lang) : m.country === null && doc.upos(m.end) === "NOUN")) continue;
    best = index;
  }
  return best >= 0 ? best : owner >= 0 ? owner : nationality;
}

/** Words after a nationality that make it a body that may speak: "Belarusian [foreign] ministry". */
const NATIONALITY_HEADS: ReadonlySet<string> = new Set(["NOUN", "ADJ"]);

/** The first token a group named before token `at` may stand at: GROUP_REACH sentences back, after the dateline (whose agency speaks for no one in the story). */
function groupReachStart(doc: Doc, at: number): number {
  return Math.max(doc.sentenceTokens(Math.max(0, doc.sentenceOf(at) - GROUP_REACH))[0], datelineEnd(doc));
}

/** The last organization named shortly before token `before`, else the last country (not a town). */
function groupBefore(doc: Doc, before: number): number {
  const limit = groupReachStart(doc, before);
  let country = -1;
  for (let i = before - 1; i >= limit; i--) {
    const index = mentionStartingAt(doc, i);
    const m = doc.mentions[index];
    if (!m || m.kind !== "name") continue;
    if (m.label === "ORG") return index;
    // A country speaks through its government; a town does not ("a union spokesman" in Valparaíso).
    if (m.label === "GPE" && country < 0 && m.geo?.precision === "country") country = index;
  }
  return country;
}

/**
 * "Democratic Party leader Lee called on Yoon to resign, and the party said": "the <noun>" right
 * before cue `cue` is the organization named shortly before whose name ends in that noun, else -1.
 */
function groupByHead(doc: Doc, cue: number): number {
  const head = cue - 1;
  if (doc.upos(head) !== "NOUN" || doc.lower(head - 1) !== "the") return -1;
  const limit = groupReachStart(doc, cue);
  for (let i = head - 2; i >= limit; i--) {
    const m = doc.mentions[mentionStartingAt(doc, i)];
    if (m?.kind === "name" && m.label === "ORG" && doc.lower(m.end - 1) === doc.lower(head)) return mentionStartingAt(doc, i);
  }
  return -1;
}

/** Whether a word names an organ of a state as such ("army", "police", "ministry"). */
function stateOrgan(res: LanguageResources, word: string): boolean {
  return res.actors.roles.get(word)?.some((role) => role.words.length === 1 && role.sector !== null && STATE_SECTORS.has(role.sector)) ?? false;
}

interface Attribution {
  speaker: number;
  cue: number;
  /** The unnamed group that speaks when no mention does ("the army said"). */
  phrase?: Argument | null;
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", "'s", "’", "’s"]);
/** Words of a subject noun phrase right before its cue ("the opposition party", "Police"). */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);

/**
 * "The army said", "Police said", "the opposition party has said": a group no entity names, as the
 * noun phrase right before cue `cue` (not before `from`), coded the way events code their actors
 * (role word, the story's country) but named as written; null when its words name no role ("his lawyer", "the report").
 */
function unnamedGroup(doc: Doc, res: LanguageResources, from: number, cue: number): Argument | null {
  let end = cue;
  while (end > from && (doc.upos(end - 1) === "AUX" || doc.upos(end - 1) === "ADV")) end--;
  let start = end;
  // "the teachers' union": a possessive inside the phrase is part of it.
  while (start > from && (SUBJECT_TAGS.has(doc.upos(start - 1)) || (start - 1 > from && POSSESSIVE_MARKS.has(doc.lower(start - 1))))) start--;
  if (start === end) return null;
  const phrase = resolvePhrase(doc, res, start, end);
  if (!phrase || phrase.cluster >= 0 || phrase.sector === null) return null;
  // "..., the party said" after "Renamo's spokesman": the organization of that kind named just before;
  // an organ of a state only when its name holds the word ("the ministry": the Economy Ministry; "the government" is the state).
  const head = doc.lower(end - 1);
  const body = end - start === 2 && doc.lower(start) === "the" && (res.actors.roles.get(head)?.some((role) => role.words.length === 1 && !role.person) ?? false);
  const kin = body ? organizationOfSector(doc, start, phrase.sector, STATE_SECTORS.has(phrase.sector) ? head : null) : -1;
  if (kin >= 0) return argumentOfCluster(doc, start, end, kin, res.lang);
  // Named as written ("the trade ministry", not the state events name it by), coded as events code it.
  return { ...phrase, name: doc.casedText(start, end).replace(/^(?:the|a|an)\s+/i, "") };
}

/**
 * The cluster of the organization of `sector` named last before token `before`, within GROUP_REACH
 * sentences, whose name holds `word` when given; -1 if none.
 */
function organizationOfSector(doc: Doc, before: number, sector: string, word: string | null): number {
  const limit = groupReachStart(doc, before);
  for (let i = before - 1; i >= limit; i--) {
    const m = doc.mentions[mentionStartingAt(doc, i)];
    const cluster = m && m.kind === "name" && m.label === "ORG" ? doc.clusters[m.cluster] : undefined;
    if (cluster?.sector === sector && (word === null || cluster.name.toLowerCase().split(/\s+/).includes(word))) return cluster.id;
  }
  return -1;
}

/** Cue after the quotation: `," NAME said` or `," said NAME`. */
function attributionAfter(doc: Doc, res: LanguageResources, open: number, close: number): Attribution | null {
  if (close >= doc.tokenCount) return null;
  const sentenceEnd = doc.sentenceTokens(doc.sentenceOf(close))[1];
  const start = close + 1;
  for (let c = start; c < Math.min(sentenceEnd, start + MAX_SPEAKER_WORDS + 1); c++) {
    const form = doc.lower(c);
    if (form === '"' || form === ".") return null;
    if (!isCueVerb(doc, res, c)) continue;
    if (c === start) {
      let end = c + 1;
      while (end < sentenceEnd && doc.form(end) !== "." && doc.form(end) !== '"') end++;
      // `said Peter Hahn, the prime minister of Norvania`: the name before the apposition speaks.
      let comma = c + 1;
      while (comma < end && doc.form(comma) !== ",") comma++;
      const first = comma < end ? speakerIn(doc, res, c + 1, comma) : -1;
      const named = first >= 0 && doc.mentions[first]?.label === "PERSON" ? first : speakerIn(doc, res, c + 1, end);
      return named >= 0 ? { speaker: named, cue: c } : null;
    }
    const named = speakerIn(doc, res, start, c);
    if (named >= 0) return { speaker: named, cue: c };
    for (let i = start; i < c; i++) {
      if (GROUP_VOICES.has(doc.lower(i))) return { speaker: groupBefore(doc, open), cue: c };
    }
    // `," the army said`: a group no entity names.
    const group = unnamedGroup(doc, res, start, c);
    if (group) return { speaker: -1, cue: c, phrase: group };
    // `," his lawyer said`: attributed to someone not named; no one else said it.
    return doc.form(close - 1) === "," ? { speaker: -1, cue: c } : null;
  }
  return null;
}

/** Words between a cue and the quotation it introduces ("told reporters:"). */
const MAX_ADDRESSEE_WORDS = 4;

/** Cue before the quotation: `NAME said: "`, `NAME said, "`, `NAME told reporters: "`. */
function attributionBefore(doc: Doc, res: LanguageResources, open: number): Attribution | null {
  let c = open - 1;
  if (c < 0 || (doc.form(c) !== ":" && doc.form(c) !== ",")) return null;
  const [sentenceStart] = doc.sentenceTokens(doc.sentenceOf(c));
  // `According to a government spokesman, "..."`: whoever is named there, maybe no one we know.
  for (let k = c - 2; k >= Math.max(sentenceStart, c - 2 - MAX_SPEAKER_WORDS); k--) {
    if (doc.lower(k) === "according" && doc.lower(k + 1) === "to") return { speaker: speakerIn(doc, res, k + 2, c), cue: k };
  }
  const limit = Math.max(sentenceStart, c - 1 - MAX_ADDRESSEE_WORDS);
  c--;
  while (c >= limit && !isCueVerb(doc, res, c)) c--;
  if (c < limit) return null;
  const named = speakerIn(doc, res, Math.max(sentenceStart, c - MAX_SPEAKER_WORDS), c);
  if (named >= 0) return { speaker: named, cue: c };
  const group = unnamedGroup(doc, res, Math.max(sentenceStart, datelineEnd(doc)), c);
  return group ? { speaker: -1, cue: c, phrase: group } : null;
}

/** Links "we", "I" and their kin inside a quotation to its speaker. */
function linkFirstPerson(doc: Doc, quote: Quotation): void {
  if (quote.speakerCluster < 0) return;
  const speaker = doc.mentions[quote.speakerMention];
  for (let i = quote.tokenStart; i < quote.tokenEnd; i++) {
    if (!FIRST_PERSON.has(doc.lower(i)) || (doc.tokens.mention[i] ?? -1) >= 0) continue;
    const mention: Mention = {
      start: i,
      end: i + 1,
      kind: "pronoun",
      label: speaker?.label ?? "PERSON",
      cluster: quote.speakerCluster,
      key: null,
      canonical: null,
      country: null,
      sector: null,
      geo: null,
    };
    doc.tokens.mention[i] = doc.mentions.length;
    doc.mentions.push(mention);
    doc.clusters[quote.speakerCluster]?.mentions.push(doc.mentions.length - 1);
  }
}

/**
 * Direct quotations with speaker and cue. A quotation with no cue that directly follows
 * another keeps its speaker; "a joint statement read" speaks for the group just named.
 * Then indirect ones: reported speech attributed by a cue verb or "according to".
 */
export function findQuotations(doc: Doc, res: LanguageResources): void {
  doc.quotes = [];
  let previous: Quotation | null = null;
  let previousClose = -1;
  for (const span of findQuoteSpans(doc)) {
    const found = attributionAfter(doc, res, span.open, span.close) ?? attributionBefore(doc, res, span.open) ?? reportedAround(doc, res, span.open, span.close);
    let speakerMention = found?.speaker ?? -1;
    let speakerPhrase = found?.phrase ?? null;
    let cue = found?.cue ?? -1;
    const verb = found ? -1 : verbBefore(doc, span.open);
    if (verb >= 0) {
      // Words quoted inside a sentence are its subject's: `X condemned it as "illegal interference"`.
      // Only here may a nationality speak: reported speech by "Rwandan rebels" keeps its clause's own actor.
      speakerMention = speakerIn(doc, res, Math.max(doc.sentenceTokens(doc.sentenceOf(span.open))[0], datelineEnd(doc)), verb, true);
    } else if (!found && previous && adjacent(doc, previousClose, span.open)) {
      speakerMention = previous.speakerMention;
      speakerPhrase = previous.speakerPhrase;
      cue = -1;
    }
    const tokenStart = span.open + 1;
    const tokenEnd = span.close;
    let charEnd = doc.tokens.end[tokenEnd - 1] ?? 0;
    if (doc.form(tokenEnd - 1) === ",") charEnd = doc.tokens.start[tokenEnd - 1] ?? charEnd;
    const quote: Quotation = {
      start: doc.tokens.start[tokenStart] ?? 0,
      end: charEnd,
      tokenStart,
      tokenEnd,
      speakerMention,
      speakerCluster: doc.mentions[speakerMention]?.cluster ?? -1,
      speakerPhrase: speakerMention >= 0 ? null : speakerPhrase,
      cueToken: cue,
      kind: "direct",
    };
    doc.quotes.push(quote);
    linkFirstPerson(doc, quote);
    previous = quote;
    previousClose = span.close;
  }
  findIndirectQuotations(doc, res);
  doc.quotes.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Fewest words of reported speech worth recording ("he said so" is none). */
const MIN_REPORTED_WORDS = 4;

function quotation(doc: Doc, tokenStart: number, tokenEnd: number, speakerMention: number, cueToken: number, speakerPhrase: Argument | null = null): Quotation {
  // "KABUL, Sept 2 (Reuters) - The death toll rose ..., officials said": the dateline is nobody's words.
  const dateline = datelineEnd(doc);
  if (tokenStart < dateline && dateline < tokenEnd) tokenStart = dateline;
  while (tokenEnd > tokenStart && doc.hasShape(tokenEnd - 1, Shape.punct)) tokenEnd--;
  return {
    start: doc.tokens.start[tokenStart] ?? 0,
    end: doc.tokens.end[tokenEnd - 1] ?? 0,
    tokenStart,
    tokenEnd,
    speakerMention,
    speakerCluster: doc.mentions[speakerMention]?.cluster ?? -1,
    speakerPhrase: speakerMention >= 0 ? null : speakerPhrase,
    cueToken,
    kind: "indirect",
  };
}

/**
 * Reported speech without quotation marks, in sentences outside any direct quotation:
 * "X said (that) ...", "..., said X" / "..., X said", and "... according to X".
 */
function findIndirectQuotations(doc: Doc, res: LanguageResources): void {
  const quoted = insideQuotes(doc);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    let hasMark = false;
    for (let i = from; i < to && !hasMark; i++) hasMark = quoted[i] === 1 || doc.form(i) === '"';
    if (hasMark) continue;
    const found = reportedSpeech(doc, res, from, to);
    if (found && found.tokenEnd - found.tokenStart >= MIN_REPORTED_WORDS) doc.quotes.push(found);
  }
}

/** Words that may open the subject of a clause of speech ("said two people were arrested"). */
const CLAUSE_SUBJECTS = new Set(["PRON", "PROPN", "DET", "NOUN", "NUM"]);

/** "that ...", or a subject with its verb a few words on: what follows a cue is said, not done to someone. */
function clauseFollows(doc: Doc, at: number, to: number): boolean {
  if (doc.lower(at) === "that") return true;
  if (!CLAUSE_SUBJECTS.has(doc.upos(at)) || (doc.upos(at) === "PRON" && doc.lower(at).endsWith("s"))) return false;
  for (let i = at + 1; i < Math.min(to, at + 5); i++) {
    const tag = doc.upos(i);
    if (tag === "AUX" || tag === "VERB") return true;
    if (tag === "ADP" || doc.form(i) === ",") return false;
  }
  return false;
}

function reportedSpeech(doc: Doc, res: LanguageResources, from: number, to: number): Quotation | null {
  for (let c = from + 1; c < to; c++) {
    if (doc.lower(c) === "according" && doc.lower(c + 1) === "to") {
      const speaker = speakerIn(doc, res, c + 2, to);
      const end = doc.form(c - 1) === "," ? c - 1 : c;
      return speaker >= 0 ? quotation(doc, from, end, speaker, c) : null;
    }
    // "dozens of facebook posts that criticised ...": a thing, not a speech verb.
    if (!isCueVerb(doc, res, c) || isModifiedNoun(doc, c)) continue;
    if (doc.form(c - 1) === "," && doc.lower(c).endsWith("ing") && clauseFollows(doc, c + 1, to)) {
      // "X denounced the sanctions, saying Moscow stood with its ally": the clause is X's.
      const speaker = speakerIn(doc, res, from, c - 1);
      return speaker >= 0 ? quotation(doc, doc.lower(c + 1) === "that" ? c + 2 : c + 1, to, speaker, c) : null;
    }
    // "said on Thursday that ...": the time is the saying's, what was said comes after it.
    const next = afterTime(doc, c + 1, to);
    const saidThat = doc.lower(next) === "that" || clauseFollows(doc, next, to);
    if (doc.form(c - 1) === "," && doc.lower(c + 1) !== "by" && !saidThat) {
      // "..., said the leader of the party, X." ("The declaration, signed by X and Y, calls ..." is no speech;
      // "The commissioner, Tatyana Moskalkova, said that ..." is the general case below).
      const speaker = speakerIn(doc, res, c + 1, to);
      return speaker >= 0 ? quotation(doc, from, c - 1, speaker, c) : null;
    }
    let comma = c - 1;
    while (comma > from && doc.form(comma) !== ",") comma--;
    // ", and Japan pledged to invest": a clause joined by a conjunction is narration, not an attribution.
    if (comma > from && doc.form(comma) === "," && c - comma <= 4 && doc.upos(comma + 1) !== "CCONJ" && !clauseFollows(doc, c + 1, to)) {
      // "..., X said."; "..., the bank said." after the African Development Bank is named.
      const speaker = speakerIn(doc, res, comma + 1, c);
      if (speaker >= 0) return quotation(doc, from, comma, speaker, c);
      // Not a state's organ: "the army said" after "the National Liberation Army (ELN)" is the state's army.
      const named = stateOrgan(res, doc.lower(c - 1)) ? -1 : groupByHead(doc, c);
      if (named >= 0) return quotation(doc, from, comma, named, c);
      // "..., the army said."
      const group = unnamedGroup(doc, res, comma + 1, c);
      if (group) return quotation(doc, from, comma, -1, c, group);
    }
    // "X said (that) ...", "X told reporters that ...": the speaker is named before the cue, a
    // clause of speech follows it (after whom it was told to).
    const addressed = thatAfterAddressee(doc, next, to);
    const that = addressed >= 0 ? addressed : thatAfterSetting(doc, c + 1, to);
    if (that < 0 && !saidThat) continue;
    // "Pakistan closed Torkham, and the trade ministry urged ...": the subject is in the cue's own clause.
    let clause = c - 1;
    while (clause > from && !(doc.form(clause - 1) === "," && doc.upos(clause) === "CCONJ")) clause--;
    const named = speakerIn(doc, res, clause, c);
    const speaker = named >= 0 ? named : groupByHead(doc, c);
    // "The army said it had killed 20 rebels": a group no entity names speaks as written.
    const group = speaker < 0 ? unnamedGroup(doc, res, Math.max(clause, datelineEnd(doc)), c) : null;
    const start = that >= 0 ? that + 1 : doc.lower(next) === "that" ? next + 1 : next;
    return (speaker >= 0 || group) && start < to ? quotation(doc, start, to, speaker, c, group) : null;
  }
  return null;
}

/** The token after a time expression starting at i, with its preposition ("on Thursday"), else i. */
function afterTime(doc: Doc, i: number, to: number): number {
  while (i < to && isTimeOrItsPreposition(doc, i)) i++;
  return i;
}

/** The "that" after a cue's addressee ("told [reporters] that", "told [the bbc] that"), or -1. */
function thatAfterAddressee(doc: Doc, at: number, to: number): number {
  for (let i = at; i < Math.min(to, at + MAX_ADDRESSEE_WORDS + 1); i++) {
    if (doc.lower(i) === "that") return i > at ? i : -1;
    const tag = doc.upos(i);
    if (tag !== "NOUN" && tag !== "PROPN" && tag !== "PRON" && tag !== "DET" && tag !== "ADJ") return -1;
  }
  return -1;
}

/** Words of a noun phrase after a preposition ("at a news conference"), besides participles ("in a televised address"). */
const SETTING_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** The "that" after where or how something was said ("said in a statement on Monday that"), or -1. */
function thatAfterSetting(doc: Doc, at: number, to: number): number {
  let i = afterTime(doc, at, to);
  for (let phrases = 0; phrases < 2; phrases++) {
    if (doc.upos(i) !== "ADP" || doc.lower(i) === "that") return -1;
    i++;
    while (i < to && (SETTING_WORDS.has(doc.upos(i)) || doc.xpos(i) === "VBN")) i++;
    i = afterTime(doc, i, to);
    if (doc.lower(i) === "that") return i;
  }
  return -1;
}

/** Quoted words inside reported speech are the reporter's source's: `X said he was a "huge figure"`. */
function reportedAround(doc: Doc, res: LanguageResources, open: number, close: number): Attribution | null {
  const [from, to] = doc.sentenceTokens(doc.sentenceOf(open));
  const reported = reportedSpeech(doc, res, from, to);
  if (!reported || reported.cueToken >= open || reported.tokenStart > open || close > reported.tokenEnd + 1) return null;
  return { speaker: reported.speakerMention, cue: reported.cueToken, phrase: reported.speakerPhrase };
}

/**
 * The first verb of the sentence before a quotation opening inside it, or -1 when the quotation
 * opens the sentence; but a gerund after "of" before the quotation, whose doer is named just
 * before ("found Imamoglu guilty of calling officials \"fools\""), when there is one.
 */
function verbBefore(doc: Doc, open: number): number {
  const from = doc.sentenceTokens(doc.sentenceOf(open))[0];
  for (let i = open - 1; i > from; i--) if (doc.upos(i) === "VERB" && doc.lower(i).endsWith("ing") && doc.lower(i - 1) === "of") return i;
  for (let i = from; i < open; i++) if (doc.upos(i) === "VERB") return i;
  return -1;
}

/** A quotation directly follows another when only its attribution stands between them. */
function adjacent(doc: Doc, previousClose: number, open: number): boolean {
  if (previousClose < 0) return false;
  const gapSentences = doc.sentenceOf(open) - doc.sentenceOf(Math.min(previousClose, doc.tokenCount - 1));
  return gapSentences <= 1;
}

export function createQuotesStage(res: LanguageResources): Stage {
  return {
    name: "quotes",
    requires: ["coref"],
    assigns: ["quotes"],
    run: (doc) => findQuotations(doc, res),
  };
}
