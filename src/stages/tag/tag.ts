import { join } from "node:path";
import { UPOS, type Doc } from "../../doc/document.js";
import type { Gazetteer } from "../../models/gazetteer-features.js";
import { Lemmatizer } from "../../models/lemmatizer.js";
import { loadLanguageData } from "../../lexicon/language-data.js";
import { PosTagger } from "../../models/tagger.js";
import type { Stage } from "../../pipeline/index.js";
import { modelsDir } from "../../paths.js";

export interface TagModels {
  tagger: PosTagger;
  lemmatizer: Lemmatizer;
}

export interface TagModelOptions {
  modelsDir?: string;
  /** The language data the tagger was trained with (loaded from data/ when absent). */
  gazetteer?: Gazetteer;
}

/** Loads models/tagger.bin and models/lemmatizer.bin (MODEL_FILE errors when missing or corrupt). */
export function loadTagModels(options: TagModelOptions = {}): TagModels {
  const dir = options.modelsDir ?? modelsDir();
  const gazetteer = options.gazetteer ?? loadLanguageData();
  const lemmatizer = Lemmatizer.load(join(dir, "lemmatizer.bin"));
  lemmatizer.knownVerbs = gazetteer.verbs ?? null;
  return { tagger: PosTagger.load(join(dir, "tagger.bin"), gazetteer), lemmatizer };
}

/** Buffers reused from document to document by one stage instance. */
export class TagScratch {
  xpos = new Uint16Array(256);
  /** Lemma by form, then by XPOS index; kept across documents (bounded). */
  readonly lemmas = new Map<string, string[]>();

  lemmaOf(form: string, upos: number, x: number, models: TagModels): string {
    let byTag = this.lemmas.get(form);
    if (byTag === undefined) {
      if (this.lemmas.size >= 50_000) this.lemmas.clear();
      byTag = [];
      this.lemmas.set(form, byTag);
    }
    let lemma = byTag[x];
    if (lemma === undefined) {
      lemma = models.lemmatizer.lemmatize(form, UPOS[upos] ?? "X", models.tagger.xposTags[x] ?? "_");
      byTag[x] = lemma;
    }
    return lemma;
  }

  ensure(tokens: number): void {
    if (this.xpos.length < tokens) this.xpos = new Uint16Array(Math.max(tokens, this.xpos.length * 2));
  }
}

/**
 * Writes UPOS, XPOS (interned) and lemma (interned) columns for every token, reading the
 * `cased` column so a truecasing stage that ran before improves the tags.
 */
export function tagDoc(doc: Doc, models: TagModels, scratch: TagScratch = new TagScratch()): void {
  const { tagger } = models;
  const t = doc.tokens;
  scratch.ensure(doc.tokenCount);
  const xpos = scratch.xpos;
  xpos.fill(0, 0, doc.tokenCount);
  const sentence = tagger.sentence;
  const sentences = doc.sentenceCount;
  // Without sentences the whole document is one sequence.
  const count = sentences === 0 ? 1 : sentences;
  for (let s = 0; s < count; s++) {
    const [from, to] = sentences === 0 ? [0, doc.tokenCount] : doc.sentenceTokens(s);
    if (to <= from) continue;
    sentence.begin(to - from);
    for (let i = from; i < to; i++) sentence.set(i - from, doc.cased(i));
    tagger.tagEncoded(t.upos, xpos, from);
  }
  // Tag strings are interned once per document; lemmas once per (form, XPOS).
  const xposIds = new Int32Array(tagger.xposTags.length).fill(-1);
  const lemmaIds = new Map<number, number>();
  const tags = tagger.xposTags.length;
  for (let i = 0; i < doc.tokenCount; i++) {
    const x = xpos[i] ?? 0;
    let xid = xposIds[x] ?? -1;
    if (xid < 0) {
      xid = doc.strings.intern(tagger.xposTags[x] ?? "_");
      xposIds[x] = xid;
    }
    t.xpos[i] = xid;
    const casedId = t.cased[i] ?? 0;
    const key = casedId * tags + x;
    let lemmaId = lemmaIds.get(key);
    if (lemmaId === undefined) {
      lemmaId = doc.strings.intern(scratch.lemmaOf(doc.strings.get(casedId), t.upos[i] ?? 0, x, models));
      lemmaIds.set(key, lemmaId);
    }
    t.lemma[i] = lemmaId;
  }
}

export interface TagStageOptions {
  /** Preloaded models (shared between pipelines); loaded from `modelsDir` otherwise. */
  models?: TagModels;
  modelsDir?: string;
}

/** POS tagging and lemmatization with the trained models. */
export function createTagStage(options: TagStageOptions = {}): Stage {
  const models = options.models ?? loadTagModels({ modelsDir: options.modelsDir });
  const scratch = new TagScratch();
  return {
    name: "tag",
    requires: ["tokens", "sentences"],
    assigns: ["pos", "lemma"],
    run: (doc) => tagDoc(doc, models, scratch),
  };
}
