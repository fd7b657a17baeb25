import type { EventRecord } from "../doc/records.js";
import type { Extractor } from "../extract.js";
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
  const result = extractor.extract({ id: gold.doc, text, publishedAt: gold.published_at });
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
