import type { Doc } from "../doc/document.js";
import { entityAnnotations, type ConlluSentence, type EntityAnnotation } from "../models/conllu.js";

/** Entity types whose names and pronouns are scored: the ones the event coder's actors come from. */
const SCORED_TYPES = new Set(["person", "place", "organization"]);
/** Personal, possessive and reflexive pronouns (PTB tags); relatives and demonstratives are left out. */
const PRONOUN_XPOS = new Set(["PRP", "PRP$"]);

export interface GumMention {
  /** Character offsets in the reconstructed document text. */
  start: number;
  end: number;
  /** GUM's entity id: mentions with the same id corefer. */
  entity: string;
  type: string;
  kind: "name" | "pronoun";
}

export interface GumDocument {
  id: string;
  date: string | null;
  text: string;
  mentions: GumMention[];
}


/**
 * Gold mentions of one sentence: pronouns (one-token spans tagged PRP/PRP$) and names (a
 * maximal PROPN run whose innermost span is the entity, the NER rule of shared/README.md),
 * for person, place and organization entities. `offsets` are the words' character ranges.
 */
function sentenceMentions(sentence: ConlluSentence, offsets: readonly [number, number][]): GumMention[] {
  const spans = entityAnnotations(sentence);
  const innermost: (EntityAnnotation | null)[] = sentence.words.map(() => null);
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      const current = innermost[i];
      if (!current || span.end - span.start <= current.end - current.start) innermost[i] = span;
    }
  }
  const chars = (from: number, to: number): [number, number] => [offsets[from]?.[0] ?? 0, offsets[to - 1]?.[1] ?? 0];
  const out: GumMention[] = [];
  for (const span of spans) {
    if (!SCORED_TYPES.has(span.type)) continue;
    const word = sentence.words[span.start];
    if (span.end - span.start === 1 && word && PRONOUN_XPOS.has(word.xpos)) {
      const [start, end] = chars(span.start, span.end);
      out.push({ start, end, entity: span.id, type: span.type, kind: "pronoun" });
      continue;
    }
    let i = span.start;
    while (i < span.end) {
      if (sentence.words[i]?.upos !== "PROPN" || innermost[i] !== span) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < span.end && sentence.words[j]?.upos === "PROPN" && innermost[j] === span) j++;
      const [start, end] = chars(i, j);
      out.push({ start, end, entity: span.id, type: span.type, kind: "name" });
      i = j;
    }
  }
  return out;
}

/**
 * GUM documents with their text rebuilt from the tokens (a space unless SpaceAfter=No; a blank
 * line between paragraphs) and the gold mentions in character offsets of that text.
 */
export function gumDocuments(sentences: readonly ConlluSentence[]): GumDocument[] {
  const docs: GumDocument[] = [];
  let doc: GumDocument | null = null;
  for (const sentence of sentences) {
    let newParagraph = false;
    for (const comment of sentence.comments) {
      const id = /^newdoc id\s*=\s*(.+)$/.exec(comment)?.[1];
      if (id !== undefined) {
        doc = { id: id.trim(), date: null, text: "", mentions: [] };
        docs.push(doc);
      }
      const date = /^meta::dateCreated\s*=\s*(\d{4}-\d{2}-\d{2})/.exec(comment)?.[1];
      if (date !== undefined && doc) doc.date = date;
      if (/^newpar\b/.test(comment) && !comment.startsWith("newpar_")) newParagraph = true;
    }
    if (doc === null) {
      doc = { id: "doc", date: null, text: "", mentions: [] };
      docs.push(doc);
    }
    const current: GumDocument = doc;
    if (current.text.length > 0) current.text += newParagraph ? "\n\n" : " ";
    const offsets: [number, number][] = [];
    sentence.words.forEach((word, i) => {
      const start = current.text.length;
      current.text += word.form;
      offsets.push([start, current.text.length]);
      if (i < sentence.words.length - 1 && !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(word.misc)) current.text += " ";
    });
    current.mentions.push(...sentenceMentions(sentence, offsets));
  }
  return docs;
}

/** A system mention in character offsets with its cluster (-1: none). */
export interface SystemMention {
  start: number;
  end: number;
  cluster: number;
}

export function systemMentions(doc: Doc): SystemMention[] {
  return doc.mentions.map((m) => {
    const [start, end] = doc.charRange(m.start, m.end);
    return { start, end, cluster: m.cluster };
  });
}

/**
 * Aligns system mentions to gold mentions one-to-one: same end offset and overlapping spans
 * (names may differ in where they start: "President Dvořák" vs "Dvořák"); returns, per gold
 * mention, the index of its system mention or -1.
 */
export function alignMentions(gold: readonly GumMention[], system: readonly SystemMention[]): number[] {
  const byEnd = new Map<number, number[]>();
  system.forEach((m, i) => {
    const list = byEnd.get(m.end) ?? [];
    list.push(i);
    byEnd.set(m.end, list);
  });
  const used = new Set<number>();
  return gold.map((g) => {
    let best = -1;
    let bestOverlap = 0;
    for (const i of byEnd.get(g.end) ?? []) {
      const m = system[i];
      if (!m || used.has(i)) continue;
      const overlap = Math.min(g.end, m.end) - Math.max(g.start, m.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) used.add(best);
    return best;
  });
}

export interface LinkCounts {
  /** MUC: numerator and denominators summed over documents. */
  mucRecallNum: number;
  mucRecallDen: number;
  mucPrecisionNum: number;
  mucPrecisionDen: number;
  /** B-cubed: sums of per-mention scores and the number of mentions. */
  b3Recall: number;
  b3Precision: number;
  b3Mentions: number;
}

export function emptyCounts(): LinkCounts {
  return { mucRecallNum: 0, mucRecallDen: 0, mucPrecisionNum: 0, mucPrecisionDen: 0, b3Recall: 0, b3Precision: 0, b3Mentions: 0 };
}

function groups(labels: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = out.get(label) ?? [];
    list.push(i);
    out.set(label, list);
  });
  return out;
}

/** MUC's sum over the clusters of `a` of (|K| - partitions of K by `b`), and of (|K| - 1). */
function mucPart(a: readonly string[], b: readonly string[]): [number, number] {
  let num = 0;
  let den = 0;
  for (const members of groups(a).values()) {
    const parts = new Set(members.map((i) => b[i]));
    num += members.length - parts.size;
    den += members.length - 1;
  }
  return [num, den];
}

/** Adds MUC and B-cubed counts for one document: `key` and `response` label the same mentions. */
export function addLinkCounts(counts: LinkCounts, key: readonly string[], response: readonly string[]): void {
  const [rn, rd] = mucPart(key, response);
  const [pn, pd] = mucPart(response, key);
  counts.mucRecallNum += rn;
  counts.mucRecallDen += rd;
  counts.mucPrecisionNum += pn;
  counts.mucPrecisionDen += pd;
  const keyGroups = groups(key);
  const responseGroups = groups(response);
  key.forEach((k, i) => {
    const kSet = keyGroups.get(k) ?? [];
    const rSet = responseGroups.get(response[i] ?? "") ?? [];
    const common = kSet.filter((j) => response[j] === response[i]).length;
    counts.b3Recall += kSet.length === 0 ? 0 : common / kSet.length;
    counts.b3Precision += rSet.length === 0 ? 0 : common / rSet.length;
    counts.b3Mentions++;
  });
}

export interface Prf3 {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): Prf3 {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function mucScore(c: LinkCounts): Prf3 {
  return prf(c.mucPrecisionDen === 0 ? 0 : c.mucPrecisionNum / c.mucPrecisionDen, c.mucRecallDen === 0 ? 0 : c.mucRecallNum / c.mucRecallDen);
}

export function b3Score(c: LinkCounts): Prf3 {
  return prf(c.b3Mentions === 0 ? 0 : c.b3Precision / c.b3Mentions, c.b3Mentions === 0 ? 0 : c.b3Recall / c.b3Mentions);
}

export interface CorefScore {
  documents: number;
  goldMentions: { name: number; pronoun: number };
  foundMentions: { name: number; pronoun: number };
  /** Over all gold mentions; a mention the system missed is a singleton of the response. */
  muc: Prf3;
  b3: Prf3;
  /** Over the gold mentions the system found: linking quality apart from mention detection. */
  mucFound: Prf3;
  b3Found: Prf3;
}

export interface CorefProcessor {
  process(init: { id: string; text: string; publishedAt?: string | null }): Doc;
}

/** Scores a system's coreference on GUM documents (names and pronouns of people, places, organizations). */
export function scoreCoref(docs: readonly GumDocument[], processor: CorefProcessor): CorefScore {
  const all = emptyCounts();
  const found = emptyCounts();
  const goldMentions = { name: 0, pronoun: 0 };
  const foundMentions = { name: 0, pronoun: 0 };
  for (const gumDoc of docs) {
    const doc = processor.process({ id: gumDoc.id, text: gumDoc.text, publishedAt: gumDoc.date });
    const system = systemMentions(doc);
    const alignment = alignMentions(gumDoc.mentions, system);
    const key: string[] = [];
    const response: string[] = [];
    const keyFound: string[] = [];
    const responseFound: string[] = [];
    gumDoc.mentions.forEach((g, gi) => {
      goldMentions[g.kind]++;
      const si = alignment[gi] ?? -1;
      const cluster = si >= 0 ? (system[si]?.cluster ?? -1) : -1;
      // An unclustered or missed mention stands alone in the response.
      const label = cluster >= 0 ? `c${cluster}` : `g${gi}`;
      key.push(g.entity);
      response.push(label);
      if (si >= 0) {
        foundMentions[g.kind]++;
        keyFound.push(g.entity);
        responseFound.push(label);
      }
    });
    addLinkCounts(all, key, response);
    addLinkCounts(found, keyFound, responseFound);
  }
  return {
    documents: docs.length,
    goldMentions,
    foundMentions,
    muc: mucScore(all),
    b3: b3Score(all),
    mucFound: mucScore(found),
    b3Found: b3Score(found),
  };
}
