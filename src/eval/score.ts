import type { DocumentResult, EntityRecord, EventRecord } from "../doc/records.js";
import { TacitusError } from "../errors/index.js";

/** A gold participant as the record spec's gold files give it. */
export interface GoldActor {
  name: string;
  country: string | null;
  sector: string | null;
}

export interface GoldEvent {
  core: boolean;
  /** A verbatim fragment of the gold sentence. */
  in: string;
  event: string;
  actor: GoldActor | null;
  recipient: GoldActor | null;
}

export interface GoldQuote {
  starts: string;
  speaker: string;
  cue: string | null;
}

export interface GoldDocument {
  doc: string;
  published_at: string | null;
  events: GoldEvent[];
  quotes: GoldQuote[];
  entities: Record<string, { name: string; country?: string | null; sector?: string | null }[]>;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScore {
  full: Prf;
  typeSentence: Prf;
  predicted: number;
  coreGold: number;
  coreMatched: number;
  /** Predictions that match no gold event, core or not. */
  unmatched: EventRecord[];
  missedCore: GoldEvent[];
  perType: Map<string, { tp: number; fp: number; fn: number }>;
}

const STOP = new Set(["the", "of", "a", "an", "and", "for", "in", "on", "to", "de", "la", "el", "del"]);

/** Lowercase, accents and quote styles removed, spaces folded: for comparing text and names. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function contentWords(name: string): Set<string> {
  return new Set(foldText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
}

/** Rule 3 of the spec: both null, a shared content word, or the same country and sector. */
export function participantsMatch(gold: GoldActor | null, predicted: EntityRecord | null): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  const goldWords = contentWords(gold.name);
  for (const word of contentWords(predicted.name)) if (goldWords.has(word)) return true;
  const sameCoding = (gold.country ?? null) === predicted.country && (gold.sector ?? null) === predicted.sector;
  return sameCoding && (predicted.country !== null || predicted.sector !== null);
}

/** Index of the sentence of `result` that holds the fragment, or -1. */
export function sentenceOfFragment(result: DocumentResult, text: string, fragment: string): number {
  const at = foldText(text).indexOf(foldText(fragment));
  if (at < 0) return -1;
  // Folding keeps offsets for the texts scored here (accents are single composed characters); a miss falls back to sentence text.
  const bySpan = result.sentences.find((s) => at >= s.start && at < s.end);
  if (bySpan && foldText(bySpan.text).includes(foldText(fragment).slice(0, 20))) return bySpan.index;
  const byText = result.sentences.find((s) => foldText(s.text).includes(foldText(fragment)));
  return byText?.index ?? -1;
}

/** Precision counts predictions matching any gold event; recall counts core gold events matched. */
function prf(matchedPredictions: number, predicted: number, coreMatched: number, coreGold: number): Prf {
  const precision = predicted === 0 ? 0 : matchedPredictions / predicted;
  const recall = coreGold === 0 ? 0 : coreMatched / coreGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Maximum bipartite matching (Kuhn): each gold event matches at most one prediction. */
function maximumMatching(edges: number[][], predictedCount: number): Int32Array {
  const predToGold = new Int32Array(predictedCount).fill(-1);
  const tryGold = (g: number, seen: Uint8Array): boolean => {
    for (const p of edges[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = 1;
      const owner = predToGold[p] ?? -1;
      if (owner < 0 || tryGold(owner, seen)) {
        predToGold[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < edges.length; g++) tryGold(g, new Uint8Array(predictedCount));
  return predToGold;
}

function matchEvents(result: DocumentResult, text: string, gold: readonly GoldEvent[], full: boolean): Int32Array {
  const sentences = gold.map((g) => sentenceOfFragment(result, text, g.in));
  const edges = gold.map((g, gi) => {
    const sentence = sentences[gi] ?? -1;
    const span = result.sentences[sentence];
    const out: number[] = [];
    result.events.forEach((p, pi) => {
      if (p.event !== g.event || sentence < 0) return;
      const inSentence = p.evidence.sentence === sentence || (span !== undefined && p.trigger.start >= span.start && p.trigger.start < span.end);
      if (!inSentence) return;
      if (full && !(participantsMatch(g.actor, p.actor) && participantsMatch(g.recipient, p.recipient))) return;
      out.push(pi);
    });
    return out;
  });
  return maximumMatching(edges, result.events.length);
}

/** Scores predicted events against a gold document by the record spec's §3. */
export function scoreEvents(result: DocumentResult, text: string, gold: readonly GoldEvent[]): EventScore {
  const fullMatch = matchEvents(result, text, gold, true);
  const looseMatch = matchEvents(result, text, gold, false);
  const score = (matching: Int32Array): { matchedPredictions: number; coreMatched: number } => {
    let matchedPredictions = 0;
    let coreMatched = 0;
    for (const g of matching) {
      if (g < 0) continue;
      matchedPredictions++;
      if (gold[g]?.core) coreMatched++;
    }
    return { matchedPredictions, coreMatched };
  };
  const coreGold = gold.filter((g) => g.core).length;
  const f = score(fullMatch);
  const l = score(looseMatch);
  const matchedGold = new Set(Array.from(fullMatch).filter((g) => g >= 0));
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: "tp" | "fp" | "fn"): void => {
    const row = perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    row[key]++;
    perType.set(type, row);
  };
  result.events.forEach((p, pi) => bump(p.event, (fullMatch[pi] ?? -1) >= 0 ? "tp" : "fp"));
  gold.forEach((g, gi) => {
    if (g.core && !matchedGold.has(gi)) bump(g.event, "fn");
  });
  return {
    full: prf(f.matchedPredictions, result.events.length, f.coreMatched, coreGold),
    typeSentence: prf(l.matchedPredictions, result.events.length, l.coreMatched, coreGold),
    predicted: result.events.length,
    coreGold,
    coreMatched: f.coreMatched,
    unmatched: result.events.filter((_, pi) => (fullMatch[pi] ?? -1) < 0),
    missedCore: gold.filter((g, gi) => g.core && !matchedGold.has(gi)),
    perType,
  };
}

export interface QuoteScore {
  gold: number;
  found: number;
  rightSpeaker: number;
  wrong: { starts: string; expected: string; got: string | null }[];
}

/** Each gold quotation must be found by its opening words and attributed to the named speaker. */
export function scoreQuotes(result: DocumentResult, gold: readonly GoldQuote[]): QuoteScore {
  const score: QuoteScore = { gold: gold.length, found: 0, rightSpeaker: 0, wrong: [] };
  for (const g of gold) {
    const quote = result.quotes.find((q) => foldText(q.text).startsWith(foldText(g.starts)));
    if (!quote) {
      score.wrong.push({ starts: g.starts, expected: g.speaker, got: null });
      continue;
    }
    score.found++;
    if (quote.speaker && foldText(quote.speaker.name) === foldText(g.speaker)) score.rightSpeaker++;
    else score.wrong.push({ starts: g.starts, expected: g.speaker, got: quote.speaker?.name ?? null });
  }
  return score;
}

/** Parses and checks a gold file in the format of the founding example's expected file. */
export function parseGoldDocument(json: string, source: string): GoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new TacitusError("INPUT_MALFORMED", `${source}: not valid JSON; a gold file is one JSON object.`, { cause });
  }
  const record = value as Partial<GoldDocument> | null;
  if (!record || typeof record !== "object" || !Array.isArray(record.events)) {
    throw new TacitusError("INPUT_MALFORMED", `${source}: a gold file needs an "events" array (see the founding example's expected file).`);
  }
  return {
    doc: typeof record.doc === "string" ? record.doc : source,
    published_at: typeof record.published_at === "string" ? record.published_at : null,
    events: record.events,
    quotes: Array.isArray(record.quotes) ? record.quotes : [],
    entities: record.entities && typeof record.entities === "object" ? record.entities : {},
  };
}
