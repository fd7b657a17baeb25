import { TacitusError } from "../errors/index.js";
import type { GoldSentence } from "./corpus.js";
import { gazetteerBits, markMultiwordNames, multiwordFirstWords, type Gazetteer } from "./gazetteer-features.js";
import { mix, mix3, seededRandom, shuffleInPlace } from "./hash.js";
import { packStrings, readModelFile, unpackStrings, writeModelFile, type ModelHeader, type SectionArray } from "./model-file.js";
import { argmax, LinearModel, PerceptronTrainer } from "./perceptron.js";
import { readInfo, type ModelInfo } from "./tagger.js";
import {
  C_FLAGS, C_LEX, C_LOWER, C_LSHAPE, C_P3, C_S3, capitalizeFirstLetter, caseFlags, F_LOWER, F_MIXED, F_NOLETTER, F_TITLE, F_UPPER, SentenceEncoder,
} from "./word-features.js";

/** Case classes: as lowercase, Title, UPPER, or a mixed form from the exception table ("iPhone", "McCain"). */
export const CASE_LOWER = 0;
export const CASE_TITLE = 1;
export const CASE_UPPER = 2;
export const CASE_MIXED = 3;
export const CASE_CLASSES = 4;
const MAX_FEATURES = 40;
const START = 0xffff;

/** Case class of a form as written. */
export function caseClass(form: string): number {
  const flags = caseFlags(form);
  if ((flags & (F_LOWER | F_NOLETTER)) !== 0) return CASE_LOWER;
  if ((flags & F_TITLE) !== 0) return CASE_TITLE;
  // One capital letter ("I", "A", "3D"): Title and UPPER write the same.
  if ((flags & F_UPPER) !== 0) return /\p{L}.*\p{L}/u.test(form) ? CASE_UPPER : CASE_TITLE;
  return (flags & F_MIXED) !== 0 ? CASE_MIXED : CASE_LOWER;
}

/** The form `lower` written in case class `c` (mixed forms come from `mixed`, else Title). */
export function applyCase(lower: string, c: number, mixed: ReadonlyMap<string, string>): string {
  switch (c) {
    case CASE_TITLE: return capitalizeFirstLetter(lower);
    case CASE_UPPER: return lower.toUpperCase();
    case CASE_MIXED: return mixed.get(lower) ?? capitalizeFirstLetter(lower);
    default: return lower;
  }
}

/** Sentence ending (.!? or not) and length bucket: headings and subject lines are title-cased. */
function sentenceShape(e: SentenceEncoder): number {
  const last = e.lowers[e.length - 1] ?? "";
  const ends = /^[.!?]+$/.test(last) ? 1 : 0;
  const len = e.length <= 3 ? 0 : e.length <= 6 ? 1 : e.length <= 12 ? 2 : 3;
  return 1 + ends * 4 + len;
}

/** Web and mail addresses: the model leaves them as typed in lowercase. */
const ADDRESS = 1;

/**
 * Addresses stay lowercase; letters mixed with digits ("eb3326") and words without vowels
 * ("hpl", "usps") are mostly codes and acronyms. Kind times 8 plus the letter count (up to 5).
 */
function tokenKind(lower: string): number {
  if (lower.includes("@") || lower.includes("://") || lower.startsWith("www.")) return ADDRESS;
  let letters = 0;
  let digits = 0;
  let vowels = 0;
  for (let k = 0; k < lower.length; k++) {
    const code = lower.charCodeAt(k);
    if (code >= 48 && code <= 57) digits++;
    else if ((code >= 97 && code <= 122) || code > 127) {
      letters++;
      // a e i o u y, and any non-ASCII letter (which may be a vowel)
      if (code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121 || code > 127) vowels++;
    }
  }
  const length = Math.min(letters, 5);
  if (digits > 0 && letters > 0) return 8 + length;
  if (letters >= 2 && vowels === 0) return 16 + length;
  return 24 + length;
}

function caseFeatures(
  e: SentenceEncoder, i: number, gaz: Uint32Array, shape: number, kind: number, p1: number, p2: number, out: Uint32Array,
): number {
  const w = e.at(C_LOWER, i);
  const g = (gaz[i] ?? 0) | e.at(C_LEX, i);
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, w);
  out[n++] = mix(3, e.at(C_S3, i));
  out[n++] = mix(4, e.at(C_P3, i));
  out[n++] = mix(5, e.at(C_LSHAPE, i));
  out[n++] = mix(6, g);
  out[n++] = mix3(7, i === 0 ? 1 : 0, g);
  out[n++] = mix(8, e.at(C_LOWER, i - 1));
  out[n++] = mix(9, e.at(C_LOWER, i + 1));
  out[n++] = mix(10, e.at(C_LOWER, i - 2));
  out[n++] = mix(11, e.at(C_LOWER, i + 2));
  out[n++] = mix3(12, e.at(C_LOWER, i - 1), w);
  out[n++] = mix3(13, w, e.at(C_LOWER, i + 1));
  out[n++] = mix3(14, i === 0 ? 1 : 0, w);
  out[n++] = mix(15, i > 0 ? (gaz[i - 1] ?? 0) | e.at(C_LEX, i - 1) : 0xfff);
  out[n++] = mix(16, i + 1 < e.length ? (gaz[i + 1] ?? 0) | e.at(C_LEX, i + 1) : 0xfff);
  out[n++] = mix3(17, e.at(C_LOWER, i - 1), e.at(C_LOWER, i + 1));
  out[n++] = mix(18, e.at(C_S3, i + 1));
  out[n++] = mix(19, e.at(C_S3, i - 1));
  out[n++] = mix3(25, e.at(C_LOWER, i - 1), mix(w, e.at(C_LOWER, i + 1)));
  out[n++] = mix3(26, e.at(C_LOWER, i - 2), mix(e.at(C_LOWER, i - 1), w));
  out[n++] = mix3(27, i === 0 ? 1 : 0, e.at(C_LSHAPE, i));
  out[n++] = mix3(28, w, e.at(C_S3, i + 1));
  out[n++] = mix(20, p1);
  out[n++] = mix3(21, p2, p1);
  out[n++] = mix3(22, p1, w);
  out[n++] = mix3(23, p1, g);
  out[n++] = mix3(24, p1, e.at(C_LOWER, i - 1));
  out[n++] = mix(29, shape);
  out[n++] = mix3(30, shape, w);
  out[n++] = mix3(31, shape, p1);
  out[n++] = mix(32, kind);
  out[n++] = mix3(33, kind, i === 0 ? 1 : 0);
  out[n++] = mix3(34, kind, g);
  return n;
}

/** Greedy perceptron over lowercase text predicting each token's case class. */
export class Truecaser {
  readonly model: LinearModel;
  readonly mixed: ReadonlyMap<string, string>;
  readonly gazetteer: Gazetteer | null;
  info: ModelInfo;
  private readonly encoder: SentenceEncoder;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(CASE_CLASSES);
  private gaz = new Uint32Array(64);
  private readonly firstWords: ReadonlySet<string>;

  constructor(model: LinearModel, mixed: ReadonlyMap<string, string>, gazetteer: Gazetteer | null, info: ModelInfo) {
    this.model = model;
    this.mixed = mixed;
    this.gazetteer = gazetteer;
    this.firstWords = multiwordFirstWords(gazetteer);
    this.info = info;
    this.encoder = new SentenceEncoder((lower) => gazetteerBits(lower, gazetteer));
  }

  /** Fill with lowercase forms before `classifyEncoded`. */
  get sentence(): SentenceEncoder {
    return this.encoder;
  }

  /** Writes the case class of each token of `sentence` to out[offset + i]. */
  classifyEncoded(out: Uint8Array, offset: number): void {
    const e = this.encoder;
    if (this.gaz.length < e.length) this.gaz = new Uint32Array(e.length * 2);
    this.gaz.fill(0, 0, e.length);
    markMultiwordNames(e.lowers, e.length, this.gazetteer, this.gaz, this.firstWords);
    const shape = sentenceShape(e);
    let p1 = START;
    let p2 = START;
    for (let i = 0; i < e.length; i++) {
      let c = CASE_LOWER;
      const kind = tokenKind(e.lowers[i] ?? "");
      if ((e.at(C_FLAGS, i) & F_NOLETTER) === 0 && kind !== ADDRESS) {
        const n = caseFeatures(e, i, this.gaz, shape, kind, p1, p2, this.features);
        this.model.score(this.features, n, this.scores);
        c = argmax(this.scores, CASE_CLASSES);
      }
      out[offset + i] = c;
      p2 = p1;
      p1 = c;
    }
  }

  /** Convenience for evaluation: truecased forms of a sentence (input case is ignored). */
  truecase(forms: readonly string[]): string[] {
    const lowers = forms.map((f) => f.toLowerCase());
    this.encoder.encode(lowers);
    const classes = new Uint8Array(forms.length);
    this.classifyEncoded(classes, 0);
    return lowers.map((l, i) => applyCase(l, classes[i] ?? 0, this.mixed));
  }

  save(path: string): number {
    const rows = [...this.mixed.values()].sort();
    const header: ModelHeader = { format: 1, kind: "truecaser", gazetteer: this.gazetteer !== null, ...this.info };
    return writeModelFile(path, header, new Map<string, SectionArray>([...this.model.toSections("case"), ["mixed", packStrings(rows)]]));
  }

  static load(path: string, gazetteer: Gazetteer | null): Truecaser {
    const file = readModelFile(path, "truecaser");
    const model = LinearModel.fromSections(file.sections, "case", CASE_CLASSES, path);
    const packed = file.sections.get("mixed");
    if (!(packed instanceof Uint8Array)) throw new TacitusError("MODEL_FILE", `Model file ${path} lacks its mixed-case table; retrain it.`);
    const mixed = new Map(unpackStrings(packed).map((form) => [form.toLowerCase(), form]));
    return new Truecaser(model, mixed, file.header["gazetteer"] === true ? gazetteer : null, readInfo(file.header));
  }
}

export interface TruecaserTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  /** Skip shouted or all-lowercase sentences. */
  skipNoise: boolean;
  /** Perceptrons trained with seeds seed, seed + 1, ... whose mean is the model (default 1). */
  ensemble?: number;
  log?: (message: string) => void;
}

/** True for sentences whose casing teaches nothing (shouted or typed without capitals). */
export function casingIsNoise(forms: readonly string[]): boolean {
  let words = 0;
  let lower = 0;
  let upper = 0;
  for (const f of forms) {
    const flags = caseFlags(f);
    if ((flags & F_NOLETTER) !== 0) continue;
    words++;
    if ((flags & F_LOWER) !== 0) lower++;
    if ((flags & F_UPPER) !== 0 && f.length > 1) upper++;
  }
  return words >= 4 && (lower === words || upper >= words - 1);
}

/** Trains on the casing of the given sentences (noise sentences skipped); mixed forms seen twice become exceptions. */
export function trainTruecaser(sentences: readonly GoldSentence[], gazetteer: Gazetteer | null, options: TruecaserTrainOptions): Truecaser {
  const began = performance.now();
  const usable = options.skipNoise ? sentences.filter((s) => !casingIsNoise(s.forms)) : [...sentences];
  const mixedCounts = new Map<string, Map<string, number>>();
  const lowerCounts = new Map<string, number>();
  for (const s of usable) {
    for (const form of s.forms) {
      const lower = form.toLowerCase();
      lowerCounts.set(lower, (lowerCounts.get(lower) ?? 0) + 1);
      if (caseClass(form) !== CASE_MIXED) continue;
      let forms = mixedCounts.get(lower);
      if (forms === undefined) mixedCounts.set(lower, (forms = new Map()));
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
  }
  const mixed = new Map<string, string>();
  for (const [lower, forms] of [...mixedCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [best, count] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ["", 0];
    if (count >= 2 && count * 3 >= (lowerCounts.get(lower) ?? 0)) mixed.set(lower, best);
  }
  const encoder = new SentenceEncoder((lower) => gazetteerBits(lower, gazetteer));
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(CASE_CLASSES);
  const golds = usable.map((s) => Uint8Array.from(s.forms, (f) => {
    const c = caseClass(f);
    return c === CASE_MIXED && !mixed.has(f.toLowerCase()) ? CASE_TITLE : c;
  }));
  const lowers = usable.map((s) => s.forms.map((f) => f.toLowerCase()));
  let gaz = new Uint32Array(256);
  const firstWords = multiwordFirstWords(gazetteer);
  const trainOne = (seed: number): PerceptronTrainer => {
    const trainer = new PerceptronTrainer(CASE_CLASSES, 1 << 16);
    const random = seededRandom(seed);
    const order = usable.map((_, i) => i);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffleInPlace(order, random);
      let correct = 0;
      let total = 0;
      for (const si of order) {
        const forms = lowers[si] as string[];
        const gold = golds[si] as Uint8Array;
        encoder.encode(forms);
        if (gaz.length < forms.length) gaz = new Uint32Array(forms.length * 2);
        gaz.fill(0, 0, forms.length);
        markMultiwordNames(encoder.lowers, encoder.length, gazetteer, gaz, firstWords);
        const shape = sentenceShape(encoder);
        let p1 = START;
        let p2 = START;
        for (let i = 0; i < forms.length; i++) {
          const truth = gold[i] ?? 0;
          let guess = CASE_LOWER;
          const kind = tokenKind(encoder.lowers[i] ?? "");
          if ((encoder.at(C_FLAGS, i) & F_NOLETTER) === 0 && kind !== ADDRESS) {
            const n = caseFeatures(encoder, i, gaz, shape, kind, p1, p2, features);
            trainer.score(features, n, scores);
            guess = argmax(scores, CASE_CLASSES);
            trainer.update(truth, guess, features, n);
            total++;
            if (guess === truth) correct++;
          }
          p2 = p1;
          p1 = guess;
        }
      }
      options.log?.(`truecaser seed ${seed} epoch ${epoch + 1}/${options.epochs}: train accuracy ${(100 * correct / total).toFixed(2)}`);
    }
    return trainer;
  };
  const ensemble = Math.max(1, options.ensemble ?? 1);
  const model = PerceptronTrainer.finalizeMean(Array.from({ length: ensemble }, (_, k) => trainOne(options.seed + k)), options.minWeight);
  const info: ModelInfo = {
    trainedOn: [],
    options: { epochs: options.epochs, seed: options.seed, minWeight: options.minWeight, ensemble, skipNoise: options.skipNoise, skippedNoiseSentences: sentences.length - usable.length },
    scores: {},
    seconds: (performance.now() - began) / 1000,
  };
  return new Truecaser(model, mixed, gazetteer, info);
}


