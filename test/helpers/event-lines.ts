import type { Extractor } from "../../src/extract.js";

/** A story opening that sets who is who for fixtures with the fictional actors. */
export const SETTING = "Opposition leader Tomas Quellin of Arnor is in Gondor. ";

/** Each event as "TYPE[ not][ modality] actor/CODE -> recipient/CODE[ @date]", for compact assertions. */
export function eventLines(extractor: Extractor, text: string, publishedAt = "2024-05-08"): string[] {
  return extractor.extract({ id: "e", text, publishedAt }).events.map((e) => {
    const flags = `${e.negated ? " not" : ""}${e.modality !== "asserted" ? ` ${e.modality}` : ""}`;
    return `${e.event}${flags} ${e.actor?.name ?? "-"}/${e.actor?.code ?? "-"} -> ${e.recipient?.name ?? "-"}/${e.recipient?.code ?? "-"}${e.date ? ` @${e.date}` : ""}`;
  });
}
