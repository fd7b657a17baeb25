import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentResult, EntityRecord, EventRecord } from "../doc/records.js";
import { TacitusError } from "../errors/index.js";
import { isEventType, isSector, LEGACY_EVENT_LABELS, type EventType, type Sector } from "../ontology/index.js";
import { dataDir } from "../paths.js";
import { participantsMatch, type Prf } from "./score.js";

/** A GSR participant, its CAMEO code mapped to the record spec's country and sector. */
export interface GsrActor {
  text: string;
  /** The code as written ("JAP", "IGO"). */
  code: string;
  country: string | null;
  /** Null when the gold leaves the sector open (a bare country code, or a role with no equivalent). */
  sector: Sector | null;
}

export interface GsrRecord {
  id: string;
  /** Line of the record's id in the gold file, for messages. */
  line: number;
  date: string | null;
  /** The label as written, before legacy labels are mapped. */
  label: string;
  event: EventType;
  text: string;
  eventText: string;
  source: GsrActor[];
  target: GsrActor[];
}

/** How CAMEO actor codes become countries and sectors (data/eval/*.tsv). */
export interface CameoTables {
  /** CAMEO code -> ISO3 (null: no country) and the sector a transnational code implies. */
  codes: Map<string, { country: string | null; sector: Sector | null }>;
  /** CAMEO role code -> sector, null where the spec has no equivalent. */
  roles: Map<string, Sector | null>;
}

function readTsv(path: string): { line: number; cells: Map<string, string> }[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new TacitusError("DATA_FILE", `Cannot read ${path}; reinstall or restore data/eval.`, { cause });
  }
  const rows: { line: number; cells: Map<string, string> }[] = [];
  let header: string[] | null = null;
  text.split(/\r?\n/).forEach((raw, n) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const cols = raw.split("\t");
    if (header === null) {
      header = cols;
      return;
    }
    rows.push({ line: n + 1, cells: new Map(header.map((h, i) => [h, (cols[i] ?? "").trim()])) });
  });
  return rows;
}

function sectorCell(value: string, where: string): Sector | null {
  if (value === "") return null;
  if (!isSector(value)) throw new TacitusError("DATA_FILE", `${where}: "${value}" is not a sector of the record spec.`);
  return value;
}

export function loadCameoTables(dir = join(dataDir(), "eval")): CameoTables {
  const codes = new Map<string, { country: string | null; sector: Sector | null }>();
  const countriesFile = join(dir, "cameo-countries.tsv");
  for (const { line, cells } of readTsv(countriesFile)) {
    const code = cells.get("cameo") ?? "";
    if (!/^[A-Z]{3}$/.test(code)) throw new TacitusError("DATA_FILE", `${countriesFile}:${line}: "cameo" must be three capitals.`);
    const iso3 = cells.get("iso3") ?? "";
    codes.set(code, { country: iso3 === "" ? null : iso3, sector: sectorCell(cells.get("sector") ?? "", `${countriesFile}:${line}`) });
  }
  const roles = new Map<string, Sector | null>();
  const sectorsFile = join(dir, "cameo-sectors.tsv");
  for (const { line, cells } of readTsv(sectorsFile)) {
    roles.set(cells.get("cameo") ?? "", sectorCell(cells.get("sector") ?? "", `${sectorsFile}:${line}`));
  }
  return { codes, roles };
}

/** Maps one GSR actor code and sector: a transnational code fixes the sector, else the role's first three letters do. */
export function mapGsrActor(text: string, code: string, sector: string | null, tables: CameoTables): GsrActor {
  const known = tables.codes.get(code);
  const country = known ? known.country : code;
  if (known?.sector) return { text, code, country, sector: known.sector };
  const role = (sector ?? "").slice(0, 3).toUpperCase();
  const mapped = tables.roles.get(role);
  return { text, code, country, sector: mapped ?? (isSector(role) ? role : null) };
}

/** True when the text is the PLOVER gold standard: a JSON array of records with event labels and text. */
export function looksLikeGsr(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  const first: unknown = value[0];
  return typeof first === "object" && first !== null && "event" in first && "id" in first && ("eventText" in first || "text" in first);
}

function lineOf(json: string, id: string): number {
  const at = json.indexOf(`"${id}"`);
  return at < 0 ? 0 : json.slice(0, at).split("\n").length;
}

function actorList(value: unknown, where: string, tables: CameoTables): GsrActor[] {
  if (value === undefined || value === null || value === "" || typeof value === "string") return [];
  if (!Array.isArray(value)) throw new TacitusError("INPUT_MALFORMED", `${where}: must be a list of actors or empty.`);
  return value.map((item: unknown, i) => {
    const actor = item as { actorText?: unknown; code?: unknown; sector?: unknown } | null;
    if (!actor || typeof actor.code !== "string") {
      throw new TacitusError("INPUT_MALFORMED", `${where}[${i}]: an actor needs a "code" string.`);
    }
    const text = typeof actor.actorText === "string" ? actor.actorText : actor.code;
    return mapGsrActor(text, actor.code.trim().toUpperCase(), typeof actor.sector === "string" ? actor.sector : null, tables);
  });
}

/** Parses the PLOVER gold standard; the DOCUMENT record is skipped; older labels are mapped to the 16 types. */
export function parseGsr(json: string, source: string, tables: CameoTables = loadCameoTables()): GsrRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new TacitusError("INPUT_MALFORMED", `${source}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
  }
  if (!Array.isArray(value)) throw new TacitusError("INPUT_MALFORMED", `${source}: the PLOVER gold standard is a JSON array of records.`);
  const records: GsrRecord[] = [];
  value.forEach((item: unknown, index) => {
    const r = item as Record<string, unknown> | null;
    if (!r || typeof r !== "object") throw new TacitusError("INPUT_MALFORMED", `${source}: record ${index} is not an object.`);
    const id = typeof r["id"] === "string" ? r["id"] : `#${index}`;
    const line = lineOf(json, id);
    const where = `${source}:${line} (${id})`;
    const label = r["event"];
    if (label === "DOCUMENT") return;
    if (typeof label !== "string") throw new TacitusError("INPUT_MALFORMED", `${where}: field "event" must be a string.`);
    const event = LEGACY_EVENT_LABELS[label] ?? (isEventType(label) ? label : null);
    if (event === null) throw new TacitusError("INPUT_MALFORMED", `${where}: field "event" is "${label}", not a PLOVER type or a known older label.`);
    if (typeof r["text"] !== "string" || r["text"].trim() === "") throw new TacitusError("INPUT_MALFORMED", `${where}: field "text" must be the sentence.`);
    const date = typeof r["date"] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r["date"]) ? r["date"] : null;
    records.push({
      id,
      line,
      date,
      label,
      event,
      text: r["text"],
      eventText: typeof r["eventText"] === "string" ? r["eventText"] : "",
      source: actorList(r["source"], `${where} field "source"`, tables),
      target: actorList(r["target"], `${where} field "target"`, tables),
    });
  });
  return records;
}

/**
 * Country+sector match: same country (both may be null for IGOs/NGOs), and the same sector -
 * except that a gold actor with the sector left open (a bare country code) accepts GOV or none.
 * A compound gold actor matches when any of its members does; an empty gold list needs no prediction.
 */
export function codingMatches(gold: readonly GsrActor[], predicted: EntityRecord | null): boolean {
  if (gold.length === 0 || predicted === null) return gold.length === 0 && predicted === null;
  return gold.some((g) => {
    if (g.country !== predicted.country) return false;
    if (g.sector === null) return predicted.sector === null || predicted.sector === "GOV";
    return g.sector === predicted.sector;
  });
}

/** The record spec's §3 rule 3 (a shared content word, or the same country and sector), any member of a compound. */
export function spec3Matches(gold: readonly GsrActor[], predicted: EntityRecord | null): boolean {
  if (gold.length === 0 || predicted === null) return gold.length === 0 && predicted === null;
  return gold.some((g) => participantsMatch({ name: g.text, country: g.country, sector: g.sector }, predicted));
}

export interface GsrOutcome {
  record: GsrRecord;
  /** Events as scored: in text order, negated ones left out. */
  events: EventRecord[];
  /** Some predicted event has the gold type. */
  typeHit: boolean;
  /** The first predicted event (by trigger offset) has the gold type. */
  firstHit: boolean;
  /** Among events of the gold type, the one whose participants match best (ties: earliest); null when none. */
  chosen: EventRecord | null;
  actorMatch: boolean;
  recipientMatch: boolean;
  actorSpec3: boolean;
  recipientSpec3: boolean;
}

/** Scores one GSR record against the extraction of its sentence. */
export function scoreGsrRecord(record: GsrRecord, result: DocumentResult): GsrOutcome {
  const events = result.events.filter((e) => !e.negated).sort((a, b) => a.trigger.start - b.trigger.start);
  const ofType = events.filter((e) => e.event === record.event);
  let chosen: EventRecord | null = null;
  let best = -1;
  for (const e of ofType) {
    const points = Number(codingMatches(record.source, e.actor)) + Number(codingMatches(record.target, e.recipient));
    if (points > best) {
      best = points;
      chosen = e;
    }
  }
  return {
    record,
    events,
    typeHit: chosen !== null,
    firstHit: events[0]?.event === record.event,
    chosen,
    actorMatch: chosen !== null && codingMatches(record.source, chosen.actor),
    recipientMatch: chosen !== null && codingMatches(record.target, chosen.recipient),
    actorSpec3: chosen !== null && spec3Matches(record.source, chosen.actor),
    recipientSpec3: chosen !== null && spec3Matches(record.target, chosen.recipient),
  };
}

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface GsrScore {
  records: number;
  typeAccuracy: number;
  firstEventAccuracy: number;
  /** Records with no (non-negated) event predicted at all. */
  noEvent: number;
  /** Over records whose type is right. */
  typeRight: number;
  actorMatchRate: number;
  recipientMatchRate: number;
  bothMatchRate: number;
  actorSpec3Rate: number;
  recipientSpec3Rate: number;
  /** Right type with actor and recipient coded right, over all records. */
  fullAccuracy: number;
  perType: Map<string, TypeCounts & Prf>;
  micro: Prf;
}

function prfOf(c: TypeCounts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Per-type counts over distinct predicted types per sentence: the gold type found is a true
 * positive, missed a false negative, every other type predicted a false positive (the GSR codes
 * one event per sentence, so precision is a lower bound).
 */
export function summarizeGsr(outcomes: readonly GsrOutcome[]): GsrScore {
  const counts = new Map<string, TypeCounts>();
  const bump = (type: string, key: keyof TypeCounts): void => {
    const row = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    row[key]++;
    counts.set(type, row);
  };
  for (const o of outcomes) {
    const types = new Set(o.events.map((e) => e.event));
    bump(o.record.event, types.has(o.record.event) ? "tp" : "fn");
    for (const t of types) if (t !== o.record.event) bump(t, "fp");
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<string, TypeCounts & Prf>();
  for (const [type, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    perType.set(type, { ...c, ...prfOf(c) });
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const n = outcomes.length;
  const right = outcomes.filter((o) => o.typeHit);
  const share = (count: number, of: number): number => (of === 0 ? 0 : count / of);
  return {
    records: n,
    typeAccuracy: share(right.length, n),
    firstEventAccuracy: share(outcomes.filter((o) => o.firstHit).length, n),
    noEvent: outcomes.filter((o) => o.events.length === 0).length,
    typeRight: right.length,
    actorMatchRate: share(right.filter((o) => o.actorMatch).length, right.length),
    recipientMatchRate: share(right.filter((o) => o.recipientMatch).length, right.length),
    bothMatchRate: share(right.filter((o) => o.actorMatch && o.recipientMatch).length, right.length),
    actorSpec3Rate: share(right.filter((o) => o.actorSpec3).length, right.length),
    recipientSpec3Rate: share(right.filter((o) => o.recipientSpec3).length, right.length),
    fullAccuracy: share(right.filter((o) => o.actorMatch && o.recipientMatch).length, n),
    perType,
    micro: prfOf(total),
  };
}

/** Anything that turns a sentence into a DocumentResult (the extractor, or a stub in tests). */
export interface SentenceExtractor {
  extract(init: { id: string; text: string; publishedAt?: string | null }): DocumentResult;
}

/** Runs extraction on each record's sentence (published on the record's date) and scores it. */
export function evaluateGsr(records: readonly GsrRecord[], extractor: SentenceExtractor): GsrOutcome[] {
  return records.map((record) => scoreGsrRecord(record, extractor.extract({ id: record.id, text: record.text, publishedAt: record.date })));
}

/** Why a participant's coding failed: the reason the lead fixes first. */
export function codingFailure(gold: readonly GsrActor[], predicted: EntityRecord | null): string | null {
  if (codingMatches(gold, predicted)) return null;
  if (predicted === null) return "none predicted";
  if (gold.length === 0) return "predicted, gold has none";
  if (predicted.country === null && gold.some((g) => g.country !== null)) return "country missing";
  if (!gold.some((g) => g.country === predicted.country)) return "wrong country";
  if (predicted.sector === null) return "sector missing";
  return "wrong sector";
}

/** Counts of failure patterns, most frequent first: type confusions and coding failures. */
export function failurePatterns(outcomes: readonly GsrOutcome[]): { pattern: string; count: number; example: string }[] {
  const patterns = new Map<string, { count: number; example: string }>();
  const add = (pattern: string, example: string): void => {
    const row = patterns.get(pattern) ?? { count: 0, example };
    row.count++;
    patterns.set(pattern, row);
  };
  for (const o of outcomes) {
    if (!o.typeHit) {
      const got = [...new Set(o.events.map((e) => `${e.event} "${e.trigger.text.toLowerCase()}"`))].join(", ") || "nothing";
      add(`type ${o.record.event} missed, predicted ${[...new Set(o.events.map((e) => e.event))].join("+") || "nothing"}`, `${o.record.id}: ${got} (gold trigger "${o.record.eventText}")`);
      continue;
    }
    const actor = codingFailure(o.record.source, o.chosen?.actor ?? null);
    if (actor) add(`actor: ${actor}`, `${o.record.id}: gold ${o.record.source.map(codeOf).join("+") || "-"}, got ${entityCode(o.chosen?.actor ?? null)}`);
    const recipient = codingFailure(o.record.target, o.chosen?.recipient ?? null);
    if (recipient) add(`recipient: ${recipient}`, `${o.record.id}: gold ${o.record.target.map(codeOf).join("+") || "-"}, got ${entityCode(o.chosen?.recipient ?? null)}`);
  }
  return [...patterns].map(([pattern, row]) => ({ pattern, ...row })).sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));
}

function codeOf(a: GsrActor): string {
  return `${a.text} ${a.country ?? "-"}/${a.sector ?? "-"}`;
}

function entityCode(e: EntityRecord | null): string {
  return e === null ? "none" : `${e.name} ${e.country ?? "-"}/${e.sector ?? "-"}`;
}
