import { plural } from "./plural.js";

/** Says how many documents have no publication date and what to do about it. */
export function undatedNote(count: number): string {
  return (
    `${plural(count, "document")} ${count === 1 ? "has" : "have"} no publication date (none in metadata, no dateline with a year), ` +
    `so relative dates such as "on Tuesday" stay unresolved; pass --date YYYY-MM-DD (a year-less dateline such as "LAGOS, March 3" then takes its year from it).`
  );
}
