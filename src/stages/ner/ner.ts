import { join } from "node:path";
import { UPOS_ID, type Doc } from "../../doc/document.js";
import { loadLanguageData } from "../../lexicon/language-data.js";
import type { EntitySpan } from "../../models/corpus.js";
import type { Gazetteer } from "../../models/gazetteer-features.js";
import { countCasingOf, EntityRecognizer, fillProfile, harmonizeDocument, spansOf } from "../../models/ner.js";
import { caseFlags } from "../../models/word-features.js";
import type { Stage } from "../../pipeline/index.js";
import { modelsDir } from "../../paths.js";

/** A predicted named entity: tokens [start, end) of the document. */
export type PredictedEntity = EntitySpan;

export interface NerModelOptions {
  modelsDir?: string;
  /** The language data the model was trained with (src/lexicon); loaded when omitted (about 0.2 s). */
  gazetteer?: Gazetteer;
}

/** Loads models/ner.bin with its gazetteer. */
export function loadRecognizer(options: NerModelOptions = {}): EntityRecognizer {
  const path = join(options.modelsDir ?? modelsDir(), "ner.bin");
  return EntityRecognizer.load(path, options.gazetteer ?? loadLanguageData());
}

/** Buffers reused from document to document. */
export class NerScratch {
  classes = new Uint8Array(256);
  profile = new Uint8Array(256);
  /** Case flags by document string id (-1 = not computed yet). */
  flags = new Int32Array(1024);
}

/**
 * Entity spans over the document's tokens, from the `cased` forms and the UPOS column (run the
 * tag stage first). Spans never cross sentences; labels are made consistent across the document.
 */
export function predictEntities(doc: Doc, recognizer: EntityRecognizer, scratch: NerScratch = new NerScratch()): PredictedEntity[] {
  if (scratch.classes.length < doc.tokenCount) {
    scratch.classes = new Uint8Array(Math.max(doc.tokenCount, scratch.classes.length * 2));
    scratch.profile = new Uint8Array(scratch.classes.length);
  }
  const { classes, profile } = scratch;
  const sentence = recognizer.sentence;
  const out: PredictedEntity[] = [];
  const count = doc.sentenceCount === 0 ? 1 : doc.sentenceCount;
  const bounds = (s: number): [number, number] => (doc.sentenceCount === 0 ? [0, doc.tokenCount] : doc.sentenceTokens(s));
  const encode = (from: number, to: number): void => {
    sentence.begin(to - from);
    for (let i = from; i < to; i++) sentence.set(i - from, doc.cased(i));
  };
  // Pass 1: how each word is cased mid-sentence across the document (from the tokens' strings,
  // each looked at once); pass 2: label.
  const counts = new Map<string, number>();
  const strings = doc.strings;
  if (scratch.flags.length < strings.size) scratch.flags = new Int32Array(strings.size * 2);
  const flagsById = scratch.flags.fill(-1, 0, strings.size);
  const lowerById = new Map<number, string>();
  for (let s = 0; s < count; s++) {
    const [from, to] = bounds(s);
    for (let i = from + 1; i < to; i++) {
      const id = doc.tokens.cased[i] ?? 0;
      let flags = flagsById[id] ?? -1;
      if (flags < 0) {
        const form = strings.get(id);
        flags = caseFlags(form);
        flagsById[id] = flags;
        lowerById.set(id, form.toLowerCase());
      }
      countCasingOf(lowerById.get(id) ?? "", flags, counts);
    }
  }
  for (let s = 0; s < count; s++) {
    const [from, to] = bounds(s);
    if (to <= from) continue;
    encode(from, to);
    fillProfile(sentence, counts, profile, from);
    recognizer.labelEncoded(doc.tokens.upos, from, classes, profile);
    spansOf(classes, from, to, out, from);
  }
  if (!recognizer.harmonize) return out;
  const propn = UPOS_ID.PROPN;
  return harmonizeDocument(out, doc.tokenCount, (i) => doc.lower(i), (i) => doc.tokens.upos[i] === propn, (i) => doc.sentenceOf(i));
}

/** A `predictEntities(doc)` bound to a loaded model (load once, call per document). */
export function createEntityPredictor(options: NerModelOptions & { recognizer?: EntityRecognizer } = {}): (doc: Doc) => PredictedEntity[] {
  const recognizer = options.recognizer ?? loadRecognizer(options);
  const scratch = new NerScratch();
  return (doc) => predictEntities(doc, recognizer, scratch);
}

export interface NerStageOptions extends NerModelOptions {
  recognizer?: EntityRecognizer;
  /** Receives the spans of each document; how they become Mentions is the caller's business. */
  onEntities: (doc: Doc, entities: PredictedEntity[]) => void;
}

/** Runs the statistical recognizer and hands the spans to `onEntities`; it adds no annotation itself. */
export function createNerStage(options: NerStageOptions): Stage {
  const predict = createEntityPredictor(options);
  return {
    name: "ner-model",
    requires: ["pos"],
    assigns: [],
    run: (doc) => options.onEntities(doc, predict(doc)),
  };
}
