import { Shape, type Doc } from "../../doc/document.js";
import { daysInMonth, isValidDate } from "./calendar.js";
import {
  COUNT_AFTER, COUNT_WORDS, DAY_PARTS, DETERMINERS, LEADING, MONTHS, PERIOD_CUES, PERIOD_NOUNS, RANGE_JOINERS,
  SAFE_AFTER_AMBIGUOUS, UNITS, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE, WEEKDAYS, type MonthWord,
} from "./lexicon.js";
import type { DateSpec, Shift } from "./resolve.js";

/** A date expression found in the text: tokens [start, end) and what it says. */
export interface DateMatch {
  start: number;
  end: number;
  spec: DateSpec;
}

const DAY_NUMBER = /^(\d{1,2})(st|nd|rd|th)?$/;
const YEAR_NUMBER = /^\d{4}$/;
const DIGITS = /^\d+$/;
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);
const ISO_DAY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:t[\d:.]+z?)?$/;
const NUMERIC_DAY = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
/** Plurals that end in "s" yet follow a year naturally ("in 2018 was", "in 2018 this"). */
const NOT_PLURAL: ReadonlySet<string> = new Set(["this", "thus", "was", "has", "his", "its", "is", "as", "us"]);
/** Most tokens a numeric date may be split into ("2019", "-", "03", "-", "21"). */
const MAX_NUMERIC_TOKENS = 5;

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Finds date expressions sentence by sentence; an expression never crosses a sentence end. */
export function detectDates(doc: Doc): DateMatch[] {
  const found: DateMatch[] = [];
  if (doc.sentenceCount === 0) {
    scanSentence(new SentenceScanner(doc, 0, doc.tokenCount), found);
    return found;
  }
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    scanSentence(new SentenceScanner(doc, from, to), found);
  }
  return found;
}

function scanSentence(scanner: SentenceScanner, found: DateMatch[]): void {
  let i = scanner.from;
  while (i < scanner.to) {
    const match = scanner.matchAt(i);
    if (match === null) {
      i++;
    } else {
      found.push(match);
      i = match.end;
    }
  }
}

function match(start: number, end: number, spec: DateSpec): DateMatch {
  return { start, end, spec };
}

/** Pattern matchers over one sentence's tokens; every look-around stays inside [from, to). */
class SentenceScanner {
  constructor(
    private readonly doc: Doc,
    readonly from: number,
    readonly to: number,
  ) {}

  private low(i: number): string {
    return i >= this.from && i < this.to ? this.doc.lower(i) : "";
  }

  /** No space between token i and token i + 1. */
  private joined(i: number): boolean {
    return i + 1 < this.to && this.doc.tokens.end[i] === this.doc.tokens.start[i + 1];
  }

  private isPunct(i: number): boolean {
    return i >= this.from && i < this.to && this.doc.hasShape(i, Shape.punct);
  }

  /** End of sentence, punctuation, or a word that keeps an ambiguous month a date. */
  private safeAfterAmbiguous(i: number): boolean {
    return i >= this.to || this.isPunct(i) || SAFE_AFTER_AMBIGUOUS.has(this.low(i));
  }

  matchAt(i: number): DateMatch | null {
    // Leading words ("on", "early", "in") belong to the text of the expression they precede.
    let core = i;
    for (let lead = 0; lead < 2 && LEADING.has(this.low(core)); lead++) {
      core++;
      if (this.low(core - 1) === "mid" && this.low(core) === "-") core++;
    }
    const found = this.matchCore(core);
    if (found === null) return null;
    return core === i ? found : match(i, found.end, found.spec);
  }

  private matchCore(i: number): DateMatch | null {
    const w = this.low(i);
    if (w === "") return null;
    const first = w.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      return this.numericDate(i) ?? this.dayFirst(i, i) ?? this.countAgo(i) ?? this.cuedYear(i);
    }
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined) return this.weekday(i, i, weekday, "bare");
    if (w.startsWith("mid-")) return this.midToken(i, w.slice(4));
    if (this.monthWord(i) !== undefined) return this.monthFirst(i, i);
    switch (w) {
      case "today":
      case "tonight":
        return match(i, i + 1, { kind: "offset", unit: "day", amount: 0 });
      case "yesterday":
      case "tomorrow":
        return match(i, DAY_PARTS.has(this.low(i + 1)) ? i + 2 : i + 1, {
          kind: "offset", unit: "day", amount: w === "yesterday" ? -1 : 1,
        });
      case "this":
        return this.shifted(i, "this");
      case "last":
      case "next":
        return DETERMINERS.has(this.low(i - 1)) ? null : this.shifted(i, w);
      case "the":
        return this.afterThe(i);
      default:
        return COUNT_WORDS.has(w) ? this.countAgo(i) : null;
    }
  }

  /** "this/last/next" + morning, night, week, month, year, weekend, weekday or month. */
  private shifted(i: number, shift: Exclude<Shift, "bare">): DateMatch | null {
    let k = i + 1;
    let effective: Exclude<Shift, "bare"> = shift;
    if (shift === "this" && this.low(k) === "past") {
      k++;
      effective = "last";
    }
    const w = this.low(k);
    const amount = effective === "last" ? -1 : effective === "next" ? 1 : 0;
    if (shift === "this" && k === i + 1 && DAY_PARTS.has(w) && w !== "night") {
      return match(i, k + 1, { kind: "offset", unit: "day", amount: 0 });
    }
    if (shift === "last" && w === "night") return match(i, k + 1, { kind: "offset", unit: "day", amount: -1 });
    if (w === "week" || w === "month" || w === "year") return match(i, k + 1, { kind: "offset", unit: w, amount });
    if (w === "weekend") return match(i, k + 1, { kind: "weekend", shift: effective });
    if (k !== i + 1) return null;
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined) return this.weekday(i, k, weekday, shift);
    if (this.monthWord(k) !== undefined) return this.monthFirst(i, k);
    return null;
  }

  /** "the day before yesterday", "the day after tomorrow", "the weekend", "the 21st of March". */
  private afterThe(i: number): DateMatch | null {
    const next = this.low(i + 1);
    if (next === "day") {
      const relation = this.low(i + 2);
      const other = this.low(i + 3);
      if (relation === "before" && other === "yesterday") return match(i, i + 4, { kind: "offset", unit: "day", amount: -2 });
      if (relation === "after" && other === "tomorrow") return match(i, i + 4, { kind: "offset", unit: "day", amount: 2 });
      return null;
    }
    if (next === "weekend") return match(i, i + 2, { kind: "weekend", shift: "bare" });
    return this.dayFirst(i, i + 1);
  }

  private weekday(start: number, i: number, weekday: number, shift: Shift): DateMatch | null {
    if (start === i && WEEKDAY_NAME_BEFORE.has(this.low(i - 1))) return null;
    if (WEEKDAY_NAME_AFTER.has(this.low(i + 1))) return null;
    // "Thursday, March 21": the calendar date says more than the weekday.
    let k = i + 1;
    if (this.low(k) === ",") k++;
    const dated = this.monthWord(k) !== undefined ? this.monthFirst(k, k, true) : this.numericDate(k) ?? this.dayFirst(k, k, true);
    if (dated !== null && (dated.spec.kind === "date" || dated.spec.kind === "month-day")) {
      return match(start, dated.end, dated.spec);
    }
    const end = DAY_PARTS.has(this.low(i + 1)) ? i + 2 : i + 1;
    // "tuesday last week": the weekday of that week, not the latest tuesday.
    const which = this.low(end);
    if (shift === "bare" && this.low(end + 1) === "week" && (which === "last" || which === "this" || which === "next")) {
      const weeks = which === "last" ? -1 : which === "next" ? 1 : 0;
      return match(start, end + 2, { kind: "week-day", weekday, weeks });
    }
    return match(start, end, { kind: "weekday", weekday, shift });
  }

  private monthWord(i: number): MonthWord | undefined {
    const w = this.low(i);
    return MONTHS.get(w.endsWith(".") ? w.slice(0, -1) : w);
  }

  /** Day of month at token i ("21", "21st", "21" "st"): [day, end token] or null. */
  private dayNumber(i: number): [number, number] | null {
    const found = DAY_NUMBER.exec(this.low(i));
    if (found === null) return null;
    const day = Number(found[1]);
    if (day < 1 || day > 31) return null;
    const split = found[2] === undefined && this.joined(i) && ORDINAL_SUFFIXES.has(this.low(i + 1));
    return [day, split ? i + 2 : i + 1];
  }

  private year(i: number): number | null {
    const w = this.low(i);
    if (!YEAR_NUMBER.test(w)) return null;
    const year = Number(w);
    return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
  }

  /** A year at i, or after a comma or "of" there: [year, end token] or null. */
  private yearAfter(i: number, allowOf: boolean): [number, number] | null {
    const w = this.low(i);
    const k = w === "," || (allowOf && w === "of") ? i + 1 : i;
    const year = this.year(k);
    return year === null ? null : [year, k + 1];
  }

  /**
   * Month first: "March 21", "March 21, 2019", "March 2019", or a month alone after a cue
   * ("in March", "last March", "mid-March"). A month that is also a word ("march", "may")
   * alone needs a clear cue and a plausible next word, so "march on the capital" stays a verb.
   */
  private monthFirst(start: number, i: number, dayRequired = false): DateMatch | null {
    const word = this.monthWord(i);
    if (word === undefined) return null;
    const day = this.dayNumber(i + 1);
    if (day !== null) {
      const [dayOfMonth, afterDay] = day;
      if (word.ambiguous && COUNT_AFTER.has(this.low(afterDay))) return null;
      const year = this.yearAfter(afterDay, false);
      if (year !== null) {
        return isValidDate(year[0], word.month, dayOfMonth)
          ? match(start, year[1], { kind: "date", year: year[0], month: word.month, day: dayOfMonth })
          : null;
      }
      if (dayOfMonth > daysInMonth(2000, word.month)) return null;
      const years = this.relativeYear(afterDay);
      if (years !== null) return match(start, afterDay + 2, { kind: "month-of-year", month: word.month, day: dayOfMonth, years });
      return match(start, afterDay, { kind: "month-day", month: word.month, day: dayOfMonth });
    }
    if (dayRequired) return null;
    const year = this.yearAfter(i + 1, true);
    if (year !== null) return match(start, year[1], { kind: "year-month", year: year[0], month: word.month });
    if (word.short) return null;
    const cue = this.low(i - 1);
    const beforeCue = this.low(i - 2);
    if (cue === "-" && beforeCue === "mid") return match(start, i + 1, { kind: "month", month: word.month, shift: "bare" });
    // The second month of a range is cued by the first: "from March to May".
    const rangeEnd = RANGE_JOINERS.has(cue) && this.monthWord(i - 2) !== undefined;
    if (!PERIOD_CUES.has(cue) && !rangeEnd) return null;
    if (cue === "of" && !PERIOD_NOUNS.has(beforeCue)) return null;
    const shift: Shift = cue === "last" || cue === "next" || cue === "this" ? cue : "bare";
    if (shift !== "bare" && DETERMINERS.has(beforeCue)) return null;
    const years = shift === "bare" ? this.relativeYear(i + 1) : null;
    if (years !== null) return match(start, i + 3, { kind: "month-of-year", month: word.month, day: null, years });
    if (word.ambiguous && (shift === "this" || !this.safeAfterAmbiguous(i + 1))) return null;
    return match(start, i + 1, { kind: "month", month: word.month, shift });
  }

  /** "last year" (-1), "this year" (0), "next year" (1) at i; null otherwise. */
  private relativeYear(i: number): number | null {
    if (this.low(i + 1) !== "year") return null;
    const which = this.low(i);
    return which === "last" ? -1 : which === "this" ? 0 : which === "next" ? 1 : null;
  }

  /**
   * Day first: "21 March", "21st of March 2019", "the 21st of March" (from the "the").
   * `trusted` when a weekday precedes, which settles that "12 march" is a date.
   */
  private dayFirst(start: number, i: number, trusted = false): DateMatch | null {
    const day = this.dayNumber(i);
    if (day === null) return null;
    const [dayOfMonth, afterDay] = day;
    const hasOf = this.low(afterDay) === "of";
    const monthAt = hasOf ? afterDay + 1 : afterDay;
    const word = this.monthWord(monthAt);
    if (word === undefined) return null;
    const year = this.yearAfter(monthAt + 1, false);
    if (year !== null) {
      return isValidDate(year[0], word.month, dayOfMonth)
        ? match(start, year[1], { kind: "date", year: year[0], month: word.month, day: dayOfMonth })
        : null;
    }
    // "5 may have died" is a count and a verb.
    if (word.ambiguous && !hasOf && !trusted && !this.safeAfterAmbiguous(monthAt + 1)) return null;
    if (dayOfMonth > daysInMonth(2000, word.month)) return null;
    return match(start, monthAt + 1, { kind: "month-day", month: word.month, day: dayOfMonth });
  }

  /** ISO "2019-03-21" and day-month-year "21/03/2019" when only one reading is a date. */
  private numericDate(i: number): DateMatch | null {
    let text = "";
    let best: DateMatch | null = null;
    for (let k = i; k < this.to && k < i + MAX_NUMERIC_TOKENS; k++) {
      text += this.low(k);
      const spec = parseNumericDate(text);
      if (spec !== null) best = match(i, k + 1, spec);
      if (!this.joined(k)) break;
    }
    return best;
  }

  /** "3 days ago", "a week ago", "two years ago". */
  private countAgo(i: number): DateMatch | null {
    const w = this.low(i);
    const count = DIGITS.test(w) ? Number(w) : COUNT_WORDS.get(w);
    const unit = UNITS.get(this.low(i + 1));
    if (count === undefined || unit === undefined || this.low(i + 2) !== "ago") return null;
    return match(i, i + 3, { kind: "offset", unit, amount: -count });
  }

  /** A year after a cue: "in 2018", "since 2015", "the end of 2018"; not "in 2000 cases". */
  private cuedYear(i: number): DateMatch | null {
    const year = this.year(i);
    if (year === null) return null;
    const cue = this.low(i - 1);
    const beforeCue = this.low(i - 2);
    const cued =
      (PERIOD_CUES.has(cue) && cue !== "last" && cue !== "next" && cue !== "this" && (cue !== "of" || PERIOD_NOUNS.has(beforeCue))) ||
      (cue === "-" && beforeCue === "mid") ||
      (RANGE_JOINERS.has(cue) && this.year(i - 2) !== null);
    if (!cued) return null;
    const next = this.low(i + 1);
    if (COUNT_AFTER.has(next)) return null;
    if (next.length > 3 && next.endsWith("s") && /^\p{L}+$/u.test(next) && !NOT_PLURAL.has(next)) return null;
    return match(i, i + 1, { kind: "year", year });
  }

  /** One token "mid-March" or "mid-2018", as the tokenizer keeps hyphenated words. */
  private midToken(i: number, rest: string): DateMatch | null {
    const word = MONTHS.get(rest);
    if (word !== undefined && !word.short) {
      const year = this.yearAfter(i + 1, true);
      return year === null
        ? match(i, i + 1, { kind: "month", month: word.month, shift: "bare" })
        : match(i, year[1], { kind: "year-month", year: year[0], month: word.month });
    }
    if (YEAR_NUMBER.test(rest)) {
      const year = Number(rest);
      if (year >= FIRST_YEAR && year <= LAST_YEAR) return match(i, i + 1, { kind: "year", year });
    }
    return null;
  }
}

/** Reads "2019-03-21", "2019/03/21" or an unambiguous "21/03/2019" / "21.03.2019". */
export function parseNumericDate(text: string): DateSpec | null {
  const iso = ISO_DAY.exec(text);
  if (iso !== null) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    return isValidDate(year, month, day) ? { kind: "date", year, month, day } : null;
  }
  const numeric = NUMERIC_DAY.exec(text);
  if (numeric === null) return null;
  const a = Number(numeric[1]);
  const b = Number(numeric[3]);
  const year = Number(numeric[4]);
  // Day-month or month-day: only when one reading is impossible, or both read the same.
  const dayMonth = isValidDate(year, b, a);
  const monthDay = isValidDate(year, a, b);
  if (dayMonth && (!monthDay || a === b)) return { kind: "date", year, month: b, day: a };
  if (monthDay && !dayMonth) return { kind: "date", year, month: a, day: b };
  return null;
}
