import type { EntityLabel, DatePrecision, Modality } from "./records.js";
import type { EventType, Sector } from "../ontology/index.js";
import { StringStore } from "./string-store.js";

/** Universal POS tags; index 0 means "not tagged yet". */
export const UPOS = [
  "_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
  "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
] as const;
export type Upos = (typeof UPOS)[number];
export const UPOS_ID: Readonly<Record<Upos, number>> = Object.fromEntries(
  UPOS.map((tag, index) => [tag, index]),
) as Record<Upos, number>;

/** Bits of the `shape` column, read off the original (not normalized) text. */
export const Shape = {
  upperInitial: 1,
  allUpper: 2,
  allLower: 4,
  hasDigit: 8,
  punct: 16,
  quote: 32,
  hasLetter: 64,
  mixedCase: 128,
} as const;

/** Token columns. Views read them through the Doc's accessors; nothing holds a token object. */
export interface TokenColumns {
  start: Int32Array;
  end: Int32Array;
  /** Interned normalized surface form (quotes and dashes unified). */
  form: Uint32Array;
  /** Interned lowercase of `form`. */
  lower: Uint32Array;
  /** Interned form after casing repair; equals `form` where nothing was repaired. */
  cased: Uint32Array;
  shape: Uint8Array;
  spaceAfter: Uint8Array;
  sentence: Int32Array;
  upos: Uint8Array;
  xpos: Uint32Array;
  lemma: Uint32Array;
  /** Head token index, -1 for the root or when unparsed. */
  head: Int32Array;
  deprel: Uint32Array;
  /** Index of the mention that covers the token, -1 for none (innermost named mention). */
  mention: Int32Array;
}

export interface Mention {
  start: number;
  end: number;
  kind: "name" | "pronoun" | "nominal";
  label: EntityLabel;
  cluster: number;
  /** Identifies one entity across mentions when a lexicon entry matched ("actor:SEBIN", "country:USA"). */
  key: string | null;
  /** What the lexicon says of the name: canonical form, coding, place. */
  canonical: string | null;
  country: string | null;
  sector: Sector | null;
  geo: GeoRef | null;
}

export interface GeoRef {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
  precision: "city" | "region" | "country";
}

/** One entity of the document after coreference. */
export interface Cluster {
  id: number;
  label: EntityLabel;
  name: string;
  country: string | null;
  sector: Sector | null;
  gender: "m" | "f" | "n" | null;
  geo: GeoRef | null;
  mentions: number[];
}

export interface Timex {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  /** The value read into the future, where it differs: "on Friday" of something that will happen. */
  ahead?: string;
  /** The value read into the past, where it differs: "in January" of something that happened. */
  behind?: string;
}

export interface Quotation {
  /** Character offsets of the quoted words (inside the marks) in the original text. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  speakerMention: number;
  speakerCluster: number;
  /** A speaker no entity names ("the army said"), coded as an event's participant; null when a mention speaks or no one does. */
  speakerPhrase: Argument | null;
  cueToken: number;
  kind: "direct" | "indirect";
}

export interface Argument {
  /** Token range of the words that name the participant. */
  start: number;
  end: number;
  cluster: number;
  /** Fallback coding for participants that are not an entity ("his driver"). */
  name: string;
  country: string | null;
  sector: Sector | null;
}

export interface EventAnnotation {
  type: EventType;
  mode: string | null;
  cameo: string | null;
  triggerStart: number;
  triggerEnd: number;
  sentence: number;
  actor: Argument | null;
  recipient: Argument | null;
  quote: number;
  negated: boolean;
  modality: Modality;
  timex: number;
  /** Stated as intended or expected ("would meet on Friday"): its timex is read into the future. */
  dateAhead: boolean;
  place: number;
  confidence: number;
}

export interface DocumentInit {
  id: string;
  text: string;
  title?: string | null;
  publishedAt?: string | null;
}

const INITIAL_CAPACITY = 64;

function allocateColumns(capacity: number): TokenColumns {
  return {
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    form: new Uint32Array(capacity),
    lower: new Uint32Array(capacity),
    cased: new Uint32Array(capacity),
    shape: new Uint8Array(capacity),
    spaceAfter: new Uint8Array(capacity),
    sentence: new Int32Array(capacity),
    upos: new Uint8Array(capacity),
    xpos: new Uint32Array(capacity),
    lemma: new Uint32Array(capacity),
    head: new Int32Array(capacity).fill(-1),
    deprel: new Uint32Array(capacity),
    mention: new Int32Array(capacity).fill(-1),
  };
}

function growColumns(old: TokenColumns, capacity: number): TokenColumns {
  const grown = allocateColumns(capacity);
  for (const key of Object.keys(old) as (keyof TokenColumns)[]) {
    (grown[key] as Int32Array).set(old[key] as Int32Array);
  }
  return grown;
}

/**
 * The document at the centre of the pipeline: the original text, token and sentence columns
 * with character offsets into that text, and the annotations stages add as spans over them.
 */
export class Doc {
  readonly id: string;
  /** The text as given; every offset in the output points into it. */
  readonly text: string;
  readonly title: string | null;
  publishedAt: string | null;
  readonly strings = new StringStore();

  /** Normalized text for matching, and where each of its characters came from in `text`. */
  norm: string;
  normToText: Int32Array | null = null;

  tokenCount = 0;
  tokens: TokenColumns = allocateColumns(INITIAL_CAPACITY);

  sentenceCount = 0;
  sentenceStart = new Int32Array(0);
  sentenceEnd = new Int32Array(0);
  headlineSentences = 0;

  casingDamaged = false;
  /** The country the document is mostly about (ISO3), from its place mentions; set by coreference. */
  focusCountry: string | null = null;
  mentions: Mention[] = [];
  clusters: Cluster[] = [];
  timexes: Timex[] = [];
  /** Every date expression the dates stage found, resolved or not: its words name no one and tell of no deed. */
  dateSpans: { start: number; end: number }[] = [];
  quotes: Quotation[] = [];
  events: EventAnnotation[] = [];
  /** Annotations present, by name; the pipeline runner keeps it. */
  readonly annotations = new Set<string>(["text"]);

  constructor(init: DocumentInit) {
    this.id = init.id;
    this.text = init.text;
    this.norm = init.text;
    this.title = init.title ?? null;
    this.publishedAt = init.publishedAt ?? null;
  }

  /** Appends a token; returns its index. */
  addToken(start: number, end: number, form: string, shape: number, spaceAfter: boolean): number {
    if (this.tokenCount === this.tokens.start.length) {
      this.tokens = growColumns(this.tokens, this.tokens.start.length * 2);
    }
    const i = this.tokenCount++;
    const t = this.tokens;
    t.start[i] = start;
    t.end[i] = end;
    const formId = this.strings.intern(form);
    t.form[i] = formId;
    t.cased[i] = formId;
    t.lower[i] = this.strings.intern(form.toLowerCase());
    t.shape[i] = shape;
    t.spaceAfter[i] = spaceAfter ? 1 : 0;
    return i;
  }

  setSentences(starts: ArrayLike<number>, ends: ArrayLike<number>, headlineCount: number): void {
    this.sentenceCount = starts.length;
    this.sentenceStart = Int32Array.from(starts);
    this.sentenceEnd = Int32Array.from(ends);
    this.headlineSentences = headlineCount;
    for (let s = 0; s < this.sentenceCount; s++) {
      this.tokens.sentence.fill(s, this.sentenceStart[s], this.sentenceEnd[s]);
    }
  }

  /** Original text of token i. */
  tokenText(i: number): string {
    return this.text.slice(this.tokens.start[i], this.tokens.end[i]);
  }

  form(i: number): string {
    return this.strings.get(this.tokens.form[i] ?? 0);
  }

  lower(i: number): string {
    return this.strings.get(this.tokens.lower[i] ?? 0);
  }

  cased(i: number): string {
    return this.strings.get(this.tokens.cased[i] ?? 0);
  }

  lemma(i: number): string {
    const id = this.tokens.lemma[i] ?? 0;
    return id === 0 ? this.lower(i) : this.strings.get(id);
  }

  upos(i: number): Upos {
    return UPOS[this.tokens.upos[i] ?? 0] ?? "_";
  }

  /** Penn Treebank tag ("VBZ", "NNS"), or "_" before tagging. */
  xpos(i: number): string {
    const id = this.tokens.xpos[i] ?? 0;
    return id === 0 ? "_" : this.strings.get(id);
  }

  deprel(i: number): string {
    return this.strings.get(this.tokens.deprel[i] ?? 0);
  }

  head(i: number): number {
    return this.tokens.head[i] ?? -1;
  }

  hasShape(i: number, bit: number): boolean {
    return ((this.tokens.shape[i] ?? 0) & bit) !== 0;
  }

  sentenceOf(i: number): number {
    return this.tokens.sentence[i] ?? 0;
  }

  sentenceTokens(s: number): [number, number] {
    return [this.sentenceStart[s] ?? 0, this.sentenceEnd[s] ?? 0];
  }

  /** Character range in `text` of tokens [start, end). */
  charRange(start: number, end: number): [number, number] {
    return [this.tokens.start[start] ?? 0, this.tokens.end[end - 1] ?? 0];
  }

  /** Original text of tokens [start, end). */
  spanText(start: number, end: number): string {
    const [from, to] = this.charRange(start, end);
    return this.text.slice(from, to);
  }

  /** Truecased text of tokens [start, end), spaced as in the original. */
  casedText(start: number, end: number): string {
    let out = "";
    for (let i = start; i < end; i++) {
      out += this.cased(i);
      if (i + 1 < end) {
        const gap = (this.tokens.start[i + 1] ?? 0) - (this.tokens.end[i] ?? 0);
        if (gap > 0) out += " ";
      }
    }
    return out;
  }

  /** Index of the first token whose character range contains or follows `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokenCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens.end[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Maps an offset in `norm` back to `text`. */
  textOffset(normOffset: number): number {
    return this.normToText === null ? normOffset : (this.normToText[normOffset] ?? this.text.length);
  }
}
