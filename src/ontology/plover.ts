/** PLOVER event types, quad classes and CAMEO roots (record spec §1). */
export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type Quad = "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict";

export const QUAD_OF: Readonly<Record<EventType, Quad>> = {
  AGREE: "verbal_cooperation",
  CONSULT: "verbal_cooperation",
  SUPPORT: "verbal_cooperation",
  CONCEDE: "verbal_cooperation",
  COOPERATE: "material_cooperation",
  AID: "material_cooperation",
  RETREAT: "material_cooperation",
  REQUEST: "verbal_conflict",
  ACCUSE: "verbal_conflict",
  REJECT: "verbal_conflict",
  THREATEN: "verbal_conflict",
  PROTEST: "material_conflict",
  SANCTION: "material_conflict",
  MOBILIZE: "material_conflict",
  COERCE: "material_conflict",
  ASSAULT: "material_conflict",
};

/** The CAMEO root code most users map each type to. */
export const CAMEO_ROOT: Readonly<Record<EventType, string>> = {
  AGREE: "03",
  CONSULT: "04",
  SUPPORT: "05",
  CONCEDE: "08",
  COOPERATE: "06",
  AID: "07",
  RETREAT: "08",
  REQUEST: "10",
  ACCUSE: "11",
  REJECT: "12",
  THREATEN: "13",
  PROTEST: "14",
  SANCTION: "16",
  MOBILIZE: "15",
  COERCE: "17",
  ASSAULT: "18",
};

export const SECTORS = [
  "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "IGO", "NGO", "MED", "BUS",
  "CVL", "REL", "EDU",
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sectors of a state's own organs: government, armed forces, police, intelligence, courts, legislature. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]);

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** PLOVER's older labels, as used in the PLOVER gold standard, mapped to the 16 types. */
export const LEGACY_EVENT_LABELS: Readonly<Record<string, EventType>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};
