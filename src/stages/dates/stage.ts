import type { Doc, Timex } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import { detectDates } from "./detect.js";
import { detectPublicationDate, parseDateText } from "./published.js";
import { normalizeAnchor, resolveRelativeDate } from "./resolve.js";

/**
 * Date expressions of the document resolved against `anchor` ("YYYY-MM-DD" or null), in text
 * order. Without an anchor only absolute dates ("March 21, 2019", "in 2018") are kept.
 */
export function findTimexes(doc: Doc, anchor: string | null, spans: { start: number; end: number }[] = []): Timex[] {
  const timexes: Timex[] = [];
  for (const found of detectDates(doc)) {
    spans.push({ start: found.start, end: found.end });
    const resolved = resolveRelativeDate(found.spec, anchor);
    if (resolved === null) continue;
    const ahead = resolveRelativeDate(found.spec, anchor, "future");
    const timex: Timex = { start: found.start, end: found.end, ...resolved };
    if (ahead !== null && ahead.value !== resolved.value) timex.ahead = ahead.value;
    const behind = resolveRelativeDate(found.spec, anchor, "past");
    if (behind !== null && behind.value !== resolved.value) timex.behind = behind.value;
    timexes.push(timex);
  }
  return timexes;
}

/**
 * The document's publication date as "YYYY-MM-DD": ISO as most feeds give it, or a written
 * date such as an RSS "Thu, 21 Mar 2019 10:00:00 GMT"; null when there is none.
 */
export function anchorOf(doc: Doc): string | null {
  if (doc.publishedAt === null) return null;
  return normalizeAnchor(doc.publishedAt) ?? parseDateText(doc.publishedAt);
}

/**
 * Finds time expressions and writes doc.timexes, resolved against doc.publishedAt. A document
 * with no publication date gets the one its text states (a dateline, "Published: …") when
 * there is one; otherwise its relative expressions ("on thursday") stay unresolved and are
 * left out.
 */
export function createDatesStage(): Stage {
  return {
    name: "dates",
    requires: ["tokens", "sentences"],
    assigns: ["dates"],
    run(doc: Doc): void {
      if (doc.publishedAt === null) doc.publishedAt = detectPublicationDate(doc.text);
      doc.dateSpans = [];
      doc.timexes = findTimexes(doc, anchorOf(doc), doc.dateSpans);
    },
  };
}
