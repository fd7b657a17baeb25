import type { ExportProfile } from "./profile.js";

/** PLOVER JSON Lines: the record contract plus the review state, one event per line (the canonical format). */
export const ploverProfile: ExportProfile = {
  name: "plover",
  description: "PLOVER event records, one JSON object per line (the record contract, plus review)",
  extension: ".jsonl",
  // Every event, with its negated and modality fields.
  assertedOnly: false,
  createWriter: () => ({
    start: () => "",
    write: (event) => JSON.stringify({ ...event.record, review: event.review ?? null }) + "\n",
    end: () => "",
  }),
};
