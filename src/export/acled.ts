import type { EntityRecord } from "../doc/records.js";
import { STATE_SECTORS } from "../ontology/index.js";
import type { StoredEvent } from "../store/index.js";
import { csvField, eventDate, type ExportEvent, type ExportProfile } from "./profile.js";

/** ACLED export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
  // Not ACLED's: the reviewer's decision, empty when unreviewed.
  "review_status",
] as const;

interface AcledType {
  disorder: string;
  type: string;
  sub: string;
}

const ARMED = new Set(["MIL", "REB", "COP", "SPY"]);
const CIVILIAN = new Set(["CVL", "MED", "EDU", "REL", "BUS", "NGO"]);
/** Sides that fight battles: armed forces and rebels, and the state they serve or attack. */
const FIGHTING = new Set([...ARMED, ...STATE_SECTORS, "OPP"]);
/** Verbs whose recipient count is the dead. */
const KILLING = /^(kill|killed|killing|kills|massacred?|executed?|slain|slay|slew)$/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** The dead a killing names ("killing at least 14 soldiers"): the first number of its recipient, or null. */
export function fatalitiesOf(record: { trigger: { text: string }; recipient: { text: string } | null }): number | null {
  if (!record.recipient || !KILLING.test(record.trigger.text)) return null;
  for (const word of record.recipient.text.toLowerCase().split(/\s+/)) {
    const digits = word.replace(/,/g, "");
    const value = /^\d{1,6}$/.test(digits) ? Number(digits) : NUMBER_WORDS[word] ?? null;
    if (value !== null) return value;
  }
  return null;
}

/** ACLED's type for a PLOVER event, or null for events ACLED does not code (talk, verbal conflict). */
export function acledType(event: StoredEvent): AcledType | null {
  const r = event.record;
  const mode = r.mode ?? "";
  switch (r.event) {
    case "PROTEST":
      return mode === "riot"
        ? { disorder: "Political violence; Demonstrations", type: "Riots", sub: "Violent demonstration" }
        : { disorder: "Demonstrations", type: "Protests", sub: "Peaceful protest" };
    case "ASSAULT":
      if (mode === "aerial") return { disorder: "Political violence", type: "Explosions/Remote violence", sub: "Air/drone strike" };
      if (mode === "explosives") return { disorder: "Political violence", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED" };
      // Civilians attacked, or anyone by no armed side; armed sides against each other or the state fight a battle.
      if (!CIVILIAN.has(r.recipient?.sector ?? "") && FIGHTING.has(r.actor?.sector ?? "") && (r.recipient === null || FIGHTING.has(r.recipient.sector ?? ""))) {
        return { disorder: "Political violence", type: "Battles", sub: "Armed clash" };
      }
      return { disorder: "Political violence", type: "Violence against civilians", sub: mode === "abduct" ? "Abduction/forced disappearance" : "Attack" };
    case "COERCE":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: mode === "arrest" ? "Arrests" : mode === "seize" ? "Looting/property destruction" : "Other" };
    case "MOBILIZE":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: "Change to group/activity" };
    case "AGREE":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: "Agreement" };
    case "RETREAT":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: mode === "ceasefire" ? "Agreement" : "Other" };
    case "SANCTION":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: "Other" };
    default:
      return null;
  }
}

/** ACLED's numeric actor types: 1 state forces, 2 rebels, 3 political militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other. */
function interCode(entity: EntityRecord | null, type: AcledType, side: 1 | 2): number | null {
  if (!entity) return null;
  if (side === 1 && type.type === "Protests") return 6;
  if (side === 1 && type.type === "Riots") return 5;
  const sector = entity.sector ?? "";
  if (STATE_SECTORS.has(sector)) return 1;
  if (sector === "REB") return 2;
  if (sector === "OPP" || sector === "PTY") return 3;
  if (CIVILIAN.has(sector)) return 7;
  if (sector === "IGO") return 8;
  return null;
}

const TIME_PRECISION: Readonly<Record<string, number>> = { day: 1, week: 2, month: 3 };
const GEO_PRECISION: Readonly<Record<string, number>> = { city: 1, region: 2, country: 3 };

export function acledRow(event: ExportEvent): string[] | null {
  const type = acledType(event);
  if (!type) return null;
  const r = event.record;
  const date = eventDate(event);
  const inter1 = interCode(r.actor, type, 1);
  const inter2 = interCode(r.recipient, type, 2);
  const interaction = inter1 === null ? null : inter2 === null ? `${inter1}0` : [inter1, inter2].sort().join("");
  const country = r.location?.country ?? r.actor?.country ?? null;
  const ingested = Date.parse(event.ingested_at);
  // A sentence that reads whatever the trigger's inflection: "On 2025-09-18 in Blantyre: peaceful protest by an unidentified actor against Malawi ("rally")."
  const notes =
    `${date ? `On ${date}` : "Undated"}${r.location ? ` in ${r.location.name}` : ""}: ${type.sub.toLowerCase()} by ${r.actor?.name ?? "an unidentified actor"}` +
    `${r.recipient ? ` against ${r.recipient.name}` : ""} ("${r.trigger.text}").`;
  return [
    `${country ?? "XXX"}${r.id}`,
    date,
    date ? date.slice(0, 4) : null,
    r.date_precision ? (TIME_PRECISION[r.date_precision] ?? 3) : r.date ? 1 : date ? 2 : null,
    type.disorder,
    type.type,
    type.sub,
    r.actor?.name ?? null,
    null,
    inter1,
    r.recipient?.name ?? null,
    null,
    inter2,
    interaction,
    type.type === "Violence against civilians" || (type.disorder.startsWith("Political violence") && inter2 === 7) ? "Civilian targeting" : null,
    null,
    null,
    country,
    null,
    null,
    null,
    r.location?.name ?? null,
    r.location?.lat ?? null,
    r.location?.lon ?? null,
    r.location?.precision ? (GEO_PRECISION[r.location.precision] ?? null) : null,
    event.doc_url ?? event.doc_title ?? r.doc_id,
    null,
    notes,
    fatalitiesOf(r),
    `tacitus ${r.event}${r.mode ? `/${r.mode}` : ""}; confidence ${r.confidence}; reports ${event.reports}`,
    Number.isNaN(ingested) ? null : Math.floor(ingested / 1000),
    event.review?.status ?? null,
  ].map(csvField);
}

/** ACLED-style CSV with ACLED's column names; only event types ACLED codes are written. */
export const acledProfile: ExportProfile = {
  name: "acled",
  description: "ACLED-style CSV, 31 ACLED columns and review_status, with a header row; verbal, negated and not asserted events are left out",
  extension: ".csv",
  assertedOnly: true,
  createWriter: () => ({
    start: () => ACLED_COLUMNS.join(",") + "\n",
    write: (event) => {
      const row = acledRow(event);
      return row ? row.join(",") + "\n" : { leftOut: "type" };
    },
    end: () => "",
  }),
};
