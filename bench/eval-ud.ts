// Prints one table: tagger, lemmatizer, NER and truecaser scores on the UD test sets, for cased,
// lowercased and lowercased-then-truecased input. Usage: npm run eval:ud [-- --models DIR]
import { join } from "node:path";
import { loadLanguageData } from "../src/lexicon/language-data.js";
import { corporaAvailable, corpusPaths, loadGold } from "../src/models/corpus.js";
import {
  evaluateRecognizer, evaluateTagger, evaluateTruecaser, evaluationTable, type InputCase, type MetricProvider, type MetricRow,
} from "../src/models/evaluate.js";
import { Lemmatizer } from "../src/models/lemmatizer.js";
import { EntityRecognizer } from "../src/models/ner.js";
import { PosTagger } from "../src/models/tagger.js";
import { Truecaser } from "../src/models/truecaser.js";
import { parserMetrics } from "../src/models/parser/trainer.js";
import { modelsDir, sharedDir } from "../src/paths.js";

const INPUTS: readonly InputCase[] = ["cased", "lower", "truecased"];

function modelProviders(dir: string): MetricProvider[] {
  const paths = corpusPaths();
  const gazetteer = loadLanguageData();
  const tagger = PosTagger.load(join(dir, "tagger.bin"), gazetteer);
  const lemmatizer = Lemmatizer.load(join(dir, "lemmatizer.bin"));
  lemmatizer.knownVerbs = gazetteer.verbs;
  const recognizer = EntityRecognizer.load(join(dir, "ner.bin"), gazetteer);
  const truecaser = Truecaser.load(join(dir, "truecaser.bin"), gazetteer);
  const sets = [["EWT test", loadGold(paths.ewtTest, false)], ["GUM test", loadGold(paths.gumTest, true)]] as const;
  return [
    {
      name: "tagger",
      rows() {
        const rows: MetricRow[] = [];
        for (const [set, gold] of sets) {
          const byInput = new Map(INPUTS.map((input) => [input, evaluateTagger(tagger, lemmatizer, gold, input, truecaser)]));
          const pick = (key: "upos" | "xpos" | "lemma"): MetricRow["values"] =>
            Object.fromEntries(INPUTS.map((input) => [input, byInput.get(input)?.[key] ?? null]));
          rows.push({ metric: "UPOS", set, values: pick("upos") });
          rows.push({ metric: "XPOS", set, values: pick("xpos") });
          rows.push({ metric: "Lemma", set, values: pick("lemma"), note: "lowercased rows: case-insensitive" });
        }
        return rows;
      },
    },
    {
      name: "ner",
      rows() {
        const gold = sets[1][1];
        const byInput = new Map(INPUTS.map((input) => [input, evaluateRecognizer(tagger, recognizer, gold, input, truecaser)]));
        const rows: MetricRow[] = [];
        for (const label of ["PERSON", "ORG", "GPE", "ALL"] as const) {
          for (const key of ["precision", "recall", "f1"] as const) {
            rows.push({
              metric: `NER ${label} ${key === "f1" ? "F1" : key === "precision" ? "P" : "R"}`,
              set: "GUM test",
              values: Object.fromEntries(INPUTS.map((input) => [input, byInput.get(input)?.[label][key] ?? null])),
              note: key === "f1" ? `exact span; ${byInput.get("cased")?.[label].gold ?? 0} gold` : "",
            });
          }
        }
        return rows;
      },
    },
    {
      name: "truecaser",
      rows: () => sets.flatMap(([set, gold]) => {
        const accuracy = evaluateTruecaser(truecaser, gold);
        return [
          { metric: "Truecaser token acc.", set, values: { lower: accuracy.all }, note: "input lowercased; exact form, all tokens" },
          {
            metric: "Truecaser token acc.", set, values: { lower: accuracy.conventional },
            note: "same, without all-lowercase/shouted sentences",
          },
        ];
      }),
    },
  ];
}

async function main(): Promise<void> {
  if (!corporaAvailable()) {
    console.error(`Corpora not found under ${join(sharedDir(), "corpora")}; eval:ud needs ../shared.`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const dirIndex = args.indexOf("--models");
  const dir = dirIndex >= 0 ? (args[dirIndex + 1] ?? modelsDir()) : modelsDir();
  const began = performance.now();
  const table = await evaluationTable([...modelProviders(dir), parserMetrics(dir)]);
  console.log(table);
  console.log(`\n(gold tokenization; CoNLL 2018 definitions; ${((performance.now() - began) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
