import { existsSync } from "node:fs";
import { join } from "node:path";
import { readConllu, type ConlluSentence } from "../conllu.js";
import type { MetricProvider, MetricRow } from "../evaluate.js";
import { loadLanguageData } from "../../lexicon/language-data.js";
import type { Gazetteer } from "../gazetteer-features.js";
import { PosTagger, trainTagger } from "../tagger.js";
import { Truecaser } from "../truecaser.js";
import type { Trainer, TrainContext } from "../trainers.js";
import { augmentCase, corpusPaths, toGold } from "../corpus.js";
import { deserializeParser, loadParser, saveParser, serializeParser } from "./io.js";
import type { ParserModel } from "./model.js";
import { evaluateParser, trainParser, type SentenceTags, type TrainParserOptions } from "./train.js";
import { modelsDir } from "../../paths.js";

/** The options the committed model is trained with (recorded in its header). */
export const PARSER_TRAIN_OPTIONS: Readonly<TrainParserOptions> = {
  epochs: 10,
  seed: 1,
  moveBits: 20,
  labelBits: 16,
  minWordCount: 2,
  lowerShare: 0.2,
  upperShare: 0.05,
  exploreFrom: 1,
  exploreProb: 0.9,
  goldTagShare: 0.5,
  labelMinCount: 2,
  labelMinShare: 0.005,
};

/** Jackknifing: taggers trained on all folds but one tag the held-out fold, cased and lowercased. */
export const JACKKNIFE = {
  folds: 4,
  augment: { lowerShare: 0.3, titleShare: 0.05, upperShare: 0.03, seed: 1 },
  tagger: { epochs: 4, seed: 7, minWeight: 0.05, lexMinCount: 3, lexMinShare: 0.1 },
} as const;

/**
 * Predicted tags for every training sentence from a tagger that never saw it, so the parser
 * learns how far to trust the tags it will get at run time (sentence i is in fold i mod folds).
 */
export function jackknifeTags(
  train: readonly ConlluSentence[], log: (message: string) => void,
): { cased: SentenceTags; lower: SentenceTags }[] {
  const gold = train.map((s) => toGold(s, false));
  const out: { cased: SentenceTags; lower: SentenceTags }[] = new Array(train.length);
  const k = JACKKNIFE.folds;
  const gazetteer = loadLanguageData();
  for (let fold = 0; fold < k; fold++) {
    const rest = gold.filter((_, i) => i % k !== fold);
    const tagger = trainTagger(augmentCase(rest, JACKKNIFE.augment), JACKKNIFE.tagger, gazetteer);
    let right = 0;
    let total = 0;
    for (let i = fold; i < gold.length; i += k) {
      const s = gold[i];
      if (s === undefined) continue;
      const cased = tagger.tag(s.forms);
      const lower = tagger.tag(s.forms.map((f) => f.toLowerCase()));
      out[i] = { cased, lower };
      for (let j = 0; j < s.forms.length; j++) if (cased.upos[j] === s.upos[j]) right++;
      total += s.forms.length;
    }
    log(`parser: jackknife fold ${fold + 1}/${k}, held-out UPOS ${((100 * right) / Math.max(1, total)).toFixed(2)}`);
  }
  return out;
}

export type ParseInput = "cased" | "lower" | "truecased";

/**
 * The sentences as the parser sees them: forms as given, lowercased, or lowercased then
 * truecased; gold tags, or the tagger's (tagging the forms the parser sees).
 */
export function prepareParseInput(
  gold: readonly ConlluSentence[], input: ParseInput, tagger: PosTagger | null, truecaser: Truecaser | null = null,
): ConlluSentence[] {
  return gold.map((s) => {
    const lower = s.words.map((w) => (input === "cased" ? w.form : w.form.toLowerCase()));
    const forms = input === "truecased" && truecaser !== null ? truecaser.truecase(lower) : lower;
    const tags = tagger === null ? null : tagger.tag(forms);
    return {
      ...s,
      words: s.words.map((w, i) => ({
        ...w,
        form: forms[i] ?? w.form,
        upos: tags === null ? w.upos : (tags.upos[i] ?? "X"),
        xpos: tags === null ? w.xpos : (tags.xpos[i] ?? "_"),
      })),
    };
  });
}

/** UAS/LAS of `model` on `gold` (gold tokenization) with the given input casing and tags. */
export function parserScores(
  model: ParserModel, gold: readonly ConlluSentence[], input: ParseInput, tagger: PosTagger | null,
  truecaser: Truecaser | null = null,
): { uas: number; las: number } {
  // Heads and relations are those of `gold`: only forms and tags change with the input.
  const s = evaluateParser(model, prepareParseInput(gold, input, tagger, truecaser));
  return { uas: s.uas, las: s.las };
}

const round = (n: number): number => Math.round(n * 100) / 100;

function loadTagger(dir: string, gazetteer: Gazetteer): PosTagger | null {
  const path = join(dir, "tagger.bin");
  return existsSync(path) ? PosTagger.load(path, gazetteer) : null;
}

/**
 * `npm run train -- --only parser`: jackknifed tags, then the parser on EWT + GUM train;
 * scored on EWT dev/test and GUM test with gold tags and with tagger.bin's when present.
 */
export const parserTrainer: Trainer = {
  name: "parser",
  files: ["parser.bin"],
  run(context: TrainContext) {
    const c = context.corpora;
    const train = [...readConllu(c.ewtTrain), ...readConllu(c.gumTrain)];
    const began = performance.now();
    const predicted = jackknifeTags(train, context.log);
    // Scored as saved (Int8 weights), so the header reports what the file does.
    const model = deserializeParser(serializeParser(trainParser(train, { ...PARSER_TRAIN_OPTIONS, predicted, log: context.log })));
    const seconds = (performance.now() - began) / 1000;
    const tagger = loadTagger(context.modelsDir, loadLanguageData());
    const scores: Record<string, number> = {};
    for (const [set, path] of [["ewt-dev", c.ewtDev], ["ewt-test", c.ewtTest], ["gum-test", c.gumTest]] as const) {
      const gold = readConllu(path);
      for (const input of ["cased", "lower"] as const) {
        for (const [tags, t] of [["gold-tags", null], ["predicted-tags", tagger]] as const) {
          if (tags === "predicted-tags" && t === null) continue;
          const s = parserScores(model, gold, input, t);
          scores[`${set}.${input}.${tags}.uas`] = round(s.uas);
          scores[`${set}.${input}.${tags}.las`] = round(s.las);
        }
      }
    }
    model.info = {
      trainedOn: ["UD_English-EWT r2.16 train", "GUM CC-BY train"],
      seconds: round(seconds),
      options: { ...PARSER_TRAIN_OPTIONS, jackknife: JACKKNIFE, tagsForScores: tagger === null ? "gold only (no tagger.bin)" : "gold and tagger.bin" },
      scores,
    };
    const bytes = saveParser(model, join(context.modelsDir, "parser.bin"));
    context.log(`parser: ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(0)} s, ${JSON.stringify(scores)}`);
  },
};

/**
 * Rows for bench/eval-ud.ts: UAS and LAS (CoNLL 2018 definitions, gold tokenization) with the
 * tagger's predicted tags when models/tagger.bin exists, gold tags otherwise (said in the note).
 */
export function parserMetrics(dir = modelsDir()): MetricProvider {
  return {
    name: "parser",
    rows(): MetricRow[] {
      const path = join(dir, "parser.bin");
      if (!existsSync(path)) return [];
      const model = loadParser(path);
      const gazetteer = loadLanguageData();
      const tagger = loadTagger(dir, gazetteer);
      const truecaserPath = join(dir, "truecaser.bin");
      const truecaser = existsSync(truecaserPath) ? Truecaser.load(truecaserPath, gazetteer) : null;
      const note = tagger === null ? "gold UPOS/XPOS (no tagger.bin)" : "predicted UPOS/XPOS (tagger.bin)";
      const c = corpusPaths();
      const rows: MetricRow[] = [];
      for (const [set, file] of [["EWT test", c.ewtTest], ["GUM test", c.gumTest]] as const) {
        const gold = readConllu(file);
        const cased = parserScores(model, gold, "cased", tagger);
        const lower = parserScores(model, gold, "lower", tagger);
        const truecased = truecaser === null ? null : parserScores(model, gold, "truecased", tagger, truecaser);
        rows.push({ metric: "UAS", set, values: { cased: cased.uas, lower: lower.uas, truecased: truecased?.uas ?? null }, note });
        rows.push({
          metric: "LAS", set, values: { cased: cased.las, lower: lower.las, truecased: truecased?.las ?? null },
          note: `${note}; universal relation (subtypes ignored)`,
        });
      }
      return rows;
    },
  };
}
