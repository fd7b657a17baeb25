/** The event filter options shared by `events` and `export`. */
import type { Command } from "commander";
import { TacitusError } from "../errors/index.js";
import { EVENT_TYPES, isEventType, type EventType } from "../ontology/index.js";
import type { EventFilter } from "../store/index.js";

export interface EventFilterOptions {
  actor?: string;
  country?: string;
  type?: string;
  since?: string;
  until?: string;
  place?: string;
  text?: string;
  allReports?: boolean;
}

export function addEventFilterOptions(command: Command): Command {
  return command
    .option("--actor <name|code>", "actor or recipient name (part of it) or code, e.g. VENGOV")
    .option("--country <ISO3>", "country of the actor, the recipient or the place")
    .option("--type <T[,T...]>", `PLOVER event types: ${EVENT_TYPES.join(", ")}`)
    .option("--since <YYYY-MM-DD>", "events on or after this day")
    .option("--until <YYYY-MM-DD>", "events on or before this day")
    .option("--place <name>", "place name (part of it)")
    .option("--text <words>", "full-text search in the reporting articles")
    .option("--all-reports", "list an event once per report, not once per story");
}

export function checkDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(value)) {
    throw new TacitusError("BAD_ARGUMENT", `${name} must be a date as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

export function parseEventFilter(options: EventFilterOptions): EventFilter {
  const filter: EventFilter = {};
  if (options.actor) filter.actor = options.actor;
  if (options.country) {
    if (!/^[A-Za-z]{3}$/.test(options.country)) {
      throw new TacitusError("BAD_ARGUMENT", `--country takes an ISO 3166-1 alpha-3 code such as VEN or USA, not "${options.country}".`);
    }
    filter.country = options.country.toUpperCase();
  }
  if (options.type) {
    const types: EventType[] = [];
    for (const raw of options.type.split(",")) {
      const type = raw.trim().toUpperCase();
      if (!isEventType(type)) throw new TacitusError("BAD_ARGUMENT", `--type "${raw}" is not a PLOVER type; use one of ${EVENT_TYPES.join(", ")}.`);
      types.push(type);
    }
    filter.types = types;
  }
  const since = checkDate("--since", options.since);
  const until = checkDate("--until", options.until);
  if (since) filter.since = since;
  if (until) filter.until = until;
  if (since && until && since > until) throw new TacitusError("BAD_ARGUMENT", `--since ${since} is after --until ${until}; swap them.`);
  if (options.place) filter.place = options.place;
  if (options.text !== undefined) filter.text = options.text;
  if (options.allReports) filter.allReports = true;
  return filter;
}

export function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TacitusError("BAD_ARGUMENT", `--limit must be a whole number of 1 or more, not "${value}".`);
  return n;
}

export function checkChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new TacitusError("BAD_ARGUMENT", `${name} must be one of ${choices.join(", ")}, not "${value}".`);
  }
  return value as T;
}
