/** Every query parameter and body the API accepts, as zod schemas; failures become 400s that name the field. */
import { z } from "zod";
import { TacitusError } from "../errors/index.js";
import { EVENT_TYPES, SECTORS, isEventType, type EventType } from "../ontology/index.js";
import type { EventFilter } from "../store/index.js";

export const MAX_LIST_LIMIT = 5000;
export const MAX_DOCUMENTS_PER_POST = 1000;
export const EVENT_FORMATS = ["json", "csv", "jsonl", "geojson"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Top-level fields of an event as the API returns it; `fields=` picks among these. */
export const EVENT_FIELDS = [
  "id", "doc_id", "event", "mode", "cameo", "quad", "actor", "recipient", "trigger", "evidence", "date", "date_text",
  "date_precision", "location", "quote_id", "negated", "modality", "confidence", "story_id", "reports", "duplicate",
  "doc_title", "doc_url", "published_at", "ingested_at", "review", "corrected",
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

function validDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine(validDay, "is not a calendar date");
/** A day, or an ISO 8601 time on a day (its own day is kept: 2019-03-21T23:30-05:00 is 21 March). */
const dayOrTime = z
  .string()
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && validDay(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
    "must be a date as YYYY-MM-DD or an ISO 8601 time such as 2019-03-21T12:00:00Z",
  );
/** A day or an ISO 8601 instant, normalized to an ISO instant (UTC) for comparing with stored times. */
const instant = z.string().transform((value, ctx) => {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    ctx.addIssue({ code: "custom", message: "must be a date (YYYY-MM-DD) or an ISO 8601 time such as 2019-03-21T12:00:00Z" });
    return z.NEVER;
  }
  return parsed.toISOString();
});
const bool = z.enum(["true", "false", "1", "0"], "must be true or false").transform((v) => v === "true" || v === "1");
const text = (max: number): z.ZodString => z.string().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const limit = (fallback: number, max: number): z.ZodDefault<z.ZodCoercedNumber<unknown>> =>
  z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(max, `must be at most ${max}`).default(fallback);
const country = z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 3166-1 alpha-3 code such as VEN or USA").transform((v) => v.toUpperCase());
const offset = z.coerce.number("must be a number").int("must be a whole number").min(0, "must be 0 or more").default(0);

const types = z.string().transform((value, ctx) => {
  const out: EventType[] = [];
  for (const raw of value.split(",")) {
    const type = raw.trim().toUpperCase();
    if (!isEventType(type)) {
      ctx.addIssue({ code: "custom", message: `"${raw}" is not a PLOVER type; use one of ${EVENT_TYPES.join(", ")}` });
      return z.NEVER;
    }
    out.push(type);
  }
  return out;
});

/** The filters of `tacitus events`. */
const filterShape = {
  actor: text(200).optional(),
  country: country.optional(),
  type: types.optional(),
  since: day.optional(),
  until: day.optional(),
  place: text(200).optional(),
  text: text(500).optional(),
  all_reports: bool.optional(),
};

const fields = z.string().transform((value, ctx) => {
  const out: EventField[] = [];
  for (const raw of value.split(",")) {
    const name = raw.trim();
    if (!(EVENT_FIELDS as readonly string[]).includes(name)) {
      ctx.addIssue({ code: "custom", message: `"${name}" is not an event field; use some of ${EVENT_FIELDS.join(", ")}` });
      return z.NEVER;
    }
    out.push(name as EventField);
  }
  return out;
});

export const eventsQuery = z
  .object({
    ...filterShape,
    limit: limit(50, MAX_LIST_LIMIT),
    fields: fields.optional(),
    cursor: z.string().max(200).optional(),
    order: z.enum(["asc", "desc"], "must be asc or desc").default("desc"),
    updated_since: instant.optional(),
    reviewed: bool.optional(),
    include_rejected: bool.optional(),
    format: z.enum(EVENT_FORMATS, `must be one of ${EVENT_FORMATS.join(", ")}`).optional(),
  })
  .strict();
export type EventsQuery = z.infer<typeof eventsQuery>;

export const filterQuery = z.object({ ...filterShape, limit: limit(200, MAX_LIST_LIMIT) }).strict();
export const timelineQuery = z.object(filterShape).strict();
export const eventQuery = z.object({ doc_id: text(500).optional() }).strict();
export const documentsQuery = z.object({ q: text(500).optional(), limit: limit(50, 500), offset }).strict();
export const actorsQuery = z
  .object({
    country: country.optional(),
    sector: z.enum(SECTORS, `must be one of ${SECTORS.join(", ")}`).optional(),
    name: text(200).optional(),
    limit: limit(50, MAX_LIST_LIMIT),
  })
  .strict();
export const quotationsQuery = z
  .object({ speaker: text(200).optional(), doc_id: text(500).optional(), text: text(500).optional(), limit: limit(50, MAX_LIST_LIMIT), offset })
  .strict();
export const changesQuery = z.object({ since: instant, limit: limit(100, MAX_LIST_LIMIT) }).strict();
export const auditQuery = z
  .object({ doc_id: text(500).optional(), event_id: text(200).optional(), since: instant.optional(), limit: limit(100, MAX_LIST_LIMIT) })
  .strict();

/** The filter as the store takes it; the same rules as the CLI's options. */
export function toEventFilter(q: {
  actor?: string | undefined; country?: string | undefined; type?: EventType[] | undefined; since?: string | undefined;
  until?: string | undefined; place?: string | undefined; text?: string | undefined; all_reports?: boolean | undefined;
}): EventFilter {
  if (q.since && q.until && q.since > q.until) throw new TacitusError("BAD_ARGUMENT", `since ${q.since} is after until ${q.until}; swap them.`);
  const filter: EventFilter = {};
  if (q.actor !== undefined) filter.actor = q.actor;
  if (q.country !== undefined) filter.country = q.country;
  if (q.type !== undefined) filter.types = q.type;
  if (q.since !== undefined) filter.since = q.since;
  if (q.until !== undefined) filter.until = q.until;
  if (q.place !== undefined) filter.place = q.place;
  if (q.text !== undefined) filter.text = q.text;
  if (q.all_reports) filter.allReports = true;
  return filter;
}

const inputDocument = z
  .object({
    id: z.string().min(1).max(200).regex(/^[^\s/\\]+$/, "must have no spaces or slashes").optional(),
    text: z.string().refine((v) => v.trim() !== "", "must not be empty"),
    title: z.string().max(1000).nullable().optional(),
    url: z.string().url("must be a URL").max(2000).nullable().optional(),
    published_at: dayOrTime.nullable().optional(),
  })
  .strict();
export type InputDocumentBody = z.infer<typeof inputDocument>;

/** The documents of a POST body: one document, an array of them, or `{documents: [...]}`. */
export function parseDocumentsBody(body: unknown): InputDocumentBody[] {
  const list = Array.isArray(body)
    ? body
    : typeof body === "object" && body !== null && "documents" in body
      ? (body as { documents: unknown }).documents
      : [body];
  return parseWith(
    z.array(inputDocument, "documents must be an array").min(1, "must hold at least one document").max(MAX_DOCUMENTS_PER_POST, `at most ${MAX_DOCUMENTS_PER_POST} documents per request`),
    list,
    "document",
  );
}

const actorCorrection = z
  .object({
    name: text(200),
    country: country.nullable().optional(),
    sector: z.enum(SECTORS, `must be one of ${SECTORS.join(", ")}`).nullable().optional(),
    code: z.string().max(20).nullable().optional(),
  })
  .strict();

const placeCorrection = z
  .object({
    name: text(200),
    country: country.nullable().optional(),
    lat: z.number().min(-90).max(90).nullable().optional(),
    lon: z.number().min(-180).max(180).nullable().optional(),
  })
  .strict();

const eventType = z.string().transform((value, ctx) => {
  const type = value.toUpperCase();
  if (!isEventType(type)) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a PLOVER type; use one of ${EVENT_TYPES.join(", ")}` });
    return z.NEVER;
  }
  return type;
});

export const reviewBody = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), note: z.string().max(2000).optional() }).strict(),
  z.object({ action: z.literal("reject"), note: z.string().max(2000).optional() }).strict(),
  z
    .object({
      action: z.literal("correct"),
      note: z.string().max(2000).optional(),
      changes: z
        .object({
          event: eventType.optional(),
          actor: actorCorrection.nullable().optional(),
          recipient: actorCorrection.nullable().optional(),
          date: day.nullable().optional(),
          place: placeCorrection.nullable().optional(),
        })
        .strict()
        .refine((c) => Object.keys(c).length > 0, "must change at least one of event, actor, recipient, date, place"),
    })
    .strict(),
]);

/** Parses with a schema, or throws BAD_ARGUMENT naming each wrong field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return `unknown ${where} field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    const path = issue.path.map(String).join(".");
    return path ? `${path} ${issue.message}` : issue.message;
  });
  throw new TacitusError("BAD_ARGUMENT", `bad ${where}: ${problems.join("; ")}.`);
}
