import type { Doc } from "../../doc/document.js";
import type { DatePrecision } from "../../doc/records.js";

const RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };

/** First index in doc.timexes (sorted by start) whose expression starts at or after `token`. */
function firstFrom(doc: Doc, token: number): number {
  let lo = 0;
  let hi = doc.timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((doc.timexes[mid]?.start ?? 0) < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index in doc.timexes of the date that best dates what sentence `sentence` states, or -1:
 * the most precise one, the first on a tie ("In 2018 … on thursday" is dated thursday).
 */
export function timexOfSentence(doc: Doc, sentence: number): number {
  if (sentence < 0 || sentence >= doc.sentenceCount) return -1;
  const [from, to] = doc.sentenceTokens(sentence);
  let best = -1;
  let bestRank = Infinity;
  for (let t = firstFrom(doc, from); t < doc.timexes.length; t++) {
    const timex = doc.timexes[t];
    if (timex === undefined || timex.start >= to) break;
    const rank = RANK[timex.precision];
    if (rank < bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Index in doc.timexes of the date in token's sentence nearest to it, or -1; the more precise
 * wins a tie. For dating one clause of a sentence that carries several dates.
 */
export function timexNearToken(doc: Doc, token: number): number {
  if (token < 0 || token >= doc.tokenCount) return -1;
  const [from, to] = doc.sentenceCount === 0 ? [0, doc.tokenCount] : doc.sentenceTokens(doc.sentenceOf(token));
  let best = -1;
  let bestDistance = Infinity;
  let bestRank = Infinity;
  for (let t = firstFrom(doc, from); t < doc.timexes.length; t++) {
    const timex = doc.timexes[t];
    if (timex === undefined || timex.start >= to) break;
    const distance = token < timex.start ? timex.start - token : token >= timex.end ? token - timex.end + 1 : 0;
    const rank = RANK[timex.precision];
    if (distance < bestDistance || (distance === bestDistance && rank < bestRank)) {
      best = t;
      bestDistance = distance;
      bestRank = rank;
    }
  }
  return best;
}
