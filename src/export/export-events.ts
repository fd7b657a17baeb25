import type { EventFilter, Store } from "../store/index.js";
import type { ApiEvent, ReviewStore } from "../store-review/index.js";
import { acledProfile } from "./acled.js";
import { gdeltProfile } from "./gdelt.js";
import { geojsonProfile } from "./geojson.js";
import { ploverProfile } from "./plover.js";
import type { ExportEvent, ExportProfile, ExportProfileName, LeftOutReason } from "./profile.js";

export const PROFILES: Readonly<Record<ExportProfileName, ExportProfile>> = {
  plover: ploverProfile,
  gdelt: gdeltProfile,
  acled: acledProfile,
  geojson: geojsonProfile,
};

export interface ExportCounts {
  written: number;
  /** Matching events the profile has no place for: the sum of `leftOut`. */
  left: number;
  /**
   * Why: `type`, a type the profile does not code (ACLED and verbal events); `coordinates`, no
   * coordinates (GeoJSON); `not_asserted`, negated or not asserted (future, hypothetical, ...)
   * in the profiles that only carry real events (GDELT, ACLED, GeoJSON).
   */
  leftOut: Record<LeftOutReason, number>;
  /** Matching events a reviewer rejected (only when reviews are applied). */
  rejected: number;
}

const REVIEWED_PAGE = 500;

/**
 * Events as the API reads them: filters see reviewers' corrections, corrected records replace
 * the extracted ones; rejected events come too (counted, not written) and do not count
 * towards the limit.
 */
async function* reviewedEvents(reviews: Pick<ReviewStore, "eventPage">, filter: EventFilter): AsyncIterable<ApiEvent> {
  let left = filter.limit ?? Number.POSITIVE_INFINITY;
  let after: number | undefined;
  while (left > 0) {
    const page = await reviews.eventPage({ filter, limit: REVIEWED_PAGE, order: "asc", includeRejected: true, ...(after !== undefined ? { after } : {}) });
    for (const event of page) {
      yield event;
      if (event.review?.status !== "rejected" && --left <= 0) return;
    }
    const last = page[page.length - 1];
    if (!last || page.length < REVIEWED_PAGE) return;
    after = last.seq;
  }
}

/**
 * Streams matching events through a profile; `write` may return a promise to apply back-pressure.
 * With `reviews` (the same database's review tables), events are exported as the API shows them:
 * rejected ones left out, corrections applied, review state on each. Profiles that carry only
 * asserted events leave out negated and not asserted ones; every event left out is counted by reason.
 */
export async function exportEvents(
  store: Store,
  profile: ExportProfile,
  filter: EventFilter,
  write: (chunk: string) => void | Promise<void>,
  reviews?: Pick<ReviewStore, "eventPage">,
): Promise<ExportCounts> {
  const writer = profile.createWriter();
  const counts: ExportCounts = { written: 0, left: 0, leftOut: { type: 0, coordinates: 0, not_asserted: 0 }, rejected: 0 };
  const leaveOut = (reason: LeftOutReason): void => {
    counts.left++;
    counts.leftOut[reason]++;
  };
  const events: AsyncIterable<ExportEvent> = reviews ? reviewedEvents(reviews, filter) : store.streamEvents(filter);
  await write(writer.start());
  let buffer = "";
  for await (const event of events) {
    if (event.review?.status === "rejected") {
      counts.rejected++;
      continue;
    }
    if (profile.assertedOnly && (event.record.negated || event.record.modality !== "asserted")) {
      leaveOut("not_asserted");
      continue;
    }
    const text = writer.write(event);
    if (typeof text !== "string") {
      leaveOut(text.leftOut);
      continue;
    }
    counts.written++;
    buffer += text;
    if (buffer.length > 64 * 1024) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer + writer.end());
  return counts;
}
