/** Conflict in warm colours, cooperation in cool ones; verbal lighter than material. */
export const QUAD_COLORS: Readonly<Record<string, string>> = {
  verbal_cooperation: "#6baed6",
  material_cooperation: "#2171b5",
  verbal_conflict: "#fc9272",
  material_conflict: "#cb181d",
};

export const TYPE_QUAD: Readonly<Record<string, string>> = {
  AGREE: "verbal_cooperation", CONSULT: "verbal_cooperation", SUPPORT: "verbal_cooperation", CONCEDE: "verbal_cooperation",
  COOPERATE: "material_cooperation", AID: "material_cooperation", RETREAT: "material_cooperation",
  REQUEST: "verbal_conflict", ACCUSE: "verbal_conflict", REJECT: "verbal_conflict", THREATEN: "verbal_conflict",
  PROTEST: "material_conflict", SANCTION: "material_conflict", MOBILIZE: "material_conflict", COERCE: "material_conflict", ASSAULT: "material_conflict",
};

/** A distinct shade per type, within its quad class's hue. */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  AGREE: "#9ecae1", CONSULT: "#6baed6", SUPPORT: "#4292c6", CONCEDE: "#c6dbef",
  COOPERATE: "#08519c", AID: "#2171b5", RETREAT: "#08306b",
  REQUEST: "#fdae6b", ACCUSE: "#fd8d3c", REJECT: "#fc9272", THREATEN: "#f16913",
  PROTEST: "#ef3b2c", SANCTION: "#a50f15", MOBILIZE: "#cb181d", COERCE: "#99000d", ASSAULT: "#67000d",
};

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? "#888";
}

export function isConflict(quad: string): boolean {
  return quad.endsWith("conflict");
}
