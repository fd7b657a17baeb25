/** Stored events as `tacitus events` lists them, with reviewers' decisions applied as the API applies them. */
import type { EventFilter, StoredEvent, Store } from "../store/index.js";
import type { ApiEvent, ReviewState, ReviewStore } from "../store-review/index.js";

/** An event as listed: the (corrected) record, and the reviewer's decision when there is one. */
export interface ListedEvent extends StoredEvent {
  review: ReviewState | null;
  corrected: boolean;
}

const PAGE = 500;

/** Every reviewed event matching the filter (filters see corrected values); rejected ones too. */
async function reviewedEvents(reviews: ReviewStore, filter: EventFilter): Promise<ApiEvent[]> {
  const out: ApiEvent[] = [];
  for (let after: number | undefined; ; ) {
    const page = await reviews.eventPage({ filter, limit: PAGE, order: "desc", reviewed: true, includeRejected: true, ...(after !== undefined ? { after } : {}) });
    out.push(...page);
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) return out;
    after = last.seq;
  }
}

const key = (e: StoredEvent): string => `${e.record.doc_id}\u0000${e.record.id}`;
const day = (e: StoredEvent): string => e.record.date ?? e.published_at ?? "";

/**
 * The newest `filter.limit` events (by day, as the store orders them) once reviews are applied:
 * rejected events left out and counted, corrected ones shown corrected and placed by their
 * corrected values. Reviewed events are few (people review them one at a time), so they are read
 * apart and merged into the store's ordered list, which is read far enough to make up for them.
 */
export async function listEvents(store: Store, reviews: ReviewStore, filter: EventFilter & { limit: number }): Promise<{ events: ListedEvent[]; rejected: number }> {
  const counts = await reviews.reviewCounts();
  const reviewedTotal = counts.accepted + counts.corrected + counts.rejected;
  const unreviewed = (e: StoredEvent): ListedEvent => ({ ...e, review: null, corrected: false });
  if (reviewedTotal === 0) return { events: (await store.events(filter)).map(unreviewed), rejected: 0 };
  const everyReviewed = new Set((await reviewedEvents(reviews, { allReports: true })).map(key));
  const matching = await reviewedEvents(reviews, filter);
  const plain = (await store.events({ ...filter, limit: filter.limit + reviewedTotal })).filter((e) => !everyReviewed.has(key(e))).map(unreviewed);
  const kept: ListedEvent[] = matching.filter((e) => e.review?.status !== "rejected");
  // A stable sort: on one day, the store's order, then reviewed events.
  const events = [...plain, ...kept].sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0)).slice(0, filter.limit);
  return { events, rejected: matching.length - kept.length };
}
