import { hashString } from "./hash.js";

/** Per word type components, hashed once per distinct form and mixed into feature ids per token. */
export const C_LOWER = 0;
export const C_P1 = 1;
export const C_P2 = 2;
export const C_P3 = 3;
export const C_S1 = 4;
export const C_S2 = 5;
export const C_S3 = 6;
export const C_S4 = 7;
/** Case-sensitive compressed shape ("Xx", "x", "X.X.", "d,d"). */
export const C_SHAPE = 8;
/** Case-blind shape (letters as "a"). */
export const C_LSHAPE = 9;
export const C_FLAGS = 10;
/** Lexicon class of the word (e.g. its tag ambiguity class), from an optional lookup; 0 when unknown. */
export const C_LEX = 11;
export const COMPONENTS = 12;

export const F_TITLE = 1;
export const F_UPPER = 2;
export const F_LOWER = 4;
export const F_DIGIT = 8;
export const F_HYPHEN = 16;
export const F_NOLETTER = 32;
export const F_MIXED = 64;

/** SentenceEncoder.sentenceCase() values: no capitals at all, headline or all caps, ordinary capitalization. */
export const SENTENCE_UNCASED = 0;
export const SENTENCE_HEADLINE = 1;
export const SENTENCE_CONVENTIONAL = 2;

/** Boundary sentinels for positions before the first and after the last token. */
export const BOS = hashString("<s>");
export const EOS = hashString("</s>");

function charClass(code: number, caseBlind: boolean): string {
  if (code >= 48 && code <= 57) return "d";
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return ch;
  if (caseBlind) return "a";
  return ch === upper ? "X" : "x";
}

/** Shape with runs of one class collapsed to one character, at most 8 characters. */
export function wordShape(form: string, caseBlind: boolean): string {
  let out = "";
  let last = "";
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const c = charClass(form.charCodeAt(i), caseBlind);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function caseFlags(form: string): number {
  let upper = 0;
  let lower = 0;
  let flags = 0;
  let firstLetterUpper = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 48 && code <= 57) flags |= F_DIGIT;
    else if (code === 45) flags |= F_HYPHEN;
    const ch = form.charAt(i);
    const l = ch.toLowerCase();
    const u = ch.toUpperCase();
    if (l === u) continue;
    if (ch === u) {
      if (upper + lower === 0) firstLetterUpper = true;
      upper++;
    } else lower++;
  }
  if (upper + lower === 0) return flags | F_NOLETTER;
  if (lower === 0) return flags | F_UPPER;
  if (upper === 0) return flags | F_LOWER;
  if (firstLetterUpper && upper === 1) return flags | F_TITLE;
  return flags | F_MIXED;
}

/** Uppercases the first letter (not the first character: "01-feb" -> "01-Feb"). */
export function capitalizeFirstLetter(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charAt(i);
    const up = ch.toUpperCase();
    if (up !== ch.toLowerCase()) return lower.slice(0, i) + up + lower.slice(i + 1);
  }
  return lower;
}

/** The component vector of a form (hashes of its lowercase, affixes, shapes; raw flags). */
export function encodeWord(form: string, out: Uint32Array): void {
  const lower = form.toLowerCase();
  out[C_LOWER] = hashString(lower);
  out[C_P1] = hashString(lower.slice(0, 1), 11);
  out[C_P2] = hashString(lower.slice(0, 2), 12);
  out[C_P3] = hashString(lower.slice(0, 3), 13);
  out[C_S1] = hashString(lower.slice(-1), 21);
  out[C_S2] = hashString(lower.slice(-2), 22);
  out[C_S3] = hashString(lower.slice(-3), 23);
  out[C_S4] = hashString(lower.slice(-4), 24);
  out[C_SHAPE] = hashString(wordShape(form, false), 31);
  out[C_LSHAPE] = hashString(wordShape(form, true), 32);
  out[C_FLAGS] = caseFlags(form);
  out[C_LEX] = 0;
}

/**
 * Caches component vectors per distinct form (bounded, cleared when full) and lays them out
 * as columns for one sentence at a time, reusing its buffers.
 */
export class SentenceEncoder {
  private readonly cache = new Map<string, { vector: Uint32Array; lower: string }>();
  private readonly maxCache: number;
  /** Component columns: `columns[c][i]` for token i of the current sentence. */
  columns: Uint32Array[] = [];
  /** The forms of the current sentence (references, not copies). */
  readonly forms: string[] = [];
  length = 0;

  private readonly lexicon: ((lower: string, lowerHash: number) => number) | null;
  /** Lowercase forms of the current sentence. */
  readonly lowers: string[] = [];

  constructor(lexicon: ((lower: string, lowerHash: number) => number) | null = null, maxCache = 200_000) {
    this.lexicon = lexicon;
    this.maxCache = maxCache;
    this.grow(64);
  }

  private grow(capacity: number): void {
    this.columns = Array.from({ length: COMPONENTS }, () => new Uint32Array(capacity));
  }

  private entryOf(form: string): { vector: Uint32Array; lower: string } {
    let entry = this.cache.get(form);
    if (entry === undefined) {
      if (this.cache.size >= this.maxCache) this.cache.clear();
      const vector = new Uint32Array(COMPONENTS);
      encodeWord(form, vector);
      const lower = form.toLowerCase();
      vector[C_LEX] = this.lexicon === null ? 0 : this.lexicon(lower, vector[C_LOWER] ?? 0);
      entry = { vector, lower };
      this.cache.set(form, entry);
    }
    return entry;
  }

  componentsOf(form: string): Uint32Array {
    return this.entryOf(form).vector;
  }

  /** Starts a sentence of `length` tokens. */
  begin(length: number): void {
    if ((this.columns[0]?.length ?? 0) < length) this.grow(Math.max(length, (this.columns[0]?.length ?? 0) * 2));
    this.length = length;
  }

  set(i: number, form: string): void {
    this.forms[i] = form;
    const entry = this.entryOf(form);
    this.lowers[i] = entry.lower;
    const vector = entry.vector;
    for (let c = 0; c < COMPONENTS; c++) (this.columns[c] as Uint32Array)[i] = vector[c] ?? 0;
  }

  /** Component c of token i, with sentinels outside the sentence. */
  at(c: number, i: number): number {
    if (i < 0) return BOS;
    if (i >= this.length) return EOS;
    return (this.columns[c] as Uint32Array)[i] ?? 0;
  }

  /** Casing profile of the current sentence: SENTENCE_UNCASED, SENTENCE_HEADLINE or SENTENCE_CONVENTIONAL. */
  sentenceCase(): number {
    let words = 0;
    let capitalized = 0;
    let any = false;
    const flagsColumn = this.columns[C_FLAGS] as Uint32Array;
    for (let i = 0; i < this.length; i++) {
      const flags = flagsColumn[i] ?? 0;
      if ((flags & F_NOLETTER) !== 0) continue;
      words++;
      if ((flags & F_LOWER) === 0) any = true;
      if (i > 0 && (flags & (F_TITLE | F_UPPER | F_MIXED)) !== 0) capitalized++;
    }
    if (!any) return SENTENCE_UNCASED;
    if (words >= 4 && capitalized >= 0.7 * (words - 1)) return SENTENCE_HEADLINE;
    return SENTENCE_CONVENTIONAL;
  }

  encode(forms: readonly string[]): void {
    this.begin(forms.length);
    for (let i = 0; i < forms.length; i++) this.set(i, forms[i] ?? "");
  }
}
