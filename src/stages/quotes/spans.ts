import type { Doc } from "../../doc/document.js";

export interface QuoteSpan {
  open: number;
  close: number;
}

function paragraphBreakBetween(doc: Doc, a: number, b: number): boolean {
  const from = doc.tokens.end[a] ?? 0;
  const to = doc.tokens.start[b] ?? 0;
  return doc.text.slice(from, to).includes("\n");
}

/** Pairs double-quote tokens; an unclosed quote ends at its paragraph's end. */
export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (open >= 0 && i > open + 1 && paragraphBreakBetween(doc, i - 1, i)) {
      spans.push({ open, close: i });
      open = -1;
    }
    if (doc.form(i) !== '"') continue;
    if (open < 0) open = i;
    else {
      if (i > open + 1) spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0 && open + 1 < doc.tokenCount) spans.push({ open, close: doc.tokenCount });
  return spans;
}

/** 1 for tokens inside a quotation (between its marks), 0 elsewhere. */
export function insideQuotes(doc: Doc): Uint8Array {
  const inside = new Uint8Array(doc.tokenCount);
  for (const span of findQuoteSpans(doc)) inside.fill(1, span.open + 1, span.close);
  return inside;
}
