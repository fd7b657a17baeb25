import { createHash } from "node:crypto";
import { CAMEO_ROOT, QUAD_OF } from "../ontology/index.js";
import type { Argument, Cluster, Doc, Mention } from "./document.js";
import type {
  DocEntityRecord,
  DocumentResult,
  EntityRecord,
  EventRecord,
  LocationRecord,
  QuoteRecord,
  SentenceRecord,
} from "./records.js";

/** A stable id: the same input gives the same id. */
export function stableId(...parts: (string | number)[]): string {
  return createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

function actorCode(country: string | null, sector: string | null): string | null {
  if (country === null && sector === null) return null;
  return `${country ?? ""}${sector ?? ""}`;
}

function clusterOf(doc: Doc, id: number): Cluster | undefined {
  return id >= 0 ? doc.clusters[id] : undefined;
}

function entityFromArgument(doc: Doc, arg: Argument): EntityRecord {
  const [start, end] = doc.charRange(arg.start, arg.end);
  const cluster = clusterOf(doc, arg.cluster);
  const country = cluster?.country ?? arg.country;
  const sector = cluster?.sector ?? arg.sector;
  return {
    text: doc.text.slice(start, end),
    name: cluster?.name ?? arg.name,
    country,
    sector,
    code: actorCode(country, sector),
    start,
    end,
  };
}

function entityFromMention(doc: Doc, mention: Mention): EntityRecord {
  const [start, end] = doc.charRange(mention.start, mention.end);
  const cluster = clusterOf(doc, mention.cluster);
  const country = cluster?.country ?? null;
  const sector = cluster?.sector ?? null;
  return {
    text: doc.text.slice(start, end),
    name: cluster?.name ?? doc.casedText(mention.start, mention.end),
    country,
    sector,
    code: actorCode(country, sector),
    start,
    end,
  };
}

function sentenceRecords(doc: Doc): SentenceRecord[] {
  const out: SentenceRecord[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [first, last] = doc.sentenceTokens(s);
    const [start, end] = doc.charRange(first, last);
    out.push({ index: s, start, end, text: doc.text.slice(start, end), headline: s < doc.headlineSentences });
  }
  return out;
}

function entityRecords(doc: Doc): DocEntityRecord[] {
  const out: DocEntityRecord[] = [];
  doc.mentions.forEach((mention, index) => {
    if (mention.kind !== "name") return;
    const [start, end] = doc.charRange(mention.start, mention.end);
    const cluster = clusterOf(doc, mention.cluster);
    const record: DocEntityRecord = {
      id: `e${index + 1}`,
      label: mention.label,
      text: doc.text.slice(start, end),
      name: cluster?.name ?? doc.casedText(mention.start, mention.end),
      start,
      end,
      cluster: `c${mention.cluster + 1}`,
      country: cluster?.country ?? null,
      sector: cluster?.sector ?? null,
    };
    const geo = cluster?.geo;
    if (geo) {
      record.geonames_id = geo.geonamesId;
      record.lat = geo.lat;
      record.lon = geo.lon;
    }
    out.push(record);
  });
  return out;
}

function quoteRecords(doc: Doc): QuoteRecord[] {
  return doc.quotes.map((quote, index) => {
    const speaker = doc.mentions[quote.speakerMention];
    return {
      id: `q${index + 1}`,
      text: doc.text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      speaker: speaker ? entityFromMention(doc, speaker) : quote.speakerPhrase ? entityFromArgument(doc, quote.speakerPhrase) : null,
      cue: quote.cueToken >= 0 ? doc.tokenText(quote.cueToken) : null,
      kind: quote.kind,
    };
  });
}

function locationRecord(doc: Doc, mentionIndex: number): LocationRecord | null {
  const mention = doc.mentions[mentionIndex];
  if (!mention) return null;
  const cluster = clusterOf(doc, mention.cluster);
  const [start, end] = doc.charRange(mention.start, mention.end);
  const geo = cluster?.geo ?? null;
  return {
    text: doc.text.slice(start, end),
    name: geo?.name ?? cluster?.name ?? doc.casedText(mention.start, mention.end),
    country: geo?.country ?? cluster?.country ?? null,
    lat: geo?.lat ?? null,
    lon: geo?.lon ?? null,
    geonames_id: geo?.geonamesId ?? null,
    precision: geo?.precision ?? null,
  };
}

function eventRecords(doc: Doc): EventRecord[] {
  return doc.events.map((event) => {
    const [triggerStart, triggerEnd] = doc.charRange(event.triggerStart, event.triggerEnd);
    const [first, last] = doc.sentenceTokens(event.sentence);
    const [sentenceStart, sentenceEnd] = doc.charRange(first, last);
    const timex = event.timex >= 0 ? doc.timexes[event.timex] : undefined;
    return {
      id: stableId(doc.id, event.type, triggerStart, triggerEnd),
      doc_id: doc.id,
      event: event.type,
      mode: event.mode,
      cameo: event.cameo ?? CAMEO_ROOT[event.type],
      quad: QUAD_OF[event.type],
      actor: event.actor ? entityFromArgument(doc, event.actor) : null,
      recipient: event.recipient ? entityFromArgument(doc, event.recipient) : null,
      trigger: { text: doc.text.slice(triggerStart, triggerEnd), start: triggerStart, end: triggerEnd },
      evidence: { sentence: event.sentence, start: sentenceStart, end: sentenceEnd },
      date: (event.dateAhead ? timex?.ahead : undefined) ?? timex?.value ?? null,
      date_text: timex ? doc.spanText(timex.start, timex.end) : null,
      date_precision: timex?.precision ?? null,
      location: event.place >= 0 ? locationRecord(doc, event.place) : null,
      quote_id: event.quote >= 0 ? `q${event.quote + 1}` : null,
      negated: event.negated,
      modality: event.modality,
      confidence: Math.round(event.confidence * 100) / 100,
    };
  });
}

/** The document's full result per the record contract. */
export function toDocumentResult(doc: Doc): DocumentResult {
  return {
    doc_id: doc.id,
    title: doc.title,
    published_at: doc.publishedAt,
    truecased_text: doc.casingDamaged ? truecasedText(doc) : null,
    casing_damaged: doc.casingDamaged,
    sentences: sentenceRecords(doc),
    entities: entityRecords(doc),
    quotes: quoteRecords(doc),
    events: eventRecords(doc),
  };
}

/** The original text with every repaired token replaced by its cased form. */
export function truecasedText(doc: Doc): string {
  let out = "";
  let cursor = 0;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (doc.tokens.cased[i] === doc.tokens.form[i]) continue;
    const start = doc.tokens.start[i] ?? 0;
    out += doc.text.slice(cursor, start) + doc.cased(i);
    cursor = doc.tokens.end[i] ?? start;
  }
  return out + doc.text.slice(cursor);
}
