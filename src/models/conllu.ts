import { readFileSync } from "node:fs";
import { TacitusError } from "../errors/index.js";

/** One word line of CoNLL-U (integer ids only; multiword-token ranges and empty nodes are kept apart). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading "# ". */
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, verbatim, with the word id they precede. */
  extraLines: { before: number; line: string }[];
}

/** Parses CoNLL-U text; a malformed line is reported with its line number. */
export function parseConllu(text: string, source = "<input>"): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extraLines: [] };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? "";
    if (line.trim() === "") {
      if (current.words.length > 0 || current.comments.length > 0) sentences.push(current);
      current = { comments: [], words: [], extraLines: [] };
      continue;
    }
    if (line.startsWith("#")) {
      current.comments.push(line.replace(/^#\s?/, ""));
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) {
      throw new TacitusError(
        "INPUT_MALFORMED",
        `${source}:${n + 1}: a CoNLL-U word line needs 10 tab-separated columns, found ${cols.length}; fix the line.`,
      );
    }
    const idText = cols[0] ?? "";
    if (!/^\d+$/.test(idText)) {
      current.extraLines.push({ before: current.words.length + 1, line });
      continue;
    }
    const head = cols[6] === "_" ? -1 : Number(cols[6]);
    current.words.push({
      id: Number(idText),
      form: cols[1] ?? "_",
      lemma: cols[2] ?? "_",
      upos: cols[3] ?? "_",
      xpos: cols[4] ?? "_",
      feats: cols[5] ?? "_",
      head: Number.isFinite(head) ? head : -1,
      deprel: cols[7] ?? "_",
      deps: cols[8] ?? "_",
      misc: cols[9] ?? "_",
    });
  }
  if (current.words.length > 0) sentences.push(current);
  return sentences;
}

export function readConllu(path: string): ConlluSentence[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new TacitusError("INPUT_UNREADABLE", `Cannot read ${path}; check the path.`, { cause });
  }
  return parseConllu(text, path);
}

/** Writes sentences back as CoNLL-U (extra lines restored before the word they preceded). */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  let out = "";
  for (const sentence of sentences) {
    for (const comment of sentence.comments) out += `# ${comment}\n`;
    for (const word of sentence.words) {
      for (const extra of sentence.extraLines) if (extra.before === word.id) out += extra.line + "\n";
      out += [
        word.id, word.form, word.lemma, word.upos, word.xpos, word.feats,
        word.head < 0 ? "_" : word.head, word.deprel, word.deps, word.misc,
      ].join("\t") + "\n";
    }
    out += "\n";
  }
  return out;
}

/** One span of GUM's `Entity=` annotation: its id, its type, and its token range in the sentence. */
export interface EntityAnnotation {
  id: string;
  type: string;
  start: number;
  end: number;
}

const ENTITY_PART = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;

/** The `Entity=` spans of a sentence as token ranges; spans left open at the sentence end close there. */
export function entityAnnotations(sentence: ConlluSentence): EntityAnnotation[] {
  const spans: EntityAnnotation[] = [];
  const open: EntityAnnotation[] = [];
  sentence.words.forEach((word, i) => {
    const match = /(?:^|\|)Entity=([^|]*)/.exec(word.misc);
    if (match === null) return;
    for (const part of (match[1] ?? "").matchAll(ENTITY_PART)) {
      if (part[1] !== undefined) {
        const span: EntityAnnotation = { id: part[1], type: part[2] ?? "", start: i, end: i + 1 };
        spans.push(span);
        if (part[3] === undefined) open.push(span);
      } else if (part[4] !== undefined) {
        for (let k = open.length - 1; k >= 0; k--) {
          const span = open[k];
          if (span !== undefined && span.id === part[4]) {
            span.end = i + 1;
            open.splice(k, 1);
            break;
          }
        }
      }
    }
  });
  for (const span of open) span.end = sentence.words.length;
  return spans;
}
