/**
 * Calendar arithmetic on "YYYY-MM-DD" strings through UTC day numbers, so no local time zone
 * or daylight-saving shift can move a date.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`; 0 for a month out of range. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar day; years are limited to four digits. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** "YYYY-MM-DD" for a valid date, else null. */
export function formatDate(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

/** Days since 1970-01-01 of a valid date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** "YYYY-MM-DD" of a day number. */
export function fromDayNumber(days: number): string {
  const date = new Date(days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Year, month and day of a "YYYY-MM-DD…" string (a time part is ignored), or null. */
export function parseDate(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? [year, month, day] : null;
}

/** Day number of a "YYYY-MM-DD" string; throws on a malformed date (callers validate first). */
function toDays(iso: string): number {
  const parts = parseDate(iso);
  if (parts === null) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return dayNumber(parts[0], parts[1], parts[2]);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDays(iso) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

/** ISO weekday index: 0 = Monday … 6 = Sunday. */
export function weekdayOf(iso: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((toDays(iso) + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week that contains the date. */
export function mondayOf(iso: string): string {
  return addDays(iso, -weekdayOf(iso));
}

/** First day of the month `shift` months away from (year, month); shift may be negative. */
export function monthStart(year: number, month: number, shift = 0): string {
  const index = year * 12 + (month - 1) + shift;
  const y = Math.floor(index / 12);
  return `${pad(y, 4)}-${pad(index - y * 12 + 1, 2)}-01`;
}
