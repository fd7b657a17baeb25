import type { Doc } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import { capClass } from "../../models/parser/features.js";
import { ParserModel, ParserWorkspace, parseLoaded } from "../../models/parser/model.js";
import { datelineEnd } from "../dates/select.js";

/**
 * Dependency parsing, sentence by sentence: writes doc.tokens.head (document token index,
 * -1 for the sentence root) and doc.tokens.deprel (interned UD relation). Reads the truecased
 * form (for the vocabulary and capitalization) and the UPOS/XPOS the tagger wrote.
 */
export function createParseStage(model: ParserModel): Stage {
  // Owned by this stage instance: typed arrays reused across sentences and documents.
  const ws = new ParserWorkspace();
  // Vocabulary and tag ids by document string id (-1 = not looked up yet), refilled per document.
  let wordIds = new Int32Array(1024);
  let tagIds = new Int32Array(1024);
  return {
    name: "parse",
    requires: ["tokens", "sentences", "pos"],
    assigns: ["deps"],
    run(doc: Doc): void {
      const t = doc.tokens;
      const strings = doc.strings;
      const labelIds = new Int32Array(model.labels.length).fill(-1);
      const fallback = strings.intern("dep");
      if (wordIds.length < strings.size) {
        wordIds = new Int32Array(strings.size * 2);
        tagIds = new Int32Array(strings.size * 2);
      }
      wordIds.fill(-1, 0, strings.size);
      tagIds.fill(-1, 0, strings.size);
      const parseUnit = (start: number, end: number): void => {
        const n = end - start;
        const cols = ws.cols;
        cols.reset(n);
        for (let i = 0; i < n; i++) {
          const tok = start + i;
          const casedId = t.cased[tok] ?? 0;
          let word = wordIds[casedId] ?? -1;
          if (word < 0) {
            const cased = strings.get(casedId);
            // Vocabulary id and capitalization class packed: cap in the low two bits.
            word = (model.wordId(cased) << 2) | capClass(cased);
            wordIds[casedId] = word;
          }
          cols.word[i] = word >> 2;
          cols.cap[i] = word & 3;
          const xposId = t.xpos[tok] ?? 0;
          let tag = tagIds[xposId] ?? -1;
          if (tag < 0) {
            tag = model.tagId(strings.get(xposId));
            tagIds[xposId] = tag;
          }
          cols.xpos[i] = tag;
          cols.upos[i] = t.upos[tok] ?? 0;
        }
        parseLoaded(model, ws);
        const heads = ws.state.head;
        const labels = ws.state.label;
        for (let i = 0; i < n; i++) {
          const h = heads[i] ?? n;
          t.head[start + i] = h === n ? -1 : start + h;
          const lab = labels[i] ?? -1;
          let id = lab >= 0 ? (labelIds[lab] ?? -1) : fallback;
          if (id < 0) {
            id = strings.intern(model.labels[lab] ?? "dep");
            labelIds[lab] = id;
          }
          t.deprel[start + i] = id;
        }
      };
      // A dateline is parsed apart from the sentence it opens ("DOHA, July 15 (Reuters) - Fighting
      // continued ..."): treebanks have few, and parsed with it the lead sentence often hangs from
      // the dateline's place. Its root then hangs from the sentence's.
      const bodyStart = datelineEnd(doc);
      const datelineSentence = bodyStart > 0 ? doc.sentenceOf(bodyStart) : -1;
      // Without sentences the whole document is one sequence (as the tagger does).
      const count = doc.sentenceCount === 0 ? 1 : doc.sentenceCount;
      for (let s = 0; s < count; s++) {
        const start = doc.sentenceCount === 0 ? 0 : (doc.sentenceStart[s] ?? 0);
        const end = doc.sentenceCount === 0 ? doc.tokenCount : (doc.sentenceEnd[s] ?? 0);
        if (end <= start) continue;
        if (s !== datelineSentence || bodyStart <= start || bodyStart >= end - 1) {
          parseUnit(start, end);
          continue;
        }
        parseUnit(start, bodyStart);
        parseUnit(bodyStart, end);
        let datelineRoot = start;
        while (datelineRoot < bodyStart && (t.head[datelineRoot] ?? -1) >= 0) datelineRoot++;
        let bodyRoot = bodyStart;
        while (bodyRoot < end && (t.head[bodyRoot] ?? -1) >= 0) bodyRoot++;
        if (datelineRoot < bodyStart && bodyRoot < end) {
          t.head[datelineRoot] = bodyRoot;
          t.deprel[datelineRoot] = strings.intern("parataxis");
        }
      }
    },
  };
}
