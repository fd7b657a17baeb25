import { join } from "node:path";
import type { Doc } from "../../doc/document.js";
import { loadLanguageData } from "../../lexicon/language-data.js";
import type { Gazetteer } from "../../models/gazetteer-features.js";
import { applyCase, Truecaser } from "../../models/truecaser.js";
import type { Stage } from "../../pipeline/index.js";
import { modelsDir } from "../../paths.js";

export interface TruecaserOptions {
  modelsDir?: string;
  /** The language data the model was trained with (src/lexicon); loaded when omitted. */
  gazetteer?: Gazetteer;
}

export function loadTruecaser(options: TruecaserOptions = {}): Truecaser {
  return Truecaser.load(join(options.modelsDir ?? modelsDir(), "truecaser.bin"), options.gazetteer ?? loadLanguageData());
}

/** Buffers reused from document to document. */
export class TruecaseScratch {
  classes = new Uint8Array(256);
}

/**
 * Predicts the case class of every token from the lowercase text; returns the classes
 * (CASE_LOWER, CASE_TITLE, CASE_UPPER, CASE_MIXED of src/models/truecaser.ts), valid until the
 * scratch is reused.
 */
export function predictCaseClasses(doc: Doc, truecaser: Truecaser, scratch: TruecaseScratch = new TruecaseScratch()): Uint8Array {
  if (scratch.classes.length < doc.tokenCount) scratch.classes = new Uint8Array(Math.max(doc.tokenCount, scratch.classes.length * 2));
  const classes = scratch.classes;
  const sentence = truecaser.sentence;
  const count = doc.sentenceCount === 0 ? 1 : doc.sentenceCount;
  for (let s = 0; s < count; s++) {
    const [from, to] = doc.sentenceCount === 0 ? [0, doc.tokenCount] : doc.sentenceTokens(s);
    if (to <= from) continue;
    sentence.begin(to - from);
    for (let i = from; i < to; i++) sentence.set(i - from, doc.lower(i));
    truecaser.classifyEncoded(classes, from);
  }
  return classes;
}

/**
 * Fills `doc.tokens.cased` for every token with the model's casing of its lowercase form. Runs
 * only when `doc.casingDamaged` (set by the casing stage) unless `force`.
 */
export function truecaseWithModel(doc: Doc, truecaser: Truecaser, force = false, scratch: TruecaseScratch = new TruecaseScratch()): void {
  if (!doc.casingDamaged && !force) return;
  const classes = predictCaseClasses(doc, truecaser, scratch);
  const t = doc.tokens;
  const made = new Map<number, number>();
  for (let i = 0; i < doc.tokenCount; i++) {
    const lowerId = t.lower[i] ?? 0;
    const c = classes[i] ?? 0;
    const key = lowerId * 4 + c;
    let id = made.get(key);
    if (id === undefined) {
      id = c === 0 ? lowerId : doc.strings.intern(applyCase(doc.strings.get(lowerId), c, truecaser.mixed));
      made.set(key, id);
    }
    t.cased[i] = id;
  }
}

export interface TruecaseModelStageOptions extends TruecaserOptions {
  truecaser?: Truecaser;
  /** Truecase every document, damaged or not (default false). */
  always?: boolean;
}

/** Statistical truecasing of documents whose casing the casing stage found damaged. */
export function createTruecaseModelStage(options: TruecaseModelStageOptions = {}): Stage {
  const truecaser = options.truecaser ?? loadTruecaser(options);
  const scratch = new TruecaseScratch();
  return {
    name: "truecase-model",
    requires: ["casing"],
    assigns: ["truecase"],
    run: (doc) => truecaseWithModel(doc, truecaser, options.always === true, scratch),
  };
}
