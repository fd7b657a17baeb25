/** The one place where error codes become HTTP statuses and JSON error bodies. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isTacitusError, type ErrorCode } from "../errors/index.js";

export const HTTP_STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  INPUT_MISSING: 400,
  INPUT_UNREADABLE: 400,
  INPUT_BINARY: 415,
  INPUT_EMPTY: 400,
  INPUT_TOO_LARGE: 413,
  INPUT_ENCODING: 400,
  INPUT_MALFORMED: 400,
  BAD_ARGUMENT: 400,
  PIPELINE_ORDER: 500,
  DATA_FILE: 500,
  MODEL_FILE: 500,
  // Busy, full or unreachable databases are usually temporary.
  STORE: 503,
  WORKER: 503,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Maps any thrown value to a JSON response; unexpected errors are logged, not shown. */
export function errorResponse(c: Context, error: unknown, log: (line: string) => void): Response {
  if (isTacitusError(error)) {
    const status = HTTP_STATUS[error.code];
    if (status >= 500) log(`${c.req.method} ${c.req.path}: ${error.code}: ${error.message}`);
    if (error.code === "UNAUTHORIZED") c.header("WWW-Authenticate", 'Bearer realm="tacitus"');
    return c.json(errorBody(error.code, error.message), status);
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`${c.req.method} ${c.req.path}: unexpected error: ${message}`);
  return c.json(errorBody("INTERNAL", "unexpected server error; see the server log and please report it."), 500);
}
