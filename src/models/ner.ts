import { UPOS } from "../doc/document.js";
import type { EntitySpan, GoldSentence, NerLabel } from "./corpus.js";
import { CLUSTER_PREFIXES, WordClusters } from "./clusters.js";
import { markMultiwordNames, multiwordFirstWords, nameHeadBits, type Gazetteer } from "./gazetteer-features.js";
import { mix, mix3, seededRandom, shuffleInPlace } from "./hash.js";
import { readModelFile, writeModelFile, type ModelHeader, type SectionArray } from "./model-file.js";
import { argmax, LinearModel, PerceptronTrainer } from "./perceptron.js";
import { readInfo, type ModelInfo } from "./tagger.js";
import {
  C_FLAGS, C_LEX, C_LOWER, C_P3, C_S3, C_SHAPE, F_LOWER, F_MIXED, F_NOLETTER, F_TITLE, F_UPPER, SENTENCE_CONVENTIONAL, SENTENCE_UNCASED, SentenceEncoder,
} from "./word-features.js";

/** BIO labels; class 0 is O, then B-/I- per entity label in this order. */
export const NER_LABELS: readonly NerLabel[] = ["PERSON", "ORG", "GPE", "LOC"];
export const NER_CLASSES = 1 + 2 * NER_LABELS.length;
const MAX_FEATURES = 64;
const START = 0xffff;
/** Model-file section prefix of the model for sentences with no capital letter. */
const UNCASED_SECTION = "bio-uncased";
/** Model-file section prefix of the word cluster table. */
const CLUSTER_SECTION = "clusters";
const PREFIXES = CLUSTER_PREFIXES.length;
/** Cluster ids of positions outside the sentence. */
const NO_CLUSTER = 0x5eed;
const UPOS_PROPN = UPOS.indexOf("PROPN");
/** Per UPOS id: 1 where a token so tagged may still be part of a name. */
const MAY_BE_NAME = Uint8Array.from(UPOS, (tag) => (["PROPN", "NOUN", "ADJ", "X", "NUM", "SYM", "VERB", "INTJ", "_"].includes(tag) ? 1 : 0));

/** Per token the bounds of the maximal PROPN run holding it (start = end = i outside runs). */
function findRuns(upos: Uint8Array, offset: number, length: number, runStart: Int32Array, runEnd: Int32Array): void {
  let i = 0;
  while (i < length) {
    if (upos[offset + i] !== UPOS_PROPN) {
      runStart[i] = i;
      runEnd[i] = i;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < length && upos[offset + j] === UPOS_PROPN) j++;
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }
}

/** Id of the prefix-th cluster prefix of the word at k (NO_CLUSTER outside the sentence). */
function clusterAt(clusterIds: Uint32Array, length: number, k: number, prefix: number): number {
  return k < 0 || k >= length ? NO_CLUSTER : (clusterIds[k * PREFIXES + prefix] ?? 0);
}

function nerFeatures(
  e: SentenceEncoder, i: number, upos: Uint8Array, offset: number, gaz: Uint32Array, sentCase: number,
  runStart: Int32Array, runEnd: Int32Array, profile: number, p1: number, p2: number, out: Uint32Array, clusterIds: Uint32Array | null,
): number {
  const at = (k: number): number => (k < 0 || k >= e.length ? 255 : (upos[offset + k] ?? 0));
  const w = e.at(C_LOWER, i);
  const flags = e.at(C_FLAGS, i);
  const shape = e.at(C_SHAPE, i);
  const u = at(i);
  const g = (gaz[i] ?? 0) | e.at(C_LEX, i);
  const gPrev = i > 0 ? (gaz[i - 1] ?? 0) | e.at(C_LEX, i - 1) : 0xfff;
  const gNext = i + 1 < e.length ? (gaz[i + 1] ?? 0) | e.at(C_LEX, i + 1) : 0xfff;
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, w);
  out[n++] = mix(3, e.at(C_S3, i));
  out[n++] = mix(4, e.at(C_P3, i));
  out[n++] = mix3(5, sentCase, shape);
  out[n++] = mix3(6, sentCase, flags);
  out[n++] = mix(7, g);
  out[n++] = mix3(8, g, u);
  out[n++] = mix(9, u);
  out[n++] = mix3(10, at(i - 1), u);
  out[n++] = mix3(11, u, at(i + 1));
  out[n++] = mix3(12, at(i - 1), mix(u, at(i + 1)));
  out[n++] = mix(13, e.at(C_LOWER, i - 1));
  out[n++] = mix(14, e.at(C_LOWER, i + 1));
  out[n++] = mix(15, e.at(C_LOWER, i - 2));
  out[n++] = mix(16, e.at(C_LOWER, i + 2));
  out[n++] = mix3(17, e.at(C_LOWER, i - 1), w);
  out[n++] = mix3(18, w, e.at(C_LOWER, i + 1));
  out[n++] = mix(19, gPrev);
  out[n++] = mix(20, gNext);
  out[n++] = mix3(21, sentCase, e.at(C_FLAGS, i - 1) * 256 + flags);
  out[n++] = mix3(22, sentCase, flags * 256 + e.at(C_FLAGS, i + 1));
  out[n++] = mix3(23, u, w);
  out[n++] = mix3(24, e.at(C_S3, i), u);
  out[n++] = mix3(25, at(i + 1), e.at(C_LOWER, i + 1));
  out[n++] = mix3(26, at(i - 1), e.at(C_LOWER, i - 1));
  out[n++] = mix(27, e.at(C_S3, i + 1));
  out[n++] = mix3(28, i === 0 ? 1 : 0, mix(sentCase, flags));
  // The PROPN run around the token: its edges and neighbours name the entity type ("... River", "... Party").
  const a = runStart[i] ?? i;
  const b = runEnd[i] ?? i;
  if (b > a) {
    const position = (i === a ? 1 : 0) + (i === b - 1 ? 2 : 0);
    out[n++] = mix3(29, position, Math.min(b - a, 5));
    out[n++] = mix(30, e.at(C_LOWER, b - 1));
    out[n++] = mix(31, e.at(C_LOWER, a));
    out[n++] = mix(32, e.at(C_LOWER, a - 1));
    out[n++] = mix(33, e.at(C_LOWER, b));
    out[n++] = mix3(34, e.at(C_LOWER, a - 1), e.at(C_LOWER, b));
    out[n++] = mix(35, e.at(C_S3, b - 1));
    out[n++] = mix(36, e.at(C_LEX, b - 1) | ((gaz[b - 1] ?? 0) << 8));
    out[n++] = mix3(37, at(a - 1), at(b));
  } else {
    out[n++] = mix(29, 0xffff);
  }
  // How the word is cased elsewhere in the document (mid-sentence): names stay capitalized.
  out[n++] = mix3(38, profile, sentCase);
  out[n++] = mix3(39, profile, mix(sentCase, flags));
  // History.
  out[n++] = mix(40, p1);
  out[n++] = mix3(41, p2, p1);
  out[n++] = mix3(42, p1, w);
  out[n++] = mix3(43, p1, u);
  out[n++] = mix3(44, p1, mix(sentCase, flags));
  out[n++] = mix3(45, p1, g);
  // Cluster path prefixes of the word and its neighbours: case-blind word classes learned from unlabelled text.
  if (clusterIds !== null) {
    for (let prefix = 0; prefix < PREFIXES; prefix++) out[n++] = mix(60 + prefix, clusterAt(clusterIds, e.length, i, prefix));
    out[n++] = mix(64, clusterAt(clusterIds, e.length, i - 1, 1));
    out[n++] = mix(65, clusterAt(clusterIds, e.length, i + 1, 1));
    out[n++] = mix(66, clusterAt(clusterIds, e.length, i - 1, 3));
    out[n++] = mix(67, clusterAt(clusterIds, e.length, i + 1, 3));
    out[n++] = mix3(68, clusterAt(clusterIds, e.length, i, 2), mix(sentCase, flags));
    out[n++] = mix3(69, clusterAt(clusterIds, e.length, i, 2), p1);
  }
  return n;
}

/** Document casing profile values: how a word is written mid-sentence across the document. */
export const PROFILE_NONE = 0;
const PROFILE_CAPITALIZED = 1;
const PROFILE_BOTH = 2;
const PROFILE_LOWER = 3;

/** Folds (capitalized, lowercase) mid-sentence counts into a profile value. */
export function profileOf(capitalized: number, lower: number): number {
  if (capitalized + lower === 0) return PROFILE_NONE;
  if (lower === 0) return PROFILE_CAPITALIZED;
  return capitalized === 0 ? PROFILE_LOWER : PROFILE_BOTH;
}

const CAPITALIZED_FLAGS = F_TITLE | F_UPPER | F_MIXED;

/**
 * Per counted word, (capitalized << 16 | lowercase) mid-sentence occurrences; `forms` is called
 * per sentence with the encoder holding it.
 */
export function countCasing(e: SentenceEncoder, counts: Map<string, number>): void {
  for (let i = 1; i < e.length; i++) countCasingOf(e.lowers[i] ?? "", e.at(C_FLAGS, i), counts);
}

/** Counts one mid-sentence word with case flags `flags` (see countCasing). */
export function countCasingOf(lower: string, flags: number, counts: Map<string, number>): void {
  if ((flags & F_NOLETTER) !== 0) return;
  const add = (flags & CAPITALIZED_FLAGS) !== 0 ? 1 << 16 : (flags & F_LOWER) !== 0 ? 1 : 0;
  if (add !== 0) counts.set(lower, Math.min((counts.get(lower) ?? 0) + add, 0x7fff7fff));
}

/** Writes the profile of each token of the encoded sentence to out[offset + i]. */
export function fillProfile(e: SentenceEncoder, counts: ReadonlyMap<string, number>, out: Uint8Array, offset: number): void {
  for (let i = 0; i < e.length; i++) {
    const c = counts.get(e.lowers[i] ?? "") ?? 0;
    out[offset + i] = profileOf(c >>> 16, c & 0xffff);
  }
}

/** Writes the cluster prefix ids of each word of the encoded sentence to out (PREFIXES per token). */
function fillClusterIds(e: SentenceEncoder, clusters: WordClusters, out: Uint32Array): void {
  for (let i = 0; i < e.length; i++) out.set(clusters.of(e.lowers[i] ?? ""), i * PREFIXES);
}

/** Allowed classes after `previous`: I-X only continues B-X or I-X. */
function allowedAfter(previous: number, mask: Uint8Array): Uint8Array {
  mask.fill(1);
  for (let l = 0; l < NER_LABELS.length; l++) {
    const inside = 2 + 2 * l;
    if (previous !== inside - 1 && previous !== inside) mask[inside] = 0;
  }
  return mask;
}

/** BIO classes of gold spans. */
export function bioClasses(length: number, spans: readonly EntitySpan[]): Uint8Array {
  const out = new Uint8Array(length);
  for (const span of spans) {
    const l = NER_LABELS.indexOf(span.label);
    if (l < 0) continue;
    out[span.start] = 1 + 2 * l;
    for (let i = span.start + 1; i < span.end; i++) out[i] = 2 + 2 * l;
  }
  return out;
}

/** Spans of BIO classes (token offsets relative to the sentence). */
export function spansOf(classes: ArrayLike<number>, from: number, to: number, out: EntitySpan[], shift = 0): void {
  let i = from;
  while (i < to) {
    const c = classes[i] ?? 0;
    if (c === 0) {
      i++;
      continue;
    }
    const l = (c - 1) >> 1;
    let j = i + 1;
    while (j < to && (classes[j] ?? 0) === 2 + 2 * l) j++;
    out.push({ start: i - from + shift, end: j - from + shift, label: NER_LABELS[l] ?? "PERSON" });
    i = j;
  }
}

/** Beam width of decoding: a greedy-trained model labels best when it may revise a choice (GUM dev F1 +1.2 cased). */
const DEFAULT_BEAM = 2;
const MAX_BEAM = 16;

/**
 * Beam search state over class sequences, in preallocated arrays. Hypotheses ending in the same
 * two classes are merged (the features see no further back), so the beam never holds two that
 * would be scored alike from here on.
 */
export class LabelBeam {
  size = 0;
  readonly score: Float64Array;
  readonly p1: Int32Array;
  readonly p2: Int32Array;
  private readonly nextScore: Float64Array;
  private readonly nextP1: Int32Array;
  private readonly nextP2: Int32Array;
  private readonly candidateScore: Float64Array;
  private readonly candidateParent: Uint8Array;
  private readonly candidateClass: Uint8Array;
  private readonly taken: Uint8Array;
  private candidates = 0;
  /** Per token and kept hypothesis: its class and the index of the hypothesis it extends. */
  private backClass = new Uint8Array(0);
  private backParent = new Uint8Array(0);

  constructor(private readonly maxWidth: number, classes: number) {
    this.score = new Float64Array(maxWidth);
    this.p1 = new Int32Array(maxWidth);
    this.p2 = new Int32Array(maxWidth);
    this.nextScore = new Float64Array(maxWidth);
    this.nextP1 = new Int32Array(maxWidth);
    this.nextP2 = new Int32Array(maxWidth);
    this.candidateScore = new Float64Array(maxWidth * classes);
    this.candidateParent = new Uint8Array(maxWidth * classes);
    this.candidateClass = new Uint8Array(maxWidth * classes);
    this.taken = new Uint8Array(maxWidth * classes);
  }

  reserve(length: number): this {
    if (this.backClass.length < length * this.maxWidth) {
      this.backClass = new Uint8Array(length * this.maxWidth * 2);
      this.backParent = new Uint8Array(length * this.maxWidth * 2);
    }
    return this;
  }

  start(): void {
    this.size = 1;
    this.score[0] = 0;
    this.p1[0] = START;
    this.p2[0] = START;
  }

  clearCandidates(): void {
    this.candidates = 0;
  }

  propose(parent: number, cls: number, score: number): void {
    const k = this.candidates++;
    this.candidateScore[k] = score;
    this.candidateParent[k] = parent;
    this.candidateClass[k] = cls;
  }

  /** Keeps the best `width` candidates, one per (class, previous class), as the hypotheses of token i. */
  advance(i: number, width: number): void {
    const n = this.candidates;
    this.taken.fill(0, 0, n);
    let kept = 0;
    while (kept < width) {
      let best = -1;
      for (let k = 0; k < n; k++) {
        if (this.taken[k] === 1) continue;
        if (best < 0 || (this.candidateScore[k] ?? 0) > (this.candidateScore[best] ?? 0)) best = k;
      }
      if (best < 0) break;
      this.taken[best] = 1;
      const cls = this.candidateClass[best] ?? 0;
      const parent = this.candidateParent[best] ?? 0;
      const previous = this.p1[parent] ?? START;
      let merged = false;
      for (let h = 0; h < kept && !merged; h++) merged = this.nextP1[h] === cls && this.nextP2[h] === previous;
      if (merged) continue;
      this.nextScore[kept] = this.candidateScore[best] ?? 0;
      this.nextP1[kept] = cls;
      this.nextP2[kept] = previous;
      this.backClass[i * this.maxWidth + kept] = cls;
      this.backParent[i * this.maxWidth + kept] = parent;
      kept++;
    }
    this.score.set(this.nextScore.subarray(0, kept));
    this.p1.set(this.nextP1.subarray(0, kept));
    this.p2.set(this.nextP2.subarray(0, kept));
    this.size = kept;
  }

  /** Writes the classes of the best hypothesis (the first kept) to out[offset..offset + length). */
  best(length: number, out: Uint8Array, offset: number): void {
    let h = 0;
    for (let i = length - 1; i >= 0; i--) {
      out[offset + i] = this.backClass[i * this.maxWidth + h] ?? 0;
      h = this.backParent[i * this.maxWidth + h] ?? 0;
    }
  }
}

/**
 * BIO perceptron (trained greedily, decoded with a small beam) over forms, predicted UPOS and gazetteer bits; sentences with no capital
 * letter get a model of their own when the file has one (text without case is another task).
 */
export class EntityRecognizer {
  readonly model: LinearModel;
  /** For sentences with no capital letter; null: `model` labels them too. */
  readonly uncasedModel: LinearModel | null;
  /** Word clusters read as features (null: a model trained without them). */
  readonly clusters: WordClusters | null;
  info: ModelInfo;
  readonly gazetteer: Gazetteer | null;
  private readonly encoder: SentenceEncoder;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(NER_CLASSES);
  private readonly mask = new Uint8Array(NER_CLASSES);
  /**
   * Label O without scoring them: tokens tagged as closed-class words (see MAY_BE_NAME), and
   * lowercase words other than PROPN in conventionally cased sentences (speed; names there are capitalized).
   */
  skipClosedClass = true;
  /** Subtracted from the O score (quantized units): trades precision for recall. */
  outsidePenalty = 0;
  /** Hypotheses kept while labelling a sentence (1: greedy); see labelEncoded. */
  beam = DEFAULT_BEAM;
  /** Apply harmonizeDocument in recognizeDocument. */
  harmonize = true;
  private gaz = new Uint32Array(64);
  private readonly firstWords: ReadonlySet<string>;
  private runStart = new Int32Array(64);
  private runEnd = new Int32Array(64);
  private clusterIds = new Uint32Array(64 * PREFIXES);
  private readonly beamState = new LabelBeam(MAX_BEAM, NER_CLASSES);

  constructor(
    model: LinearModel, gazetteer: Gazetteer | null, info: ModelInfo, uncasedModel: LinearModel | null = null, clusters: WordClusters | null = null,
  ) {
    this.model = model;
    this.uncasedModel = uncasedModel;
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.firstWords = multiwordFirstWords(gazetteer);
    this.info = info;
    this.encoder = new SentenceEncoder((lower) => nameHeadBits(lower, gazetteer));
  }

  get sentence(): SentenceEncoder {
    return this.encoder;
  }

  /**
   * Labels the sentence in `sentence` given its UPOS ids at upos[offset..] and document casing
   * profile at profile[offset..] (null: none); writes BIO classes to out[offset..].
   */
  labelEncoded(upos: Uint8Array, offset: number, out: Uint8Array, profile: Uint8Array | null = null): void {
    const e = this.encoder;
    if (this.gaz.length < e.length) {
      this.gaz = new Uint32Array(e.length * 2);
      this.runStart = new Int32Array(e.length * 2);
      this.runEnd = new Int32Array(e.length * 2);
      this.clusterIds = new Uint32Array(e.length * 2 * PREFIXES);
    }
    findRuns(upos, offset, e.length, this.runStart, this.runEnd);
    if (this.clusters !== null) fillClusterIds(e, this.clusters, this.clusterIds);
    this.gaz.fill(0, 0, e.length);
    markMultiwordNames(e.lowers, e.length, this.gazetteer, this.gaz, this.firstWords);
    const sentCase = e.sentenceCase();
    const model = sentCase === SENTENCE_UNCASED && this.uncasedModel !== null ? this.uncasedModel : this.model;
    const width = Math.max(1, Math.min(this.beam, MAX_BEAM));
    const beam = this.beamState.reserve(e.length);
    beam.start();
    for (let i = 0; i < e.length; i++) {
      // Names are PROPN; only classes a mistagged name can hide in are worth scoring, and in a
      // conventionally cased sentence a lowercase word is no name.
      const u = upos[offset + i] ?? 0;
      const closedClass = this.skipClosedClass && (MAY_BE_NAME[u] ?? 0) === 0;
      const lowercase = this.skipClosedClass && sentCase === SENTENCE_CONVENTIONAL && (e.at(C_FLAGS, i) & F_LOWER) !== 0;
      const prof = profile === null ? PROFILE_NONE : (profile[offset + i] ?? 0);
      beam.clearCandidates();
      for (let h = 0; h < beam.size; h++) {
        const p1 = beam.p1[h] ?? START;
        const previous = p1 === START ? 0 : p1;
        const score = beam.score[h] ?? 0;
        // A lowercase PROPN continues a name ("Charles de Gaulle") but does not begin one ("foreign minister Anna Ferrow").
        if (closedClass || (lowercase && (u !== UPOS_PROPN || previous === 0))) {
          beam.propose(h, 0, score);
          continue;
        }
        const n = nerFeatures(e, i, upos, offset, this.gaz, sentCase, this.runStart, this.runEnd, prof, p1, beam.p2[h] ?? START, this.features,
          this.clusters === null ? null : this.clusterIds);
        model.score(this.features, n, this.scores);
        this.scores[0] = (this.scores[0] ?? 0) - this.outsidePenalty;
        allowedAfter(previous, this.mask);
        for (let c = 0; c < NER_CLASSES; c++) if (this.mask[c] === 1) beam.propose(h, c, score + (this.scores[c] ?? 0));
      }
      beam.advance(i, width);
    }
    beam.best(e.length, out, offset);
  }

  /** Convenience for evaluation: entity spans of each sentence of one document, given forms and UPOS strings. */
  recognizeDocument(sentences: readonly { forms: readonly string[]; upos: readonly string[] }[]): EntitySpan[][] {
    const counts = new Map<string, number>();
    for (const s of sentences) {
      this.encoder.encode(s.forms);
      countCasing(this.encoder, counts);
    }
    const perSentence = sentences.map((s) => {
      this.encoder.encode(s.forms);
      const profile = new Uint8Array(s.forms.length);
      fillProfile(this.encoder, counts, profile, 0);
      const ids = Uint8Array.from(s.upos, (u) => Math.max(0, UPOS.indexOf(u as (typeof UPOS)[number])));
      const classes = new Uint8Array(s.forms.length);
      this.labelEncoded(ids, 0, classes, profile);
      const spans: EntitySpan[] = [];
      spansOf(classes, 0, s.forms.length, spans);
      return spans;
    });
    if (!this.harmonize) return perSentence;
    // Flatten to document token indices, harmonize, split back.
    const lowers: string[] = [];
    const propn: boolean[] = [];
    const sentenceIds: number[] = [];
    const starts: number[] = [];
    sentences.forEach((s, k) => {
      starts.push(lowers.length);
      s.forms.forEach((f, i) => {
        lowers.push(f.toLowerCase());
        propn.push(s.upos[i] === "PROPN");
        sentenceIds.push(k);
      });
    });
    const flat = perSentence.flatMap((spans, k) => spans.map((e) => ({ ...e, start: e.start + (starts[k] ?? 0), end: e.end + (starts[k] ?? 0) })));
    const harmonized = harmonizeDocument(flat, lowers.length, (i) => lowers[i] ?? "", (i) => propn[i] === true, (i) => sentenceIds[i] ?? 0);
    const out: EntitySpan[][] = sentences.map(() => []);
    for (const e of harmonized) {
      const k = sentenceIds[e.start] ?? 0;
      out[k]?.push({ ...e, start: e.start - (starts[k] ?? 0), end: e.end - (starts[k] ?? 0) });
    }
    return out;
  }

  /** One sentence as its own document. */
  recognize(forms: readonly string[], upos: readonly string[]): EntitySpan[] {
    return this.recognizeDocument([{ forms, upos }])[0] ?? [];
  }

  save(path: string): number {
    const header: ModelHeader = {
      format: 1, kind: "ner", labels: NER_LABELS, gazetteer: this.gazetteer !== null, ...this.info,
    };
    const sections = new Map<string, SectionArray>(this.model.toSections("bio"));
    if (this.uncasedModel !== null) for (const [name, array] of this.uncasedModel.toSections(UNCASED_SECTION)) sections.set(name, array);
    if (this.clusters !== null) for (const [name, array] of this.clusters.toSections(CLUSTER_SECTION)) sections.set(name, array);
    return writeModelFile(path, header, sections);
  }

  /** Loads weights; pass the same language data the model was trained with (header "gazetteer"). */
  static load(path: string, gazetteer: Gazetteer | null): EntityRecognizer {
    const file = readModelFile(path, "ner");
    const model = LinearModel.fromSections(file.sections, "bio", NER_CLASSES, path);
    // Files from before 0.2.0 have one model for all sentences.
    const uncased = file.sections.has(`${UNCASED_SECTION}.ids`) ? LinearModel.fromSections(file.sections, UNCASED_SECTION, NER_CLASSES, path) : null;
    const clusters = WordClusters.fromSections(file.sections, CLUSTER_SECTION, path);
    return new EntityRecognizer(model, file.header["gazetteer"] === true ? gazetteer : null, readInfo(file.header), uncased, clusters);
  }
}

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  /** Perceptrons trained with seeds seed, seed + 1, ... whose mean is the model (default 1). */
  ensemble?: number;
  /** Train a second model on the sentences with no capital letter, for such sentences (default false). */
  separateUncased?: boolean;
  /** Word clusters read as features (default none). */
  clusters?: WordClusters | null;
  log?: (message: string) => void;
}

/** Trains on sentences with entities; `upos` gives each sentence's (predicted) UPOS strings. */
export function trainRecognizer(
  sentences: readonly GoldSentence[], upos: readonly (readonly string[])[], gazetteer: Gazetteer | null, options: NerTrainOptions,
): EntityRecognizer {
  const began = performance.now();
  const encoder = new SentenceEncoder((lower) => nameHeadBits(lower, gazetteer));
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(NER_CLASSES);
  const golds = sentences.map((s) => bioClasses(s.forms.length, s.entities));
  // Document casing profiles, computed once.
  const profiles: Uint8Array[] = [];
  {
    const counts = new Map<string, Map<string, number>>();
    for (const s of sentences) {
      encoder.encode(s.forms);
      const id = s.docId ?? "";
      let docCounts = counts.get(id);
      if (docCounts === undefined) counts.set(id, (docCounts = new Map()));
      countCasing(encoder, docCounts);
    }
    for (const s of sentences) {
      encoder.encode(s.forms);
      const profile = new Uint8Array(s.forms.length);
      fillProfile(encoder, counts.get(s.docId ?? "") ?? new Map(), profile, 0);
      profiles.push(profile);
    }
  }
  const uposIds = upos.map((tags) => Uint8Array.from(tags, (u) => Math.max(0, UPOS.indexOf(u as (typeof UPOS)[number]))));
  let gaz = new Uint32Array(256);
  const firstWords = multiwordFirstWords(gazetteer);
  let runStart = new Int32Array(256);
  let runEnd = new Int32Array(256);
  const clusters = options.clusters ?? null;
  let clusterIds = new Uint32Array(256 * PREFIXES);
  const trainOne = (seed: number, subset: readonly number[]): PerceptronTrainer => {
    const trainer = new PerceptronTrainer(NER_CLASSES, 1 << 16);
    const random = seededRandom(seed);
    const order = [...subset];
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffleInPlace(order, random);
      let correct = 0;
      let total = 0;
      for (const si of order) {
        const s = sentences[si] as GoldSentence;
        const gold = golds[si] as Uint8Array;
        const ids = uposIds[si] as Uint8Array;
        encoder.encode(s.forms);
        if (gaz.length < s.forms.length) {
          gaz = new Uint32Array(s.forms.length * 2);
          runStart = new Int32Array(s.forms.length * 2);
          runEnd = new Int32Array(s.forms.length * 2);
          clusterIds = new Uint32Array(s.forms.length * 2 * PREFIXES);
        }
        findRuns(ids, 0, s.forms.length, runStart, runEnd);
        if (clusters !== null) fillClusterIds(encoder, clusters, clusterIds);
        gaz.fill(0, 0, s.forms.length);
        markMultiwordNames(encoder.lowers, encoder.length, gazetteer, gaz, firstWords);
        const sentCase = encoder.sentenceCase();
        let p1 = START;
        let p2 = START;
        for (let i = 0; i < s.forms.length; i++) {
          const n = nerFeatures(encoder, i, ids, 0, gaz, sentCase, runStart, runEnd, profiles[si]?.[i] ?? 0, p1, p2, features, clusters === null ? null : clusterIds);
          trainer.score(features, n, scores);
          const guess = argmax(scores, NER_CLASSES);
          const truth = gold[i] ?? 0;
          trainer.update(truth, guess, features, n);
          if (guess === truth) correct++;
          total++;
          p2 = p1;
          p1 = guess;
        }
      }
      options.log?.(`ner seed ${seed} epoch ${epoch + 1}/${options.epochs}: train token accuracy ${(100 * correct / total).toFixed(2)}`);
    }
    return trainer;
  };
  const ensemble = Math.max(1, options.ensemble ?? 1);
  const separate = options.separateUncased === true;
  const cased: number[] = [];
  const uncased: number[] = [];
  sentences.forEach((s, i) => {
    encoder.encode(s.forms);
    (separate && encoder.sentenceCase() === SENTENCE_UNCASED ? uncased : cased).push(i);
  });
  const trainMean = (subset: readonly number[]): LinearModel =>
    PerceptronTrainer.finalizeMean(Array.from({ length: ensemble }, (_, k) => trainOne(options.seed + k, subset)), options.minWeight);
  const model = trainMean(cased);
  const uncasedModel = uncased.length > 0 ? trainMean(uncased) : null;
  const info: ModelInfo = {
    trainedOn: [],
    options: { epochs: options.epochs, seed: options.seed, minWeight: options.minWeight, ensemble, separateUncased: separate, clusteredWords: clusters?.size ?? 0 },
    scores: {},
    seconds: (performance.now() - began) / 1000,
  };
  return new EntityRecognizer(model, gazetteer, info, uncasedModel, clusters);
}


/**
 * Document-level consistency: every span takes the majority label of its (lowercase) text in the
 * document, and unlabelled all-PROPN repeats of a labelled text, or of a labelled person's last
 * word, become spans too. Tokens are global indices; `lowerOf` and `isPropn` read the document.
 * Returns the new span list, sorted.
 */
export function harmonizeDocument(
  spans: readonly EntitySpan[], tokenCount: number, lowerOf: (i: number) => string, isPropn: (i: number) => boolean,
  sentenceOf: (i: number) => number,
): EntitySpan[] {
  const keyOf = (start: number, end: number): string => {
    let key = lowerOf(start);
    for (let i = start + 1; i < end; i++) key += " " + lowerOf(i);
    return key;
  };
  const votes = new Map<string, Map<NerLabel, number>>();
  for (const span of spans) {
    const key = keyOf(span.start, span.end);
    let byLabel = votes.get(key);
    if (byLabel === undefined) votes.set(key, (byLabel = new Map()));
    byLabel.set(span.label, (byLabel.get(span.label) ?? 0) + 1);
  }
  const majority = new Map<string, NerLabel>();
  for (const [key, byLabel] of votes) {
    let best: NerLabel | null = null;
    let bestCount = 0;
    let tie = false;
    for (const [label, count] of byLabel) {
      if (count > bestCount) {
        best = label;
        bestCount = count;
        tie = false;
      } else if (count === bestCount) tie = true;
    }
    if (best !== null && !tie) majority.set(key, best);
  }
  const covered = new Uint8Array(tokenCount);
  const out: EntitySpan[] = spans.map((span) => {
    covered.fill(1, span.start, span.end);
    return { ...span, label: majority.get(keyOf(span.start, span.end)) ?? span.label };
  });
  // Repeats: whole all-PROPN runs inside one sentence whose text was labelled elsewhere (longest key first).
  const byFirst = new Map<string, { words: string[]; label: NerLabel }[]>();
  for (const [key, label] of majority) {
    const words = key.split(" ");
    const first = words[0] ?? "";
    let list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, (list = []));
    list.push({ words, label });
  }
  // A person named in full is named again by surname ("Roberto Marrero" ... "Marrero").
  for (const span of spans) {
    if (span.label !== "PERSON" || span.end - span.start < 2) continue;
    const surname = lowerOf(span.end - 1);
    if (votes.has(surname)) continue;
    let list = byFirst.get(surname);
    if (list === undefined) byFirst.set(surname, (list = []));
    if (!list.some((c) => c.words.length === 1)) list.push({ words: [surname], label: "PERSON" });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < tokenCount; i++) {
    if (covered[i] === 1 || !isPropn(i)) continue;
    if (i > 0 && sentenceOf(i - 1) === sentenceOf(i) && isPropn(i - 1)) continue;
    const candidates = byFirst.get(lowerOf(i));
    if (candidates === undefined) continue;
    for (const { words, label } of candidates) {
      const n = words.length;
      if (i + n > tokenCount) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = covered[i + k] === 0 && isPropn(i + k) && lowerOf(i + k) === words[k] && sentenceOf(i + k) === sentenceOf(i);
      // A repeat inside a longer name is another name.
      if (ok && i + n < tokenCount && sentenceOf(i + n) === sentenceOf(i) && isPropn(i + n)) ok = false;
      if (!ok) continue;
      out.push({ start: i, end: i + n, label });
      covered.fill(1, i, i + n);
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
