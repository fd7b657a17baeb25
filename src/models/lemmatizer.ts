import { TacitusError } from "../errors/index.js";
import type { GoldSentence } from "./corpus.js";
import { hashString, mix, mix3, seededRandom, shuffleInPlace } from "./hash.js";
import { packStrings, readModelFile, unpackStrings, writeModelFile, type ModelHeader, type SectionArray } from "./model-file.js";
import { argmax, LinearModel, PerceptronTrainer } from "./perceptron.js";
import { capitalizeFirstLetter, caseFlags } from "./word-features.js";
import { readInfo, type ModelInfo } from "./tagger.js";

/**
 * An edit script "C|n|suffix": strip n characters from the end of the form, append suffix; C says
 * how to case the result: L lowercase, K keep the form's case (proper nouns), T capitalize the
 * first letter ("i", "me" -> "I"), U uppercase.
 */
export function editClass(form: string, lemma: string): string {
  const lf = form.toLowerCase();
  const ll = lemma.toLowerCase();
  let p = 0;
  while (p < lf.length && p < ll.length && lf.charCodeAt(p) === ll.charCodeAt(p)) p++;
  const strip = lf.length - p;
  const append = ll.slice(p);
  let mode = "K";
  if (lemma === ll) mode = "L";
  else if (lemma === form.slice(0, form.length - strip) + append) mode = "K";
  else if (lemma === capitalizeFirstLetter(ll)) mode = "T";
  else if (lemma === lemma.toUpperCase()) mode = "U";
  return `${mode}|${strip}|${append}`;
}

/** Applies an edit script; null when it does not fit the form. */
export function applyEdit(form: string, edit: string): string | null {
  const bar = edit.indexOf("|", 2);
  const strip = Number(edit.slice(2, bar));
  if (!(strip <= form.length)) return null;
  const result = form.slice(0, form.length - strip) + edit.slice(bar + 1);
  if (result.length === 0) return null;
  switch (edit.charCodeAt(0)) {
    case 75 /* K */: return result;
    case 84 /* T */: return capitalizeFirstLetter(result.toLowerCase());
    case 85 /* U */: return result.toUpperCase();
    default: return result.toLowerCase();
  }
}

const MAX_FEATURES = 20;

function lemmaFeatures(lower: string, flags: number, upos: string, xpos: string, out: Uint32Array): number {
  const x = hashString(xpos);
  const u = hashString(upos);
  let n = 0;
  out[n++] = mix(1, x);
  out[n++] = mix(2, u);
  out[n++] = mix3(3, u, flags);
  out[n++] = mix3(4, x, Math.min(lower.length, 12));
  for (let k = 1; k <= 5; k++) {
    const suffix = hashString(lower.slice(-k), k);
    out[n++] = mix3(10 + k, x, suffix);
    out[n++] = mix3(20 + k, u, suffix);
  }
  out[n++] = mix3(30, x, hashString(lower.slice(0, 2)));
  return n;
}

/** Edit-script classifier plus an exception table of (lowercase form, XPOS) -> edit for irregulars. */
export class Lemmatizer {
  readonly model: LinearModel;
  readonly edits: readonly string[];
  /** XPOS -> lowercase form -> edit index. */
  private readonly exceptions: Map<string, Map<string, number>>;
  readonly exceptionCount: number;
  info: ModelInfo;
  /** Verb lemmas (data/lexicon/verbs.txt): a verb's lemma is one of them when a likely edit gives one ("traded" is "trade", not "trad"). */
  knownVerbs: ReadonlySet<string> | null = null;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores: Float32Array;

  constructor(model: LinearModel, edits: readonly string[], exceptions: Map<string, Map<string, number>>, info: ModelInfo) {
    this.model = model;
    this.edits = edits;
    this.exceptions = exceptions;
    this.info = info;
    let count = 0;
    for (const m of exceptions.values()) count += m.size;
    this.exceptionCount = count;
    this.scores = new Float32Array(edits.length);
  }

  /** Lemma of a form given its predicted tags. */
  lemmatize(form: string, upos: string, xpos: string): string {
    const lower = form.toLowerCase();
    const known = this.exceptions.get(xpos)?.get(lower);
    if (known !== undefined) return applyEdit(form, this.edits[known] ?? "L|0|") ?? lower;
    const n = lemmaFeatures(lower, caseFlags(form), upos, xpos, this.features);
    this.model.score(this.features, n, this.scores);
    // Best edit that fits the form; for a verb, the best of the likely ones that gives a known verb.
    const verbs = upos === "VERB" ? this.knownVerbs : null;
    let best: string | null = null;
    for (let tries = 0; tries < 4; tries++) {
      const k = argmax(this.scores, this.edits.length);
      const result = applyEdit(form, this.edits[k] ?? "L|0|");
      this.scores[k] = -Infinity;
      if (result === null) continue;
      if (verbs === null || verbs.has(result.toLowerCase())) return result;
      best ??= result;
    }
    return best ?? (upos === "PROPN" ? form : lower);
  }

  save(path: string): number {
    const rows: string[] = [];
    for (const [xpos, forms] of this.exceptions) for (const [lower, edit] of forms) rows.push(`${xpos}\t${lower}\t${edit}`);
    rows.sort();
    const header: ModelHeader = { format: 1, kind: "lemmatizer", edits: this.edits, ...this.info };
    const sections = new Map<string, SectionArray>([...this.model.toSections("edit"), ["exceptions", packStrings(rows)]]);
    return writeModelFile(path, header, sections);
  }

  static load(path: string): Lemmatizer {
    const file = readModelFile(path, "lemmatizer");
    const edits = file.header["edits"];
    if (!Array.isArray(edits) || !edits.every((e) => typeof e === "string")) {
      throw new TacitusError("MODEL_FILE", `Model file ${path} lacks its edit list; retrain it with \`npm run train\`.`);
    }
    const model = LinearModel.fromSections(file.sections, "edit", edits.length, path);
    const packed = file.sections.get("exceptions");
    if (!(packed instanceof Uint8Array)) throw new TacitusError("MODEL_FILE", `Model file ${path} lacks its exception table; retrain it.`);
    const exceptions = new Map<string, Map<string, number>>();
    for (const row of unpackStrings(packed)) {
      const [xpos = "", lower = "", edit = "0"] = row.split("\t");
      let forms = exceptions.get(xpos);
      if (forms === undefined) exceptions.set(xpos, (forms = new Map()));
      forms.set(lower, Number(edit));
    }
    return new Lemmatizer(model, edits as string[], exceptions, readInfo(file.header));
  }
}

export interface LemmatizerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  /** Edits seen on fewer word types than this are left to the exception table. */
  minEditTypes: number;
  /**
   * Irregular verb forms ("fled", "froze") for the exception table where the classifier gets
   * them wrong; they take precedence over the treebanks' pairs for the same form and XPOS.
   */
  irregular?: readonly { form: string; xpos: string; lemma: string }[];
  log?: (message: string) => void;
}

interface LemmaType {
  form: string;
  lower: string;
  upos: string;
  xpos: string;
  edit: string;
  count: number;
}

/** Trains on distinct (form, UPOS, XPOS, lemma) types; then tabulates the training forms it gets wrong. */
export function trainLemmatizer(sentences: readonly GoldSentence[], options: LemmatizerTrainOptions): Lemmatizer {
  const began = performance.now();
  const byKey = new Map<string, LemmaType>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const form = s.forms[i] ?? "";
      const lemma = s.lemmas[i] ?? "_";
      if (lemma === "_" || form.length === 0) continue;
      const upos = s.upos[i] ?? "X";
      const xpos = s.xpos[i] ?? "_";
      const key = `${form}\t${upos}\t${xpos}\t${lemma}`;
      const known = byKey.get(key);
      if (known !== undefined) known.count++;
      else byKey.set(key, { form, lower: form.toLowerCase(), upos, xpos, edit: editClass(form, lemma), count: 1 });
    }
  }
  const types = [...byKey.values()];
  const editTypes = new Map<string, number>();
  for (const t of types) editTypes.set(t.edit, (editTypes.get(t.edit) ?? 0) + 1);
  const edits = [...editTypes.entries()].filter(([, n]) => n >= options.minEditTypes).map(([e]) => e).sort();
  const editIndex = new Map(edits.map((e, i) => [e, i]));
  const trainable = types.filter((t) => editIndex.has(t.edit));
  const trainer = new PerceptronTrainer(edits.length, 1 << 14);
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(edits.length);
  const random = seededRandom(options.seed);
  const order = trainable.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    for (const index of order) {
      const t = trainable[index] as LemmaType;
      const n = lemmaFeatures(t.lower, caseFlags(t.form), t.upos, t.xpos, features);
      trainer.score(features, n, scores);
      const guess = argmax(scores, edits.length);
      const truth = editIndex.get(t.edit) ?? 0;
      trainer.update(truth, guess, features, n);
      if (guess === truth) correct++;
    }
    options.log?.(`lemmatizer epoch ${epoch + 1}/${options.epochs}: train types ${(100 * correct / trainable.length).toFixed(2)}`);
  }
  const info: ModelInfo = {
    trainedOn: [],
    options: { ...options, log: undefined, irregular: options.irregular?.length ?? 0 },
    scores: {},
    seconds: 0,
  };
  const draft = new Lemmatizer(trainer.finalize(options.minWeight), edits, new Map(), info);
  // Exception table: per (XPOS, lowercase form) the most frequent edit, kept where the classifier disagrees.
  const best = new Map<string, { type: LemmaType; count: number }>();
  for (const t of types) {
    const key = `${t.xpos}\t${t.lower}`;
    const known = best.get(key);
    if (known === undefined || t.count > known.count) best.set(key, { type: t, count: t.count });
  }
  // A curated list beats the treebanks' slips (GUM lemmatizes "fled" as "flead").
  for (const { form, xpos, lemma } of options.irregular ?? []) {
    best.set(`${xpos}\t${form}`, { type: { form, lower: form, upos: "VERB", xpos, edit: editClass(form, lemma), count: 0 }, count: 0 });
  }
  const allEdits = [...edits];
  const allIndex = new Map(editIndex);
  const exceptions = new Map<string, Map<string, number>>();
  for (const { type: t } of [...best.values()].sort((a, b) => (a.type.xpos + a.type.lower < b.type.xpos + b.type.lower ? -1 : 1))) {
    const predicted = draft.lemmatize(t.form, t.upos, t.xpos);
    if (predicted === applyEdit(t.form, t.edit)) continue;
    let index = allIndex.get(t.edit);
    if (index === undefined) {
      index = allEdits.length;
      allEdits.push(t.edit);
      allIndex.set(t.edit, index);
    }
    let forms = exceptions.get(t.xpos);
    if (forms === undefined) exceptions.set(t.xpos, (forms = new Map()));
    forms.set(t.lower, index);
  }
  info.seconds = (performance.now() - began) / 1000;
  // Edits only the table uses get no classifier weights (class ids beyond the model's are never scored).
  const model = draft.model;
  return new Lemmatizer(new LinearModel(allEdits.length, model.ids, model.offsets, model.classIds, model.weights), allEdits, exceptions, info);
}
