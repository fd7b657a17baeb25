import { createHash } from "node:crypto";

/** The text as hashed: Unicode NFC, whitespace runs collapsed, ends trimmed. */
export function normalizeForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Hex SHA-256 of the normalized text: the same article re-read or re-wrapped hashes the same. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeForHash(text)).digest("hex");
}

/** Removes characters no store accepts in text (NUL) and other C0 controls except tab and newlines. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, " ");
}
