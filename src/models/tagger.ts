import { UPOS } from "../doc/document.js";
import { TacitusError } from "../errors/index.js";
import type { GoldSentence } from "./corpus.js";
import { hashString, mix, mix3, seededRandom, shuffleInPlace } from "./hash.js";
import { readModelFile, writeModelFile, type ModelHeader, type SectionArray } from "./model-file.js";
import { gazetteerBits, G_MULTI, type Gazetteer } from "./gazetteer-features.js";
import { argmax, LinearModel, PerceptronTrainer } from "./perceptron.js";
import {
  C_FLAGS, C_LEX, C_LOWER, C_LSHAPE, C_P1, C_P3, C_S1, C_S2, C_S3, C_S4, C_SHAPE, SentenceEncoder,
} from "./word-features.js";

/** UPOS classes are the document's UPOS ids minus one ("_" is never predicted). */
export const UPOS_CLASSES = UPOS.length - 1;
const TYPE_FEATURES = 14;
const STATIC_FEATURES = 35;
const MAX_FEATURES = 56;
const START_TAG = 0xffff;
/** C_LEX holds the ambiguity class in its low bits and the word's gazetteer bits from bit NAME_SHIFT. */
const NAME_SHIFT = 20;
const AMBIGUITY_MASK = (1 << NAME_SHIFT) - 1;

const ambiguityAt = (e: SentenceEncoder, i: number): number => e.at(C_LEX, i) & AMBIGUITY_MASK;
const namesAt = (e: SentenceEncoder, i: number): number => e.at(C_LEX, i) >>> NAME_SHIFT;

/** Features of token i's own form (cacheable per word type): ids 0..TYPE_FEATURES-1. */
function typeFeatures(e: SentenceEncoder, i: number, out: Uint32Array): void {
  const w = e.at(C_LOWER, i);
  const flags = e.at(C_FLAGS, i);
  out[0] = mix(1, 0);
  out[1] = mix(2, w);
  out[2] = mix(3, e.at(C_P1, i));
  out[3] = mix(4, e.at(C_P3, i));
  out[4] = mix(5, e.at(C_S1, i));
  out[5] = mix(6, e.at(C_S2, i));
  out[6] = mix(7, e.at(C_S3, i));
  out[7] = mix(8, e.at(C_S4, i));
  out[8] = mix(9, e.at(C_SHAPE, i));
  out[9] = mix(10, e.at(C_LSHAPE, i));
  out[10] = mix(11, flags);
  out[11] = mix3(24, w, flags);
  out[12] = mix(25, ambiguityAt(e, i));
  // Known names (given names, places, WordNet's capitalized lemmas) are the tagger's only PROPN cue in lowercased text.
  out[13] = mix(52, namesAt(e, i));
}

/**
 * Features of the context that do not depend on predicted tags: ids TYPE_FEATURES..STATIC_FEATURES-1.
 * The tagger caches some slots per form (NEIGHBOUR_SLOTS, CASING_SLOTS): a slot listed there must
 * read only what the list says.
 */
function contextFeatures(e: SentenceEncoder, i: number, sentCase: number, out: Uint32Array): number {
  const w = e.at(C_LOWER, i);
  const flags = e.at(C_FLAGS, i);
  out[14] = mix(12, flags | (i === 0 ? 256 : 0));
  out[15] = mix(13, e.at(C_LOWER, i - 1));
  out[16] = mix(14, e.at(C_LOWER, i + 1));
  out[17] = mix(15, e.at(C_LOWER, i - 2));
  out[18] = mix(16, e.at(C_LOWER, i + 2));
  out[19] = mix(17, e.at(C_S3, i - 1));
  out[20] = mix(18, e.at(C_S3, i + 1));
  out[21] = mix(19, e.at(C_SHAPE, i + 1));
  out[22] = mix(20, e.at(C_SHAPE, i - 1));
  out[23] = mix3(21, e.at(C_LOWER, i - 1), w);
  out[24] = mix3(22, w, e.at(C_LOWER, i + 1));
  out[25] = mix3(23, e.at(C_FLAGS, i - 1), flags);
  const lex = ambiguityAt(e, i);
  const lexNext = ambiguityAt(e, i + 1);
  out[26] = mix(26, lexNext);
  out[27] = mix(27, ambiguityAt(e, i + 2));
  out[28] = mix3(28, lex, lexNext);
  out[29] = mix3(29, ambiguityAt(e, i - 1), lex);
  out[30] = mix3(35, w, lexNext);
  // Whether capitals mean anything in this sentence (lowercased or headline text).
  out[31] = mix3(36, sentCase, flags);
  out[32] = mix3(37, sentCase, e.at(C_SHAPE, i));
  const names = namesAt(e, i);
  out[33] = mix3(53, sentCase, names);
  out[34] = mix3(54, namesAt(e, i - 1), names);
  return STATIC_FEATURES;
}

/**
 * Context slots (of contextFeatures) that read one neighbour's form alone, for the neighbours at
 * NEIGHBOUR_OFFSETS: the tagger sums their weights once per form, not token by token.
 */
const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2];
const NEIGHBOUR_SLOTS: readonly (readonly number[])[] = [[17], [15, 19, 22], [16, 20, 21, 26], [18, 27]];
/** Context slots that read the token's own form and the sentence casing alone: summed once per form and casing. */
const CASING_SLOTS: readonly number[] = [31, 32, 33];
const SENTENCE_CASES = 3;
/** The other context slots (pairs of positions, the sentence start, any new template), looked up token by token. */
const PAIR_SLOTS: readonly number[] = Array.from({ length: STATIC_FEATURES - TYPE_FEATURES }, (_, k) => TYPE_FEATURES + k)
  .filter((slot) => !CASING_SLOTS.includes(slot) && !NEIGHBOUR_SLOTS.some((slots) => slots.includes(slot)));

function staticFeatures(e: SentenceEncoder, i: number, sentCase: number, out: Uint32Array): number {
  typeFeatures(e, i, out);
  return contextFeatures(e, i, sentCase, out);
}

/** UPOS features that depend on the two previous predicted tags. */
function uposHistory(e: SentenceEncoder, i: number, p1: number, p2: number, out: Uint32Array, n: number): number {
  const w = e.at(C_LOWER, i);
  out[n++] = mix(30, p1);
  out[n++] = mix3(31, p2, p1);
  out[n++] = mix3(32, p1, w);
  out[n++] = mix3(33, p1, e.at(C_S3, i));
  out[n++] = mix3(34, p1, e.at(C_LOWER, i + 1));
  return n;
}

/** XPOS features: UPOS of the token and its neighbours (all known), previous XPOS. */
function xposHistory(
  e: SentenceEncoder, i: number, upos: Uint8Array, offset: number, x1: number, out: Uint32Array, n: number,
): number {
  const w = e.at(C_LOWER, i);
  const u = upos[offset + i] ?? 0;
  const uNext = i + 1 < e.length ? (upos[offset + i + 1] ?? 0) : 255;
  const uPrev = i > 0 ? (upos[offset + i - 1] ?? 0) : 255;
  out[n++] = mix(40, u);
  out[n++] = mix3(41, u, w);
  out[n++] = mix3(42, u, e.at(C_S3, i));
  out[n++] = mix3(43, u, e.at(C_S2, i));
  out[n++] = mix3(44, u, uNext);
  out[n++] = mix3(45, u, uPrev);
  out[n++] = mix(46, x1);
  out[n++] = mix3(47, x1, u);
  out[n++] = mix3(48, u, e.at(C_FLAGS, i));
  out[n++] = mix3(49, u, e.at(C_LOWER, i + 1));
  out[n++] = mix3(50, u, e.at(C_LOWER, i - 1));
  out[n++] = mix3(51, w, e.at(C_LOWER, i + 1));
  return n;
}

export interface ModelInfo {
  trainedOn: string[];
  trainedAt?: string;
  options: Record<string, unknown>;
  scores: Record<string, number>;
  seconds: number;
}

/** Greedy left-to-right averaged-perceptron tagger: UPOS first, then XPOS given the UPOS sequence. */
export class PosTagger {
  readonly upos: LinearModel;
  readonly xpos: LinearModel;
  readonly xposTags: readonly string[];
  info: ModelInfo;
  /** Lowercase-form hash -> bitmask of the UPOS tags it took in training (its ambiguity class). */
  readonly lexKeys: Uint32Array;
  readonly lexValues: Uint32Array;
  /** Language data read as features (null: a model trained without them). */
  readonly gazetteer: Gazetteer | null;
  private readonly encoder: SentenceEncoder;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores: Float32Array;
  /**
   * Per form, summed weights of the features that read that form alone (its FormScores layout):
   * UPOS and XPOS type features, the neighbour slots for each offset, the casing slots per casing.
   */
  private readonly formCache = new Map<string, Float32Array>();
  /** FormScores offsets: XPOS type scores, neighbour segments (by NEIGHBOUR_OFFSETS), casing segments. */
  private readonly xposAt = UPOS_CLASSES;
  private readonly neighbourAt: number;
  private readonly casingAt: number;
  private readonly formScoresLength: number;
  /** Neighbour segments for positions outside the sentence (the sentinels), filled on first use. */
  private boundary: Float32Array | null = null;
  /** The FormScores of each token of the sentence being tagged. */
  private readonly tokenScores: Float32Array[] = [];

  constructor(
    upos: LinearModel, xpos: LinearModel, xposTags: readonly string[], lexKeys: Uint32Array, lexValues: Uint32Array, info: ModelInfo,
    gazetteer: Gazetteer | null,
  ) {
    this.lexKeys = lexKeys;
    this.lexValues = lexValues;
    this.gazetteer = gazetteer;
    this.encoder = new SentenceEncoder(lexiconLookup(lexKeys, lexValues, gazetteer));
    this.upos = upos;
    this.xpos = xpos;
    this.xposTags = xposTags;
    this.info = info;
    this.scores = new Float32Array(Math.max(UPOS_CLASSES, xposTags.length));
    this.neighbourAt = this.xposAt + xposTags.length;
    this.casingAt = this.neighbourAt + NEIGHBOUR_OFFSETS.length * UPOS_CLASSES;
    this.formScoresLength = this.casingAt + SENTENCE_CASES * UPOS_CLASSES;
  }

  /** The encoder to fill before `tagEncoded` (shared buffers: one sentence at a time). */
  get sentence(): SentenceEncoder {
    return this.encoder;
  }

  /**
   * Tags the sentence in `sentence`; writes document UPOS ids to upos[offset + i] and XPOS
   * indices (into xposTags) to xpos[offset + i].
   */
  tagEncoded(upos: Uint8Array, xpos: Uint16Array, offset: number): void {
    const e = this.encoder;
    const f = this.features;
    const scores = this.scores;
    const nx = this.xposTags.length;
    const n = e.length;
    const forms = this.tokenScores;
    const sentCase = e.sentenceCase();
    for (let i = 0; i < n; i++) forms[i] = this.formScores(e, i, sentCase);
    const boundary = this.boundaryScores(e, sentCase);
    const at = this.neighbourAt;
    const casing = this.casingAt + sentCase * UPOS_CLASSES;
    let p1 = START_TAG;
    let p2 = START_TAG;
    for (let i = 0; i < n; i++) {
      const own = forms[i] as Float32Array;
      const left2 = i >= 2 ? (forms[i - 2] as Float32Array) : boundary;
      const left1 = i >= 1 ? (forms[i - 1] as Float32Array) : boundary;
      const right1 = i + 1 < n ? (forms[i + 1] as Float32Array) : boundary;
      const right2 = i + 2 < n ? (forms[i + 2] as Float32Array) : boundary;
      // Integer weights: the sums are exact in any order, so the cached parts change no score.
      for (let k = 0; k < UPOS_CLASSES; k++) {
        scores[k] = (own[k] ?? 0) + (own[casing + k] ?? 0) + (left2[at + k] ?? 0) + (left1[at + UPOS_CLASSES + k] ?? 0) +
          (right1[at + 2 * UPOS_CLASSES + k] ?? 0) + (right2[at + 3 * UPOS_CLASSES + k] ?? 0);
      }
      contextFeatures(e, i, sentCase, f);
      // The pair features, then the history ones, after the static features: one addAll.
      let count = STATIC_FEATURES;
      for (const slot of PAIR_SLOTS) f[count++] = f[slot] ?? 0;
      count = uposHistory(e, i, p1, p2, f, count);
      this.upos.addAll(f, STATIC_FEATURES, count, scores);
      const k = argmax(scores, UPOS_CLASSES);
      upos[offset + i] = k + 1;
      p2 = p1;
      p1 = k;
    }
    let x1 = START_TAG;
    for (let i = 0; i < n; i++) {
      const own = forms[i] as Float32Array;
      for (let k = 0; k < nx; k++) scores[k] = own[this.xposAt + k] ?? 0;
      // XPOS reads only type features and UPOS context: fewer lookups, about the same accuracy.
      const count = xposHistory(e, i, upos, offset, x1, f, TYPE_FEATURES);
      this.xpos.addAll(f, TYPE_FEATURES, count, scores);
      const x = argmax(scores, nx);
      xpos[offset + i] = x;
      x1 = x;
    }
  }

  /** The FormScores of token i's form, cached per form. */
  private formScores(e: SentenceEncoder, i: number, sentCase: number): Float32Array {
    const form = e.forms[i] ?? "";
    let cached = this.formCache.get(form);
    if (cached === undefined) {
      if (this.formCache.size >= 100_000) this.formCache.clear();
      cached = new Float32Array(this.formScoresLength);
      const f = this.features;
      typeFeatures(e, i, f);
      this.upos.addAll(f, 0, TYPE_FEATURES, cached.subarray(0, UPOS_CLASSES));
      this.xpos.addAll(f, 0, TYPE_FEATURES, cached.subarray(this.xposAt, this.neighbourAt));
      // As the neighbour at offset d of token i - d (which may lie outside the sentence: sentinels).
      for (let segment = 0; segment < NEIGHBOUR_OFFSETS.length; segment++) {
        contextFeatures(e, i - (NEIGHBOUR_OFFSETS[segment] ?? 0), sentCase, f);
        this.addSlots(NEIGHBOUR_SLOTS[segment] ?? [], cached, this.neighbourAt + segment * UPOS_CLASSES);
      }
      for (let casing = 0; casing < SENTENCE_CASES; casing++) {
        contextFeatures(e, i, casing, f);
        this.addSlots(CASING_SLOTS, cached, this.casingAt + casing * UPOS_CLASSES);
      }
      this.formCache.set(form, cached);
    }
    return cached;
  }

  /** FormScores whose neighbour segments hold the sentinels' weights (for neighbours outside the sentence). */
  private boundaryScores(e: SentenceEncoder, sentCase: number): Float32Array {
    if (this.boundary === null) {
      const boundary = new Float32Array(this.formScoresLength);
      const f = this.features;
      for (let segment = 0; segment < NEIGHBOUR_OFFSETS.length; segment++) {
        // The first token's left neighbours and the last token's right ones are sentinels.
        contextFeatures(e, (NEIGHBOUR_OFFSETS[segment] ?? 0) < 0 ? 0 : e.length - 1, sentCase, f);
        this.addSlots(NEIGHBOUR_SLOTS[segment] ?? [], boundary, this.neighbourAt + segment * UPOS_CLASSES);
      }
      this.boundary = boundary;
    }
    return this.boundary;
  }

  /** Adds the UPOS weights of the features in `slots` of this.features to scores[from..from + UPOS_CLASSES). */
  private addSlots(slots: readonly number[], scores: Float32Array, from: number): void {
    const segment = scores.subarray(from, from + UPOS_CLASSES);
    for (const slot of slots) this.upos.add(this.features[slot] ?? 0, segment);
  }

  /** Convenience for evaluation: tags a sentence of forms, returns tag strings. */
  tag(forms: readonly string[]): { upos: string[]; xpos: string[] } {
    this.encoder.encode(forms);
    const upos = new Uint8Array(forms.length);
    const xpos = new Uint16Array(forms.length);
    this.tagEncoded(upos, xpos, 0);
    return {
      upos: Array.from(upos, (u) => UPOS[u] ?? "_"),
      xpos: Array.from(xpos, (x) => this.xposTags[x] ?? "_"),
    };
  }

  save(path: string): number {
    const header: ModelHeader = {
      format: 1, kind: "tagger", upos: UPOS.slice(1), xpos: this.xposTags, gazetteer: this.gazetteer !== null, ...this.info,
    };
    const sections = new Map<string, SectionArray>([
      ...this.upos.toSections("upos"), ...this.xpos.toSections("xpos"), ["lex.keys", this.lexKeys], ["lex.values", this.lexValues],
    ]);
    return writeModelFile(path, header, sections);
  }

  /** Loads weights; pass the same language data the model was trained with (header "gazetteer"). */
  static load(path: string, gazetteer: Gazetteer | null): PosTagger {
    const file = readModelFile(path, "tagger");
    const xposTags = file.header["xpos"];
    const uposTags = file.header["upos"];
    if (!Array.isArray(xposTags) || !xposTags.every((t) => typeof t === "string")) {
      throw new TacitusError("MODEL_FILE", `Model file ${path} lacks its XPOS tag list; retrain it with \`npm run train\`.`);
    }
    if (!Array.isArray(uposTags) || uposTags.join(" ") !== UPOS.slice(1).join(" ")) {
      throw new TacitusError("MODEL_FILE", `Model file ${path} was trained for another UPOS set; retrain it with \`npm run train\`.`);
    }
    const upos = LinearModel.fromSections(file.sections, "upos", UPOS_CLASSES, path);
    const xpos = LinearModel.fromSections(file.sections, "xpos", xposTags.length, path);
    const lexKeys = file.sections.get("lex.keys");
    const lexValues = file.sections.get("lex.values");
    if (!(lexKeys instanceof Uint32Array) || !(lexValues instanceof Uint32Array) || lexKeys.length !== lexValues.length) {
      throw new TacitusError("MODEL_FILE", `Model file ${path} lacks its tag lexicon; retrain it with \`npm run train\`.`);
    }
    return new PosTagger(
      upos, xpos, xposTags as string[], lexKeys, lexValues, readInfo(file.header), file.header["gazetteer"] === true ? gazetteer : null,
    );
  }
}

/**
 * The C_LEX value of a word: its ambiguity class from the sorted lexicon arrays (binary search)
 * and its single-word gazetteer bits above NAME_SHIFT; the encoder caches it per form.
 */
function lexiconLookup(keys: Uint32Array, values: Uint32Array, gazetteer: Gazetteer | null): (lower: string, hash: number) => number {
  return (lower, hash) => {
    const names = (gazetteerBits(lower, gazetteer) & ~G_MULTI) << NAME_SHIFT;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = keys[mid] ?? 0;
      if (key === hash) return ((values[mid] ?? 0) | names) >>> 0;
      if (key < hash) lo = mid + 1;
      else hi = mid - 1;
    }
    return names >>> 0;
  };
}

/** Ambiguity classes: for lowercase forms seen `minCount` times, the UPOS tags with at least `minShare` of them. */
function buildLexicon(sentences: readonly GoldSentence[], minCount: number, minShare: number): [Uint32Array, Uint32Array] {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const lower = (s.forms[i] ?? "").toLowerCase();
      let tags = counts.get(lower);
      if (tags === undefined) counts.set(lower, (tags = new Map()));
      const tag = s.upos[i] ?? "X";
      tags.set(tag, (tags.get(tag) ?? 0) + 1);
    }
  }
  const entries: [number, number][] = [];
  for (const [lower, tags] of counts) {
    let total = 0;
    for (const n of tags.values()) total += n;
    if (total < minCount) continue;
    let mask = 0;
    for (const [tag, n] of tags) if (n >= minShare * total) mask |= 1 << Math.max(0, UPOS.indexOf(tag as (typeof UPOS)[number]));
    entries.push([hashString(lower), mask]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return [Uint32Array.from(entries, (e) => e[0]), Uint32Array.from(entries, (e) => e[1])];
}

export function readInfo(header: ModelHeader): ModelInfo {
  return {
    trainedOn: Array.isArray(header["trainedOn"]) ? (header["trainedOn"] as string[]) : [],
    options: typeof header["options"] === "object" && header["options"] !== null ? (header["options"] as Record<string, unknown>) : {},
    scores: typeof header["scores"] === "object" && header["scores"] !== null ? (header["scores"] as Record<string, number>) : {},
    seconds: typeof header["seconds"] === "number" ? header["seconds"] : 0,
  };
}

export interface TaggerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  lexMinCount: number;
  lexMinShare: number;
  log?: (message: string) => void;
}

/** Trains UPOS and XPOS perceptrons in one pass over the (already augmented) sentences. */
export function trainTagger(sentences: readonly GoldSentence[], options: TaggerTrainOptions, gazetteer: Gazetteer | null = null): PosTagger {
  const began = performance.now();
  const xposTags = [...new Set(sentences.flatMap((s) => s.xpos))].sort();
  const xposIndex = new Map(xposTags.map((t, i) => [t, i]));
  const uposIndex = new Map(UPOS.map((t, i) => [t as string, i]));
  // Static features once per token; epochs then only add history features.
  let tokens = 0;
  for (const s of sentences) tokens += s.forms.length;
  const statics = new Uint32Array(tokens * STATIC_FEATURES);
  const goldUpos = new Uint8Array(tokens);
  const goldXpos = new Uint16Array(tokens);
  const starts = new Int32Array(sentences.length + 1);
  const [lexKeys, lexValues] = buildLexicon(sentences, options.lexMinCount, options.lexMinShare);
  const encoder = new SentenceEncoder(lexiconLookup(lexKeys, lexValues, gazetteer));
  const scratch = new Uint32Array(MAX_FEATURES);
  let t = 0;
  sentences.forEach((s, si) => {
    starts[si] = t;
    encoder.encode(s.forms);
    const sentCase = encoder.sentenceCase();
    for (let i = 0; i < s.forms.length; i++, t++) {
      staticFeatures(encoder, i, sentCase, scratch);
      statics.set(scratch.subarray(0, STATIC_FEATURES), t * STATIC_FEATURES);
      goldUpos[t] = Math.max(1, uposIndex.get(s.upos[i] ?? "X") ?? UPOS.indexOf("X"));
      goldXpos[t] = xposIndex.get(s.xpos[i] ?? "") ?? 0;
    }
  });
  starts[sentences.length] = t;
  const uposTrainer = new PerceptronTrainer(UPOS_CLASSES, 1 << 18);
  const xposTrainer = new PerceptronTrainer(xposTags.length, 1 << 18);
  const scores = new Float32Array(Math.max(UPOS_CLASSES, xposTags.length));
  const order = sentences.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let correctU = 0;
    let correctX = 0;
    for (const si of order) {
      const s = sentences[si] as GoldSentence;
      const base = starts[si] ?? 0;
      encoder.encode(s.forms);
      let p1 = START_TAG;
      let p2 = START_TAG;
      let x1 = START_TAG;
      for (let i = 0; i < s.forms.length; i++) {
        const token = base + i;
        scratch.set(statics.subarray(token * STATIC_FEATURES, (token + 1) * STATIC_FEATURES));
        let n = uposHistory(encoder, i, p1, p2, scratch, STATIC_FEATURES);
        uposTrainer.score(scratch, n, scores);
        const guess = argmax(scores, UPOS_CLASSES);
        const truth = (goldUpos[token] ?? 1) - 1;
        uposTrainer.update(truth, guess, scratch, n);
        if (guess === truth) correctU++;
        p2 = p1;
        p1 = guess;
        // XPOS learns from gold UPOS context.
        n = xposHistory(encoder, i, goldUpos, base, x1, scratch, TYPE_FEATURES);
        xposTrainer.score(scratch, n, scores);
        const xGuess = argmax(scores, xposTags.length);
        const xTruth = goldXpos[token] ?? 0;
        xposTrainer.update(xTruth, xGuess, scratch, n);
        if (xGuess === xTruth) correctX++;
        x1 = xGuess;
      }
    }
    options.log?.(`tagger epoch ${epoch + 1}/${options.epochs}: train UPOS ${(100 * correctU / t).toFixed(2)} XPOS ${(100 * correctX / t).toFixed(2)}`);
  }
  const info: ModelInfo = {
    trainedOn: [],
    options: {
      epochs: options.epochs, seed: options.seed, minWeight: options.minWeight,
      lexMinCount: options.lexMinCount, lexMinShare: options.lexMinShare,
    },
    scores: {},
    seconds: (performance.now() - began) / 1000,
  };
  return new PosTagger(
    uposTrainer.finalize(options.minWeight), xposTrainer.finalize(options.minWeight), xposTags, lexKeys, lexValues, info, gazetteer,
  );
}
