import type { DocumentResult, EventRecord } from "../doc/records.js";
import type { Extractor } from "../extract.js";
import type { StoredDocument } from "../store/index.js";
import { applyReviews, type DocumentReviews } from "../store-review/index.js";
import type { GsrOutcome, GsrScore } from "./plover-gsr.js";
import { evaluateGsr, summarizeGsr, type GsrRecord } from "./plover-gsr.js";
import { scoreEvents, scoreQuotes, type GoldDocument, type Prf } from "./score.js";

/** Plain-JSON reports (no Maps) for `tacitus eval --format json` and the benchmark. */
export interface TypeRow extends Prf {
  type: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface GoldDocReport {
  kind: "document";
  gold: string;
  doc: string;
  full: Prf;
  typeSentence: Prf;
  predicted: number;
  coreGold: number;
  coreMatched: number;
  perType: TypeRow[];
  quotes: { gold: number; found: number; rightSpeaker: number; accuracy: number; wrong: { starts: string; expected: string; got: string | null }[] };
  unmatched: string[];
  missedCore: string[];
  /**
   * With `--db`: the stored document scored (its events as reviewers left them) and how many
   * of its events were reviewed; null when the text is not in the database (it was extracted).
   */
  stored?: StoredScoring | null;
}

export interface StoredScoring {
  doc_id: string;
  /** "content": the gold text's content hash; "id": the gold's "doc" name. */
  matched_by: "content" | "id";
  /** Events stored for the document, before rejected ones are left out. */
  events: number;
  reviewed: { accepted: number; corrected: number; rejected: number };
}

export interface GsrRecordReport {
  id: string;
  gold: string;
  predicted: string[];
  typeHit: boolean;
  firstHit: boolean;
  actorMatch: boolean;
  recipientMatch: boolean;
}

export interface GsrReport extends Omit<GsrScore, "perType"> {
  kind: "plover-gsr";
  gold: string;
  perType: TypeRow[];
  outcomes: GsrRecordReport[];
}

function prfOf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function typeRows(perType: ReadonlyMap<string, { tp: number; fp: number; fn: number }>): TypeRow[] {
  return [...perType]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([type, c]) => ({ type, tp: c.tp, fp: c.fp, fn: c.fn, ...prfOf(c.tp, c.fp, c.fn) }));
}

/** "COERCE arrested [SEBIN -> Roberto Marrero]" */
export function describeEvent(e: EventRecord): string {
  const who = (x: EventRecord["actor"]): string => (x ? `${x.name}${x.code ? ` ${x.code}` : ""}` : "-");
  return `${e.event} "${e.trigger.text}" [${who(e.actor)} -> ${who(e.recipient)}]${e.negated ? " (not)" : ""}`;
}

/** Scores one gold document (spec §3) and its quotations against the extraction of its text. */
export function evaluateGoldDocument(gold: GoldDocument, goldPath: string, text: string, extractor: Pick<Extractor, "extract">): GoldDocReport {
  return scoreGoldDocument(gold, goldPath, text, extractor.extract({ id: gold.doc, text, publishedAt: gold.published_at }));
}

/**
 * Scores a gold document against its stored annotations with reviews applied (rejected events
 * left out, corrections used), so reviewers' work shows in the scores.
 */
export function evaluateStoredDocument(
  gold: GoldDocument,
  goldPath: string,
  doc: StoredDocument,
  reviews: DocumentReviews,
  matchedBy: StoredScoring["matched_by"],
): GoldDocReport {
  const { events, counts } = applyReviews(doc.events, reviews);
  const result: DocumentResult = {
    doc_id: doc.id, title: doc.title, published_at: doc.published_at, truecased_text: doc.truecased_text, casing_damaged: doc.casing_damaged,
    sentences: doc.sentences, entities: doc.entities, quotes: doc.quotes, events,
  };
  // The stored text: sentence and trigger offsets point into it.
  const report = scoreGoldDocument(gold, goldPath, doc.text, result);
  return { ...report, stored: { doc_id: doc.id, matched_by: matchedBy, events: doc.events.length, reviewed: counts } };
}

function scoreGoldDocument(gold: GoldDocument, goldPath: string, text: string, result: DocumentResult): GoldDocReport {
  const events = scoreEvents(result, text, gold.events);
  const quotes = scoreQuotes(result, gold.quotes);
  return {
    kind: "document",
    gold: goldPath,
    doc: gold.doc,
    full: events.full,
    typeSentence: events.typeSentence,
    predicted: events.predicted,
    coreGold: events.coreGold,
    coreMatched: events.coreMatched,
    perType: typeRows(events.perType),
    quotes: { ...quotes, accuracy: quotes.gold === 0 ? 0 : quotes.rightSpeaker / quotes.gold },
    unmatched: events.unmatched.map(describeEvent),
    missedCore: events.missedCore.map((g) => `${g.event} "${g.in}"`),
  };
}

export function gsrReport(goldPath: string, outcomes: readonly GsrOutcome[]): GsrReport {
  const score = summarizeGsr(outcomes);
  return {
    kind: "plover-gsr",
    gold: goldPath,
    ...score,
    perType: typeRows(score.perType),
    outcomes: outcomes.map((o) => ({
      id: o.record.id,
      gold: o.record.event,
      predicted: o.events.map(describeEvent),
      typeHit: o.typeHit,
      firstHit: o.firstHit,
      actorMatch: o.actorMatch,
      recipientMatch: o.recipientMatch,
    })),
  };
}

export function evaluateGsrFile(goldPath: string, records: readonly GsrRecord[], extractor: Pick<Extractor, "extract">): GsrReport {
  return gsrReport(goldPath, evaluateGsr(records, extractor));
}
