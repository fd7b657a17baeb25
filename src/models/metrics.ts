import { TacitusError } from "../errors/index.js";
import type { ConlluSentence } from "./conllu.js";
import type { EntitySpan, NerLabel } from "./corpus.js";

/** Per-word tags of one sentence, as a system produced or the treebank gives them. */
export interface TaggedSentence {
  upos: readonly string[];
  xpos: readonly string[];
  lemmas: readonly string[];
}

export interface TagScores {
  words: number;
  /** Percentages. */
  upos: number;
  xpos: number;
  lemma: number;
}

export interface TagScoreOptions {
  /** Compare lemmas case-insensitively (for runs on lowercased input, where lemma case is unknowable). */
  lemmaIgnoreCase?: boolean;
}

/**
 * UPOS, XPOS and LEMMA accuracy as the CoNLL 2018 scorer computes them with gold tokenization
 * (every word aligned): exact string match, and a gold lemma "_" matches anything.
 */
export function tagScores(gold: readonly TaggedSentence[], system: readonly TaggedSentence[], options: TagScoreOptions = {}): TagScores {
  if (gold.length !== system.length) {
    throw new TacitusError("BAD_ARGUMENT", `Gold has ${gold.length} sentences, system ${system.length}; score the same sentences.`);
  }
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s] as TaggedSentence;
    const p = system[s] as TaggedSentence;
    if (g.upos.length !== p.upos.length) {
      throw new TacitusError("BAD_ARGUMENT", `Sentence ${s + 1}: gold has ${g.upos.length} words, system ${p.upos.length}; use gold tokenization.`);
    }
    for (let i = 0; i < g.upos.length; i++) {
      words++;
      if (g.upos[i] === p.upos[i]) upos++;
      if (g.xpos[i] === p.xpos[i]) xpos++;
      const gl = g.lemmas[i] ?? "_";
      const pl = p.lemmas[i] ?? "";
      if (gl === "_" || gl === pl || (options.lemmaIgnoreCase === true && gl.toLowerCase() === pl.toLowerCase())) lemma++;
    }
  }
  const pct = (n: number): number => (words === 0 ? 0 : (100 * n) / words);
  return { words, upos: pct(upos), xpos: pct(xpos), lemma: pct(lemma) };
}

/** Tag columns of parsed CoNLL-U sentences. */
export function taggedFromConllu(sentences: readonly ConlluSentence[]): TaggedSentence[] {
  return sentences.map((s) => ({
    upos: s.words.map((w) => w.upos),
    xpos: s.words.map((w) => w.xpos),
    lemmas: s.words.map((w) => w.lemma),
  }));
}

export interface SpanScore {
  gold: number;
  predicted: number;
  correct: number;
  /** Percentages. */
  precision: number;
  recall: number;
  f1: number;
}

export type EntityScores = Record<NerLabel | "ALL", SpanScore>;

function spanScore(gold: number, predicted: number, correct: number): SpanScore {
  const precision = predicted === 0 ? 0 : (100 * correct) / predicted;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

/** Exact-span, exact-label precision/recall/F1 per label and micro-averaged over all ("ALL"). */
export function entityScores(gold: readonly (readonly EntitySpan[])[], system: readonly (readonly EntitySpan[])[]): EntityScores {
  if (gold.length !== system.length) {
    throw new TacitusError("BAD_ARGUMENT", `Gold has ${gold.length} sentences, system ${system.length}; score the same sentences.`);
  }
  const labels: (NerLabel | "ALL")[] = ["PERSON", "ORG", "GPE", "LOC", "ALL"];
  const counts = new Map(labels.map((l) => [l, { gold: 0, predicted: 0, correct: 0 }]));
  const bump = (label: NerLabel | "ALL", key: "gold" | "predicted" | "correct"): void => {
    const c = counts.get(label);
    if (c !== undefined) c[key]++;
  };
  for (let s = 0; s < gold.length; s++) {
    const keys = new Set((gold[s] ?? []).map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of gold[s] ?? []) {
      bump(e.label, "gold");
      bump("ALL", "gold");
    }
    for (const e of system[s] ?? []) {
      bump(e.label, "predicted");
      bump("ALL", "predicted");
      if (keys.has(`${e.start}:${e.end}:${e.label}`)) {
        bump(e.label, "correct");
        bump("ALL", "correct");
      }
    }
  }
  const out = {} as EntityScores;
  for (const label of labels) {
    const c = counts.get(label) ?? { gold: 0, predicted: 0, correct: 0 };
    out[label] = spanScore(c.gold, c.predicted, c.correct);
  }
  return out;
}

/** Share of tokens (percent) whose predicted form equals the gold form exactly. */
export function tokenAccuracy(gold: readonly (readonly string[])[], system: readonly (readonly string[])[]): number {
  let total = 0;
  let correct = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s] ?? [];
    const p = system[s] ?? [];
    for (let i = 0; i < g.length; i++) {
      total++;
      if (g[i] === p[i]) correct++;
    }
  }
  return total === 0 ? 0 : (100 * correct) / total;
}
