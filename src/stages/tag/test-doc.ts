import { Doc } from "../../doc/document.js";

/** A document tokenized on spaces, one sentence per "\n"-separated line (for tests of the model stages). */
export function spaceTokenizedDoc(text: string): Doc {
  const doc = new Doc({ id: "test", text });
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    starts.push(doc.tokenCount);
    let at = offset;
    for (const word of line.split(" ")) {
      if (word.length > 0) doc.addToken(at, at + word.length, word, 0, true);
      at += word.length + 1;
    }
    ends.push(doc.tokenCount);
    offset += line.length + 1;
  }
  doc.setSentences(starts, ends, 0);
  return doc;
}
