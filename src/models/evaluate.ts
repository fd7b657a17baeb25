import { byDocument, lowercased, type EntitySpan, type GoldSentence } from "./corpus.js";
import type { Lemmatizer } from "./lemmatizer.js";
import { entityScores, tagScores, tokenAccuracy, type EntityScores, type TagScores, type TaggedSentence } from "./metrics.js";
import type { EntityRecognizer } from "./ner.js";
import type { PosTagger } from "./tagger.js";
import { casingIsNoise, type Truecaser } from "./truecaser.js";

/** How the input of an evaluation row was prepared. */
export type InputCase = "cased" | "lower" | "truecased";
export const INPUT_CASES: readonly InputCase[] = ["cased", "lower", "truecased"];

/** The forms a model sees: as in the treebank, lowercased, or lowercased then restored by the truecaser. */
export function prepareInput(gold: readonly GoldSentence[], input: InputCase, truecaser: Truecaser | null): GoldSentence[] {
  if (input === "cased") return [...gold];
  const lower = lowercased(gold);
  if (input === "lower" || truecaser === null) return lower;
  return lower.map((s) => ({ ...s, forms: truecaser.truecase(s.forms) }));
}

/** Tags and lemmatizes each sentence (lemmas are empty strings without a lemmatizer). */
export function predictTags(tagger: PosTagger, lemmatizer: Lemmatizer | null, sentences: readonly GoldSentence[]): TaggedSentence[] {
  return sentences.map((s) => {
    const { upos, xpos } = tagger.tag(s.forms);
    const lemmas = lemmatizer === null ? s.forms.map(() => "") : s.forms.map((f, i) => lemmatizer.lemmatize(f, upos[i] ?? "X", xpos[i] ?? "_"));
    return { upos, xpos, lemmas };
  });
}

export function evaluateTagger(
  tagger: PosTagger, lemmatizer: Lemmatizer | null, gold: readonly GoldSentence[], input: InputCase, truecaser: Truecaser | null = null,
): TagScores {
  const system = predictTags(tagger, lemmatizer, prepareInput(gold, input, truecaser));
  const reference = gold.map((s) => ({ upos: s.upos, xpos: s.xpos, lemmas: s.lemmas }));
  return tagScores(reference, system, { lemmaIgnoreCase: input !== "cased" });
}

/** Entity spans per sentence; sentences of one document (docId) are labelled together. */
export function predictSpans(tagger: PosTagger, recognizer: EntityRecognizer, sentences: readonly GoldSentence[]): EntitySpan[][] {
  const out: EntitySpan[][] = sentences.map(() => []);
  const indexed = sentences.map((s, index) => ({ ...s, index }));
  for (const doc of byDocument(indexed)) {
    const spans = recognizer.recognizeDocument(doc.map((s) => ({ forms: s.forms, upos: tagger.tag(s.forms).upos })));
    doc.forEach((s, k) => {
      out[s.index] = spans[k] ?? [];
    });
  }
  return out;
}

export function evaluateRecognizer(
  tagger: PosTagger, recognizer: EntityRecognizer, gold: readonly GoldSentence[], input: InputCase, truecaser: Truecaser | null = null,
): EntityScores {
  return entityScores(gold.map((s) => s.entities), predictSpans(tagger, recognizer, prepareInput(gold, input, truecaser)));
}

/**
 * Exact-form token accuracy of the truecaser on lowercased input (all tokens, punctuation
 * included); `conventional` leaves out sentences typed without capitals or shouted, whose gold
 * casing no model can recover.
 */
export function evaluateTruecaser(truecaser: Truecaser, gold: readonly GoldSentence[]): { all: number; conventional: number } {
  const predicted = gold.map((s) => truecaser.truecase(s.forms));
  const keep = gold.map((s) => !casingIsNoise(s.forms));
  return {
    all: tokenAccuracy(gold.map((s) => s.forms), predicted),
    conventional: tokenAccuracy(gold.filter((_, i) => keep[i]).map((s) => s.forms), predicted.filter((_, i) => keep[i])),
  };
}

/** One row of the evaluation table: a metric on a test set under each input casing (null = not measured). */
export interface MetricRow {
  metric: string;
  set: string;
  values: Partial<Record<InputCase, number | null>>;
  note?: string;
}

/** Rows from one component; the parser adds its UAS/LAS through one of these. */
export interface MetricProvider {
  name: string;
  rows(): MetricRow[] | Promise<MetricRow[]>;
}

const HEADINGS: Record<InputCase, string> = { cased: "cased", lower: "lowercased", truecased: "lowercased+truecaser" };

/** Renders rows as one Markdown table. */
export function formatTable(rows: readonly MetricRow[]): string {
  const header = ["metric", "set", ...INPUT_CASES.map((c) => HEADINGS[c]), "note"];
  const body = rows.map((r) => [
    r.metric, r.set,
    ...INPUT_CASES.map((c) => {
      const v = r.values[c];
      return v === undefined ? "" : v === null ? "—" : v.toFixed(2);
    }),
    r.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

/** Builds the table from every provider, in order. */
export async function evaluationTable(providers: readonly MetricProvider[]): Promise<string> {
  const rows: MetricRow[] = [];
  for (const provider of providers) rows.push(...(await provider.rows()));
  return formatTable(rows);
}
