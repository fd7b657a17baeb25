import { TacitusError } from "../../errors/index.js";
import { parseConllu, type ConlluSentence } from "../conllu.js";

/**
 * Attachment scores as the CoNLL 2018 shared task scorer (conll18_ud_eval.py) defines them,
 * on gold tokenization (words align one to one): every word counts, punctuation included;
 * UAS = head correct; LAS = head correct and the universal part of the relation (before ":")
 * correct, so subtypes such as nsubj:pass vs nsubj are ignored, as that scorer does.
 * `lasFull` also requires the subtype, for a stricter view. Percentages.
 */
export interface AttachmentScores {
  words: number;
  uas: number;
  las: number;
  lasFull: number;
}

function universal(deprel: string): string {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

export function scoreParses(
  gold: readonly ConlluSentence[], predicted: readonly ConlluSentence[],
): AttachmentScores {
  if (gold.length !== predicted.length) {
    throw new TacitusError("BAD_ARGUMENT", `Gold has ${gold.length} sentences, the parse ${predicted.length}; score the same sentences.`);
  }
  let words = 0;
  let heads = 0;
  let labeled = 0;
  let full = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]?.words ?? [];
    const p = predicted[s]?.words ?? [];
    if (g.length !== p.length) {
      throw new TacitusError(
        "BAD_ARGUMENT",
        `Sentence ${s + 1} has ${g.length} gold words and ${p.length} parsed; scoring needs gold tokenization.`,
      );
    }
    for (let i = 0; i < g.length; i++) {
      const gw = g[i];
      const pw = p[i];
      if (gw === undefined || pw === undefined) continue;
      words++;
      if (gw.head !== pw.head) continue;
      heads++;
      if (universal(gw.deprel) === universal(pw.deprel)) labeled++;
      if (gw.deprel === pw.deprel) full++;
    }
  }
  const pct = (x: number): number => (words === 0 ? 0 : (100 * x) / words);
  return { words, uas: pct(heads), las: pct(labeled), lasFull: pct(full) };
}

/** Scores two CoNLL-U texts (gold first). */
export function scoreConllu(goldText: string, predictedText: string): AttachmentScores {
  return scoreParses(parseConllu(goldText, "<gold>"), parseConllu(predictedText, "<predicted>"));
}
