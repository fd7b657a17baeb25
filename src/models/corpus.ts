import { existsSync } from "node:fs";
import { join } from "node:path";
import { entityAnnotations, readConllu, type ConlluSentence, type EntityAnnotation } from "./conllu.js";
import { sharedDir } from "../paths.js";
import { seededRandom } from "./hash.js";

export type NerLabel = "PERSON" | "ORG" | "GPE" | "LOC";

/** A token span [start, end) with an entity label. */
export interface EntitySpan {
  start: number;
  end: number;
  label: NerLabel;
}

/** A gold sentence as the trainers and the evaluator use it (columns of strings). */
export interface GoldSentence {
  forms: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  /** Named entities (GUM only; empty elsewhere). */
  entities: EntitySpan[];
  /** Document the sentence belongs to ("newdoc id"), so document-level features can be computed. */
  docId?: string;
}

export interface CorpusPaths {
  ewtTrain: string;
  ewtDev: string;
  ewtTest: string;
  gumTrain: string;
  gumDev: string;
  gumTest: string;
}

export function corpusPaths(root = join(sharedDir(), "corpora")): CorpusPaths {
  return {
    ewtTrain: join(root, "ud-english-ewt", "en_ewt-ud-train.conllu"),
    ewtDev: join(root, "ud-english-ewt", "en_ewt-ud-dev.conllu"),
    ewtTest: join(root, "ud-english-ewt", "en_ewt-ud-test.conllu"),
    gumTrain: join(root, "gum-cc-by", "gum-cc-by-train.conllu"),
    gumDev: join(root, "gum-cc-by", "gum-cc-by-dev.conllu"),
    gumTest: join(root, "gum-cc-by", "gum-cc-by-test.conllu"),
  };
}

export function corporaAvailable(): boolean {
  return existsSync(corpusPaths().ewtTrain) && existsSync(corpusPaths().gumTrain);
}

/** GUM entity types that count as named entities, and the label each becomes (place -> GPE, see models/README.md). */
const NAMED_TYPES: Readonly<Record<string, NerLabel>> = { person: "PERSON", organization: "ORG", place: "GPE" };

/**
 * Named entities of one GUM sentence: a maximal run of PROPN tokens whose innermost entity
 * span is a person, place or organization (spans left open at the sentence end close there).
 */
export function namedEntities(sentence: ConlluSentence): EntitySpan[] {
  const spans = entityAnnotations(sentence);
  // Innermost covering span per token: the shortest, ties to the later opened.
  const innermost: (EntityAnnotation | null)[] = sentence.words.map(() => null);
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      const current = innermost[i];
      if (current === null || current === undefined || span.end - span.start <= current.end - current.start) innermost[i] = span;
    }
  }
  const entities: EntitySpan[] = [];
  let i = 0;
  while (i < sentence.words.length) {
    const span = innermost[i];
    const label = span ? NAMED_TYPES[span.type] : undefined;
    if (sentence.words[i]?.upos !== "PROPN" || span === null || span === undefined || label === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sentence.words.length && sentence.words[j]?.upos === "PROPN" && innermost[j] === span) j++;
    entities.push({ start: i, end: j, label });
    i = j;
  }
  return entities;
}

export function toGold(sentence: ConlluSentence, withEntities: boolean, docId?: string): GoldSentence {
  return {
    ...(docId === undefined ? {} : { docId }),
    forms: sentence.words.map((w) => w.form),
    lemmas: sentence.words.map((w) => w.lemma),
    upos: sentence.words.map((w) => w.upos),
    xpos: sentence.words.map((w) => w.xpos),
    entities: withEntities ? namedEntities(sentence) : [],
  };
}

export function loadGold(path: string, withEntities = false): GoldSentence[] {
  let docId = "doc";
  return readConllu(path).map((s) => {
    for (const comment of s.comments) {
      const match = /^newdoc id\s*=\s*(.+)$/.exec(comment);
      if (match?.[1] !== undefined) docId = match[1].trim();
    }
    return toGold(s, withEntities, docId);
  });
}

/** Sentences grouped by document id, documents in order of first appearance. */
export function byDocument<T extends { docId?: string }>(sentences: readonly T[]): T[][] {
  const docs = new Map<string, T[]>();
  for (const s of sentences) {
    const id = s.docId ?? "";
    let doc = docs.get(id);
    if (doc === undefined) docs.set(id, (doc = []));
    doc.push(s);
  }
  return [...docs.values()];
}

/** Title-cases a form the way headlines do. */
export function titleCase(form: string): string {
  return form.length === 0 ? form : form.charAt(0).toUpperCase() + form.slice(1).toLowerCase();
}

export interface AugmentOptions {
  lowerShare: number;
  titleShare: number;
  upperShare: number;
  seed: number;
}

/**
 * Case augmentation: the sentences, plus lowercased, title-cased and uppercased copies of
 * seeded random shares, so models learn not to trust capitalization alone.
 */
export function augmentCase(sentences: readonly GoldSentence[], options: AugmentOptions): GoldSentence[] {
  const random = seededRandom(options.seed);
  const out: GoldSentence[] = [...sentences];
  for (const s of sentences) {
    // Copies form documents of their own, so document-level features see one casing at a time.
    const doc = s.docId ?? "doc";
    if (random() < options.lowerShare) out.push({ ...s, forms: s.forms.map((f) => f.toLowerCase()), docId: `${doc}#lower` });
    if (random() < options.titleShare) out.push({ ...s, forms: s.forms.map(titleCase), docId: `${doc}#title` });
    if (random() < options.upperShare) out.push({ ...s, forms: s.forms.map((f) => f.toUpperCase()), docId: `${doc}#upper` });
  }
  return out;
}

export function lowercased(sentences: readonly GoldSentence[]): GoldSentence[] {
  return sentences.map((s) => ({ ...s, forms: s.forms.map((f) => f.toLowerCase()) }));
}
