import { TacitusError } from "../errors/index.js";

/** Largest document accepted, in bytes: news articles are far smaller; larger input is an error, not a hang. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Share of control characters above which input is taken for binary. */
const BINARY_CONTROL_RATIO = 0.1;

/**
 * Decodes bytes as UTF-8 text, rejecting binary, invalid UTF-8, empty and oversized input
 * with errors that say what to do. Strips a byte-order mark.
 */
export function decodeText(bytes: Uint8Array, source: string, maxBytes = MAX_DOCUMENT_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new TacitusError(
      "INPUT_TOO_LARGE",
      `${source} is ${bytes.length} bytes, more than the ${maxBytes}-byte limit for one document; split it into articles.`,
    );
  }
  if (looksBinary(bytes)) {
    throw new TacitusError("INPUT_BINARY", `${source} looks like a binary file, not text; give a plain-text, HTML or JSON Lines file.`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new TacitusError("INPUT_ENCODING", `${source} is not valid UTF-8; convert it first (for example: iconv -f latin1 -t utf-8).`, { cause });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") {
    throw new TacitusError("INPUT_EMPTY", `${source} is empty; give a file with text in it.`);
  }
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return sample > 0 && control / sample > BINARY_CONTROL_RATIO;
}
