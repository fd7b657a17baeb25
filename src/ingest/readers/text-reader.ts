import { MAX_DOCUMENT_BYTES } from "../decode.js";
import type { Reader } from "./reader.js";

/** Longest first line still taken for a headline. */
const MAX_TITLE = 200;

/** A plain-text article: one document; a short first line followed by a blank line is its title. */
export const textReader: Reader = {
  format: "text",
  extensions: [".txt", ".text", ".md"],
  maxBytes: MAX_DOCUMENT_BYTES,
  sniff: () => true,
  read(text, origin) {
    const match = /^[ \t]*([^\n]{1,200}?)[ \t]*\r?\n[ \t]*\r?\n\s*\S/.exec(text);
    const title = match?.[1] && match[1].length <= MAX_TITLE && !/[.!?]["”’]?$/.test(match[1]) ? match[1] : null;
    return { docs: [{ id: origin.id, text, title, url: null, publishedAt: null, source: origin.name }], problems: [] };
  },
};
