import type { EntityRecord, LocationRecord } from "../doc/records.js";
import { eventDate, tsvField, type ExportEvent, type ExportProfile } from "./profile.js";

/** GDELT 2.0 event table columns, in GDELT's order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  ...actorColumns("Actor1"), ...actorColumns("Actor2"),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoColumns("Actor1Geo"), ...geoColumns("Actor2Geo"), ...geoColumns("ActionGeo"),
  "DATEADDED", "SOURCEURL",
  // Not GDELT's: the reviewer's decision, empty when unreviewed.
  "review_status",
] as const;

function actorColumns(prefix: string): string[] {
  return ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map(
    (c) => `${prefix}${c}`,
  );
}

function geoColumns(prefix: string): string[] {
  return ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${prefix}_${c}`);
}

const QUAD_CLASS: Readonly<Record<string, number>> = {
  verbal_cooperation: 1, material_cooperation: 2, verbal_conflict: 3, material_conflict: 4,
};

/** Goldstein scale by CAMEO root code (the root-level values of the CAMEO-Goldstein mapping). */
const GOLDSTEIN_BY_ROOT: Readonly<Record<string, number>> = {
  "01": 0, "02": 3, "03": 4, "04": 1, "05": 3.5, "06": 6, "07": 7, "08": 5, "09": -2, "10": -5,
  "11": -2, "12": -4, "13": -6, "14": -6.5, "15": -7.2, "16": -4, "17": -7, "18": -9, "19": -10, "20": -10,
};

/** GDELT geo types: 1 country, 4 world city, 5 world state/region. */
function geoType(location: LocationRecord): number | null {
  if (location.precision === "country") return 1;
  if (location.precision === "city") return 4;
  if (location.precision === "region") return 5;
  return null;
}

function actorFields(entity: EntityRecord | null): (string | null)[] {
  if (!entity) return new Array<string | null>(10).fill(null);
  return [entity.code, entity.name.toUpperCase(), entity.country, null, null, null, null, entity.sector, null, null];
}

function geoFields(location: LocationRecord | null): (string | number | null)[] {
  if (!location) return new Array<null>(8).fill(null);
  return [geoType(location), location.name, location.country, null, null, location.lat, location.lon, location.geonames_id];
}

function fractionDate(date: string): string {
  const start = Date.UTC(Number(date.slice(0, 4)), 0, 1);
  const day = (Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - start) / 86_400_000;
  return (Number(date.slice(0, 4)) + (Number.isNaN(day) ? 0 : day) / 365).toFixed(4);
}

export function gdeltRow(event: ExportEvent): string[] {
  const r = event.record;
  const date = eventDate(event);
  const full = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
  const cameo = r.cameo ?? "";
  return [
    r.id,
    full ? full.replace(/-/g, "") : null,
    full ? full.slice(0, 7).replace("-", "") : null,
    full ? full.slice(0, 4) : null,
    full ? fractionDate(full) : null,
    ...actorFields(r.actor),
    ...actorFields(r.recipient),
    r.evidence.sentence === 0 ? 1 : 0,
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    QUAD_CLASS[r.quad] ?? null,
    GOLDSTEIN_BY_ROOT[cameo.slice(0, 2)] ?? null,
    event.reports,
    event.reports,
    event.reports,
    null,
    ...geoFields(null),
    ...geoFields(null),
    ...geoFields(r.location),
    event.ingested_at.replace(/\D/g, "").slice(0, 14),
    event.doc_url ?? `tacitus:${r.doc_id}`,
    event.review?.status ?? null,
  ].map(tsvField);
}

/** GDELT 2.0 events-style TSV with a header row of GDELT's column names. */
export const gdeltProfile: ExportProfile = {
  name: "gdelt",
  description: "GDELT 2.0 events-style TSV, 61 GDELT columns and review_status, with a header row; negated and not asserted events are left out",
  extension: ".tsv",
  assertedOnly: true,
  createWriter: () => ({
    start: () => GDELT_COLUMNS.join("\t") + "\n",
    write: (event) => gdeltRow(event).join("\t") + "\n",
    end: () => "",
  }),
};
