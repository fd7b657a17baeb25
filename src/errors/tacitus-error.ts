/** Stable error codes: other tools (CLI exit codes, HTTP status mapping) key on them. */
export type ErrorCode =
  | "INPUT_MISSING"
  | "INPUT_UNREADABLE"
  | "INPUT_BINARY"
  | "INPUT_EMPTY"
  | "INPUT_TOO_LARGE"
  | "INPUT_ENCODING"
  | "INPUT_MALFORMED"
  | "BAD_ARGUMENT"
  | "PIPELINE_ORDER"
  | "DATA_FILE"
  | "MODEL_FILE"
  | "STORE"
  | "WORKER"
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "INTERNAL";

/** The one error type: a stable code, a message that says what to do, and the cause. */
export class TacitusError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TacitusError";
    this.code = code;
  }
}

export function isTacitusError(value: unknown): value is TacitusError {
  return value instanceof TacitusError;
}
