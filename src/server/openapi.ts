/** The hand-written OpenAPI 3.1 description of every route (kept beside the routes; a test checks they match). */
import { EVENT_TYPES, SECTORS } from "../ontology/index.js";
import { EVENT_FIELDS, EVENT_FORMATS, MAX_DOCUMENTS_PER_POST, MAX_LIST_LIMIT } from "./params.js";

type Json = Record<string, unknown>;

function param(name: string, description: string, schema: Json = { type: "string" }, required = false): Json {
  return { name, in: "query", required, description, schema };
}

const limit = (fallback: number, max = MAX_LIST_LIMIT): Json => param("limit", `at most this many items (default ${fallback})`, { type: "integer", minimum: 1, maximum: max, default: fallback });
const offset = param("offset", "skip this many items", { type: "integer", minimum: 0, default: 0 });

const FILTERS: Json[] = [
  param("actor", "actor or recipient name (part of it) or code, e.g. VENGOV"),
  param("country", "ISO 3166-1 alpha-3 of the actor, the recipient or the place", { type: "string", pattern: "^[A-Za-z]{3}$" }),
  param("type", `comma-separated PLOVER types: ${EVENT_TYPES.join(", ")}`),
  param("since", "events on or after this day", { type: "string", format: "date" }),
  param("until", "events on or before this day", { type: "string", format: "date" }),
  param("place", "place name (part of it)"),
  param("text", "full-text search in the reporting articles"),
  param("all_reports", "list an event once per report, not once per story", { type: "boolean" }),
];

const errorResponse = (description: string): Json => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const ERRORS: Json = { "400": errorResponse("a parameter or the body is invalid; the message names it"), "401": errorResponse("an API token is needed or was refused") };
const json = (description: string, schema: Json): Json => ({ description, content: { "application/json": { schema } } });
const listOf = (key: string, item: Json): Json => ({ type: "object", properties: { [key]: { type: "array", items: item } } });
const WRITE = [{ bearer: [] }];
const eventId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const docIdParam = param("doc_id", "the event's document, when several documents have an event with this id");

export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Tacitus API",
      version: "0.1.0",
      description:
        "Political events extracted from news text (PLOVER records). Reads are open to loopback clients by default; writes need `Authorization: Bearer <token>` from `tacitus token create`. Errors are `{error: {code, message}}`.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "a token from `tacitus token create <name>`" } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } } },
        Entity: {
          type: ["object", "null"],
          properties: {
            text: { type: "string" }, name: { type: "string" }, country: { type: ["string", "null"] }, sector: { type: ["string", "null"], enum: [...SECTORS, null] },
            code: { type: ["string", "null"] }, start: { type: "integer" }, end: { type: "integer" },
          },
        },
        Review: {
          type: ["object", "null"],
          properties: { status: { enum: ["accepted", "rejected", "corrected"] }, reviewed_by: { type: "string" }, reviewed_at: { type: "string", format: "date-time" } },
        },
        Event: {
          type: "object",
          description: "An event record (shared docs/event-records.md) with corrections applied, plus story and review fields.",
          properties: {
            id: { type: "string" }, doc_id: { type: "string" }, event: { enum: [...EVENT_TYPES] }, mode: { type: ["string", "null"] },
            cameo: { type: ["string", "null"] }, quad: { type: "string" }, actor: { $ref: "#/components/schemas/Entity" },
            recipient: { $ref: "#/components/schemas/Entity" }, trigger: { type: "object" }, evidence: { type: "object" },
            date: { type: ["string", "null"] }, location: { type: ["object", "null"] }, confidence: { type: "number" },
            story_id: { type: "string" }, reports: { type: "integer" }, duplicate: { type: "boolean" }, doc_title: { type: ["string", "null"] },
            review: { $ref: "#/components/schemas/Review" }, corrected: { type: "boolean" },
          },
        },
        NewDocument: {
          type: "object",
          required: ["text"],
          properties: {
            id: { type: "string" }, text: { type: "string" }, title: { type: ["string", "null"] }, url: { type: ["string", "null"] },
            published_at: { type: ["string", "null"], description: "YYYY-MM-DD or an ISO 8601 time such as 2019-03-21T12:00:00Z; anything else is a 400" },
          },
          additionalProperties: false,
        },
        Actor: { type: "object", properties: { name: { type: "string" }, country: { type: ["string", "null"] }, sector: { type: ["string", "null"] }, code: { type: ["string", "null"] } }, required: ["name"] },
        Place: { type: "object", properties: { name: { type: "string" }, country: { type: ["string", "null"] }, lat: { type: ["number", "null"] }, lon: { type: ["number", "null"] } }, required: ["name"] },
      },
    },
    paths: {
      "/openapi.json": { get: { summary: "this document", responses: { "200": json("OpenAPI 3.1", { type: "object" }) } } },
      "/api/events": {
        get: {
          summary: "events matching the filters, in pages",
          parameters: [
            ...FILTERS,
            limit(50),
            param("fields", `comma-separated fields to return: ${EVENT_FIELDS.join(", ")}`),
            param("cursor", "next_cursor of the previous page"),
            param("order", "by insertion order", { enum: ["desc", "asc"], default: "desc" }),
            param("updated_since", "only events ingested or reviewed at or after this time", { type: "string", format: "date-time" }),
            param("reviewed", "only reviewed (true) or unreviewed (false) events: false is the review queue", { type: "boolean" }),
            param("include_rejected", "include events a reviewer rejected", { type: "boolean" }),
            param("format", "or send Accept: text/csv, application/x-ndjson, application/geo+json", { enum: [...EVENT_FORMATS], default: "json" }),
          ],
          responses: {
            "200": {
              description: "a page of events; the next page's cursor is next_cursor (JSON) or the X-Next-Cursor and Link headers",
              content: {
                "application/json": { schema: { type: "object", properties: { events: { type: "array", items: { $ref: "#/components/schemas/Event" } }, count: { type: "integer" }, next_cursor: { type: ["string", "null"] } } } },
                "text/csv": { schema: { type: "string" } },
                "application/x-ndjson": { schema: { type: "string" } },
                "application/geo+json": { schema: { type: "object" } },
              },
            },
            ...ERRORS,
          },
        },
      },
      "/api/events/{id}": {
        get: { summary: "one event", parameters: [eventId, docIdParam], responses: { "200": json("the event", { $ref: "#/components/schemas/Event" }), "404": errorResponse("no such event"), ...ERRORS } },
      },
      "/api/events/{id}/review": {
        post: {
          summary: "accept, reject or correct an event (kept in the audit log)",
          security: WRITE,
          parameters: [eventId, docIdParam],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { type: "object", required: ["action"], properties: { action: { enum: ["accept", "reject"] }, note: { type: "string" } } },
                    {
                      type: "object",
                      required: ["action", "changes"],
                      properties: {
                        action: { const: "correct" },
                        note: { type: "string" },
                        changes: {
                          type: "object",
                          minProperties: 1,
                          properties: {
                            event: { enum: [...EVENT_TYPES] },
                            actor: { oneOf: [{ $ref: "#/components/schemas/Actor" }, { type: "null" }] },
                            recipient: { oneOf: [{ $ref: "#/components/schemas/Actor" }, { type: "null" }] },
                            date: { type: ["string", "null"], format: "date" },
                            place: { oneOf: [{ $ref: "#/components/schemas/Place" }, { type: "null" }] },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          responses: { "200": json("the event after review and the audit entry", { type: "object" }), "404": errorResponse("no such event"), "413": errorResponse("body too large"), ...ERRORS },
        },
      },
      "/api/audit": {
        get: {
          summary: "the review audit log, newest first (who, when, before, after)",
          parameters: [param("doc_id", "one document's events"), param("event_id", "one event"), param("since", "at or after this time", { type: "string", format: "date-time" }), limit(100)],
          responses: { "200": json("audit entries", listOf("audit", { type: "object" })), ...ERRORS },
        },
      },
      "/api/changes": {
        get: {
          summary: "events deleted (rejected), restored, or merged into an earlier report of the same story since a time, oldest first",
          parameters: [param("since", "at or after this time (inclusive)", { type: "string", format: "date-time" }, true), limit(100)],
          responses: { "200": json("changes; continue from next_since when it is not null", { type: "object" }), ...ERRORS },
        },
      },
      "/api/documents": {
        get: {
          summary: "documents: newest first, or matching a full-text query",
          parameters: [param("q", "full-text query"), limit(50, 500), offset],
          responses: { "200": json("documents without their text", listOf("documents", { type: "object" })), ...ERRORS },
        },
        post: {
          summary: `ingest documents (one, an array, or {documents: [...]}, at most ${MAX_DOCUMENTS_PER_POST}): extract, store, group near-duplicates`,
          security: WRITE,
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { $ref: "#/components/schemas/NewDocument" },
                    { type: "array", items: { $ref: "#/components/schemas/NewDocument" } },
                    { type: "object", required: ["documents"], properties: { documents: { type: "array", items: { $ref: "#/components/schemas/NewDocument" } } } },
                  ],
                },
              },
            },
          },
          responses: {
            "201": json("some documents were added; documents[i].id is the stored id of the i-th", { type: "object" }),
            "200": json("every document was stored already", { type: "object" }),
            "413": errorResponse("body too large"),
            ...ERRORS,
          },
        },
      },
      "/api/documents/{id}": {
        get: {
          summary: "one document with its text, sentences, entities, quotations and events (corrections applied)",
          parameters: [{ name: "id", in: "path", required: true, description: "percent-encoded: ids may hold slashes (file paths)", schema: { type: "string" } }],
          responses: { "200": json("the document", { type: "object" }), "404": errorResponse("no such document"), ...ERRORS },
        },
      },
      "/api/actors": {
        get: {
          summary: "actors, most active first (reviews applied: rejected events are not counted, corrected ones count as corrected)",
          parameters: [
            param("country", "ISO 3166-1 alpha-3", { type: "string", pattern: "^[A-Za-z]{3}$" }),
            param("sector", "sector code", { enum: [...SECTORS] }),
            param("name", "name (part of it)"),
            limit(50),
          ],
          responses: { "200": json("actors with their counts as actor and recipient", listOf("actors", { type: "object" })), ...ERRORS },
        },
      },
      "/api/quotations": {
        get: {
          summary: "quotations, newest documents first",
          parameters: [param("speaker", "speaker name (part of it)"), param("doc_id", "one document"), param("text", "words in the quotation"), limit(50), offset],
          responses: { "200": json("quotations with their speakers", listOf("quotations", { type: "object" })), ...ERRORS },
        },
      },
      "/api/places": {
        get: { summary: "places of matching events with counts and mean coordinates", parameters: [...FILTERS, limit(200)], responses: { "200": json("places", listOf("places", { type: "object" })), ...ERRORS } },
      },
      "/api/timeline": {
        get: { summary: "matching events per day and type", parameters: FILTERS, responses: { "200": json("counts per day, type and quad class", listOf("days", { type: "object" })), ...ERRORS } },
      },
      "/api/network": {
        get: {
          summary: "who acts on whom: actor -> recipient edges per event type with counts",
          parameters: [...FILTERS, limit(200)],
          responses: { "200": json("edges", listOf("edges", { type: "object" })), ...ERRORS },
        },
      },
      "/api/stats": { get: { summary: "counts of documents, events, actors, reviews; events per type", responses: { "200": json("counts", { type: "object" }), ...ERRORS } } },
    },
  };
}
