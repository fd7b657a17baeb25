import type { Doc } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";

/** Characters unified for matching; each maps one UTF-16 unit to one, so offsets survive. */
const UNIFY: Readonly<Record<string, string>> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "\u0060": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
  "\u200b": " ", "\u00ad": " ", "\ufeff": " ",
};
const UNIFY_PATTERN = new RegExp(`[${Object.keys(UNIFY).join("")}]`, "g");
/**
 * Control characters other than tab and line breaks, and bidirectional controls: spaces, so an
 * escape sequence or a right-to-left override cannot glue words or sentences together.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const COMBINING_MARK = /\p{M}/u;

/**
 * NFC-normalizes `text`, keeping for each output character the offset of the input character it
 * came from (composition only merges a base with its marks, so segments map to their base).
 */
export function normalizeWithOffsets(text: string): { norm: string; map: Int32Array | null } {
  const composed = text.normalize("NFC");
  const unified = (s: string): string => s.replace(UNIFY_PATTERN, (c) => UNIFY[c] ?? c).replace(CONTROLS, " ");
  if (composed === text) return { norm: unified(text), map: null };
  let norm = "";
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && COMBINING_MARK.test(text[j] ?? "")) j++;
    const segment = text.slice(i, j).normalize("NFC");
    for (let k = 0; k < segment.length; k++) offsets.push(i);
    norm += segment;
    i = j;
  }
  offsets.push(text.length);
  return { norm: unified(norm), map: Int32Array.from(offsets) };
}

export function createNormalizeStage(): Stage {
  return {
    name: "normalize",
    requires: ["text"],
    assigns: ["norm"],
    run(doc: Doc): void {
      const { norm, map } = normalizeWithOffsets(doc.text);
      doc.norm = norm;
      doc.normToText = map;
    },
  };
}
