// Test-only: builds a tokenized Doc with the real normalize and tokenize steps.
import { Doc } from "../../doc/document.js";
import { normalizeWithOffsets } from "../normalize/index.js";
import { loadTokenizerData, tokenizeDoc } from "../tokenize/index.js";
import { createDatesStage } from "./stage.js";

const TOKENIZER_DATA = loadTokenizerData();

export function tokenized(text: string, publishedAt: string | null = null): Doc {
  const doc = new Doc({ id: "test", text, publishedAt });
  const { norm, map } = normalizeWithOffsets(text);
  doc.norm = norm;
  doc.normToText = map;
  tokenizeDoc(doc, TOKENIZER_DATA);
  return doc;
}

/** Runs the dates stage over `text`; returns the doc. */
export function dated(text: string, publishedAt: string | null = null): Doc {
  const doc = tokenized(text, publishedAt);
  createDatesStage().run(doc);
  return doc;
}

/** Each timex as "text=value/precision", for compact assertions. */
export function timexList(doc: Doc): string[] {
  return doc.timexes.map((t) => `${doc.spanText(t.start, t.end)}=${t.value}/${t.precision}`);
}
