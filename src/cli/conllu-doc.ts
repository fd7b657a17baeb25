import { Doc } from "../doc/document.js";
import type { ConlluSentence, ConlluWord } from "../models/conllu.js";
import { shapeOf } from "../stages/tokenize/index.js";

/** Named-entity spans as token ranges of the document. */
export interface EntityTag {
  start: number;
  end: number;
  label: string;
}

function spaceAfter(word: ConlluWord): boolean {
  return !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(word.misc);
}

/**
 * A document whose tokens and sentences are the given treebank words, so a model can be scored
 * with gold tokenization. Its text is the words joined by their spacing, one sentence a line.
 */
export function docFromConllu(sentences: readonly ConlluSentence[], id: string): Doc {
  let text = "";
  const offsets: number[] = [];
  for (const sentence of sentences) {
    sentence.words.forEach((word, k) => {
      offsets.push(text.length);
      text += word.form;
      if (k + 1 < sentence.words.length && spaceAfter(word)) text += " ";
    });
    text += "\n";
  }
  const doc = new Doc({ id, text });
  const starts: number[] = [];
  const ends: number[] = [];
  let n = 0;
  for (const sentence of sentences) {
    starts.push(doc.tokenCount);
    sentence.words.forEach((word, k) => {
      const start = offsets[n++] ?? 0;
      doc.addToken(start, start + word.form.length, word.form, shapeOf(word.form), k + 1 < sentence.words.length && spaceAfter(word));
    });
    ends.push(doc.tokenCount);
  }
  doc.setSentences(starts, ends, 0);
  for (const name of ["norm", "tokens", "sentences"] as const) doc.annotations.add(name);
  return doc;
}

/** BIO tags per token from entity spans. */
function entityTags(doc: Doc, entities: readonly EntityTag[]): string[] {
  const tags = new Array<string>(doc.tokenCount).fill("O");
  for (const e of entities) {
    for (let i = e.start; i < e.end; i++) tags[i] = `${i === e.start ? "B" : "I"}-${e.label}`;
  }
  return tags;
}

function withEntity(misc: string, tag: string): string {
  const kept = misc === "_" ? [] : misc.split("|").filter((part) => !part.startsWith("NE="));
  if (tag !== "O") kept.push(`NE=${tag}`);
  return kept.length === 0 ? "_" : kept.join("|");
}

/**
 * The document's predictions as CoNLL-U sentences. With `source` (the sentences the document was
 * built from) the given words, ids, comments and extra lines are kept and the rest predicted.
 */
export function conlluFromDoc(doc: Doc, entities: readonly EntityTag[], source?: readonly ConlluSentence[]): ConlluSentence[] {
  const tags = entityTags(doc, entities);
  const out: ConlluSentence[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    const given = source?.[s];
    const words: ConlluWord[] = [];
    for (let i = from; i < to; i++) {
      const head = doc.head(i);
      const original = given?.words[i - from];
      const misc = original?.misc ?? (doc.tokens.spaceAfter[i] === 0 && i + 1 < to ? "SpaceAfter=No" : "_");
      words.push({
        id: original?.id ?? i - from + 1,
        form: original?.form ?? doc.tokenText(i),
        lemma: doc.lemma(i),
        upos: doc.upos(i),
        xpos: doc.strings.get(doc.tokens.xpos[i] ?? 0) || "_",
        feats: "_",
        head: head < 0 ? 0 : head - from + 1,
        deprel: doc.deprel(i) || "_",
        deps: "_",
        misc: withEntity(misc, tags[i] ?? "O"),
      });
    }
    const comments = given?.comments ?? [`sent_id = ${doc.id}-${s + 1}`, `text = ${doc.spanText(from, to).replace(/\s+/g, " ")}`];
    out.push({ comments, words, extraLines: given?.extraLines ?? [] });
  }
  return out;
}
