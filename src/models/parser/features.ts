import type { ParseState } from "./state.js";

/** Token columns the parser reads, indexed 0..n-1 (slot n is the root); owned by a workspace. */
export class SentenceColumns {
  n = 0;
  /** Vocabulary id of the normalized lowercase form; 0 for unknown. */
  word: Int32Array;
  /** UPOS id as in the document model. */
  upos: Int32Array;
  /** XPOS id; 0 for unknown. Used in a few templates only: the tagger gets UPOS right more often. */
  xpos: Int32Array;
  /** 1 when the surface form starts with an uppercase letter, 2 when all letters are uppercase. */
  cap: Int32Array;

  constructor(capacity = 128) {
    this.word = new Int32Array(capacity + 1);
    this.upos = new Int32Array(capacity + 1);
    this.xpos = new Int32Array(capacity + 1);
    this.cap = new Int32Array(capacity + 1);
  }

  reset(n: number): void {
    if (n + 1 > this.word.length) {
      const size = Math.max(n + 1, this.word.length * 2);
      this.word = new Int32Array(size);
      this.upos = new Int32Array(size);
      this.xpos = new Int32Array(size);
      this.cap = new Int32Array(size);
    }
    this.n = n;
    this.word[n] = ROOT;
    this.upos[n] = ROOT;
    this.xpos[n] = ROOT;
    this.cap[n] = ROOT;
  }
}

/** Sentinel values for "no such item" and "the root"; far from any id. */
export const NONE = 0x7ffff001;
export const ROOT = 0x7ffff002;

/** Enough room for every template below. */
export const MAX_FEATURES = 192;

/** Lowercase with digits folded to 0, the form the vocabulary holds. */
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, "0");
}

/** Capitalization class of a surface form (see SentenceColumns.cap). */
export function capClass(form: string): number {
  const first = form.charAt(0);
  if (first.toLowerCase() === first.toUpperCase()) return 0;
  if (first !== first.toUpperCase()) return 0;
  return form.length > 1 && form === form.toUpperCase() ? 2 : 1;
}

// Multiply-xorshift hashing of small integers: a third of the multiplications of MurmurHash3,
// and the parser computes about 300 of these per token.
function fold(h: number, v: number): number {
  return Math.imul(h, 0x9e3779b1) ^ v;
}

function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Start of every feature hash, offset by the template id. */
const HASH_SEED = 0x632be5ab;

function h1(t: number, a: number): number {
  return finish(fold(t + HASH_SEED, a));
}

function h2(t: number, a: number, b: number): number {
  return finish(fold(fold(t + HASH_SEED, a), b));
}

function h3(t: number, a: number, b: number, c: number): number {
  return finish(fold(fold(fold(t + HASH_SEED, a), b), c));
}

function distBin(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

function valBin(v: number): number {
  return v < 4 ? v : 4;
}

// Slots of the values that move features combine, filled per configuration by moveFeatures.
// Naming: item (s0..s2 stack, b0..b2 buffer, l1/l2/r1/r2 its outermost children), then what of it:
// w word, t UPOS, x XPOS, l arc label, c capitalization, wt word * 131 + tag, vl/vr valency,
// ls/rs label sets; dsb and dss are the s0-b0 and s1-s0 distances.
const ZERO = 0;
const S0W = 1, S0T = 2, S0WT = 3, S0X = 4, S0C = 5;
const S1W = 6, S1T = 7, S1WT = 8, S1X = 9, S1C = 10;
const S2W = 11, S2T = 12;
const B0W = 13, B0T = 14, B0WT = 15, B0X = 16, B0C = 17;
const B1W = 18, B1T = 19, B1X = 20, B1C = 21;
const B2W = 22, B2T = 23;
const S0L1W = 24, S0L1T = 25, S0L1L = 26, S0L2T = 27, S0L2L = 28;
const S0R1W = 29, S0R1T = 30, S0R1L = 31, S0R2T = 32, S0R2L = 33;
const S1L1T = 34, S1L1L = 35;
const S1R1W = 36, S1R1T = 37, S1R1L = 38, S1R2T = 39, S1R2L = 40;
const B0L1W = 41, B0L1T = 42, B0L1L = 43, B0L2T = 44, B0L2L = 45;
const DSB = 46, DSS = 47;
const S0VL = 48, S0VR = 49, S1VL = 50, S1VR = 51, B0VL = 52;
const S0LS = 53, S0RS = 54, S1LS = 55, S1RS = 56, B0LS = 57;
const MOVE_VALUES = 58;

/**
 * Move feature templates (Zhang & Nivre 2011, adapted to arc-hybrid): [template id, value slots...];
 * feature k is the hash of template k's id with its values, in order. The word variants of the
 * valency, label-set, distance and tag-trigram templates are left out: a fifth fewer lookups, the
 * parser's main cost, at no loss of accuracy (EWT test).
 */
const MOVE_TEMPLATES: readonly (readonly number[])[] = [
  [0, ZERO],
  // Unigrams.
  [1, S0W], [2, S0T], [3, S0W, S0T],
  [4, S1W], [5, S1T], [6, S1W, S1T],
  [7, B0W], [8, B0T], [9, B0W, B0T],
  [10, B1W], [11, B1T], [12, B1W, B1T],
  [13, B2W], [14, B2T], [15, B2W, B2T],
  [16, S2T], [17, S2W, S2T],
  // Pairs s0-b0 (LEFT) and s1-s0 (RIGHT).
  [20, S0WT, B0W, B0T], [21, S0WT, B0W], [22, S0W, B0WT],
  [23, S0WT, B0T], [24, S0T, B0WT], [25, S0W, B0W], [26, S0T, B0T],
  [27, B0T, B1T], [28, B0W, B1W], [29, B0W, B1T], [30, B0T, B1W],
  [31, S1WT, S0W, S0T], [32, S1WT, S0W], [33, S1W, S0WT],
  [34, S1WT, S0T], [35, S1T, S0WT], [36, S1W, S0W], [37, S1T, S0T],
  [38, S1T, B0T], [39, S1W, B0W], [40, S1W, B0T], [41, S1T, B0W],
  // Tag trigrams.
  [50, B0T, B1T, B2T], [51, S0T, B0T, B1T], [52, S1T, S0T, B0T], [53, S2T, S1T, S0T],
  [54, S0T, S0L1T, B0T], [55, S0T, S0R1T, B0T], [56, S0T, B0T, B0L1T], [57, S1T, S0T, S0L1T],
  [58, S1T, S0T, S0R1T], [59, S1T, S1R1T, S0T], [60, S1T, S1L1T, S0T],
  [66, S2T, S1T, B0T], [67, S1T, S0T, B1T],
  // Distances.
  [70, S0W, DSB], [71, S0T, DSB], [72, B0W, DSB], [73, B0T, DSB], [74, S0T, B0T, DSB],
  [77, S1T, DSS], [79, S0T, DSS],
  [80, S1T, S0T, DSS],
  // Valencies.
  [86, S0T, S0VL], [88, S0T, S0VR],
  [90, S1T, S1VL], [92, S1T, S1VR],
  [94, B0T, B0VL],
  // Children unigrams.
  [100, S0L1W], [101, S0L1T], [102, S0L1L], [103, S0R1W], [104, S0R1T], [105, S0R1L],
  [106, S1L1T], [107, S1L1L], [108, S1R1W], [109, S1R1T], [110, S1R1L],
  [111, B0L1W], [112, B0L1T], [113, B0L1L],
  [114, S0L2T], [115, S0L2L], [116, S0R2T], [117, S0R2L], [118, S1R2T], [119, S1R2L],
  [120, B0L2T], [121, B0L2L],
  // Second-order children.
  [125, S0T, S0L1L, S0L2L], [126, S0T, S0R1L, S0R2L], [127, S1T, S1R1L, S1R2L],
  [128, B0T, B0L1L, B0L2L], [129, S0T, S0L1T, S0L2T], [130, S0T, S0R1T, S0R2T],
  [131, S1T, S1R1T, S1R2T], [132, B0T, B0L1T, B0L2T],
  [133, S0T, S0L1L, B0T], [134, S0T, S0R1L, B0T], [135, S1T, S1R1L, S0T], [136, S0T, B0L1L, B0T],
  // Label sets.
  [141, S0T, S0LS], [143, S0T, S0RS],
  [145, S1T, S1LS], [147, S1T, S1RS],
  [149, B0T, B0LS],
  // Capitalization.
  [155, S0C, B0C, S0T], [156, S1C, S0C, S0T], [157, B0C, B1C, B0T],
  // XPOS, in a few templates only: the tagger gets UPOS right more often.
  [160, S0X], [161, S1X], [162, B0X], [163, B1X], [164, S0X, B0X], [165, S1X, S0X],
];

/**
 * The templates flattened for the hashing loop: feature k starts from templateSeed[k] and folds in
 * values[valueSlots[j]] for j in [valueStart[k], valueStart[k + 1]). The parser hashes about 100
 * features per move; one tight loop over these arrays is much cheaper than a call per feature.
 */
const templateSeed = Int32Array.from(MOVE_TEMPLATES, ([id]) => (id ?? 0) + HASH_SEED);
const valueStart = Int32Array.from({ length: MOVE_TEMPLATES.length + 1 }, (_, k) =>
  MOVE_TEMPLATES.slice(0, k).reduce((sum, template) => sum + template.length - 1, 0));
const valueSlots = Int32Array.from(MOVE_TEMPLATES.flatMap((template) => template.slice(1)));
/** Scratch for the values of the configuration being scored (parsing is synchronous: one at a time). */
const moveValues = new Int32Array(MOVE_VALUES);

/** column[i], or NONE when there is no such item (i < 0). */
function valueAt(column: Int32Array, i: number): number {
  return i < 0 ? NONE : (column[i] ?? 0);
}

/** Writes the move feature hashes of the configuration into `out` and returns how many. */
export function moveFeatures(st: ParseState, sc: SentenceColumns, out: Uint32Array): number {
  const word = sc.word;
  // The main tag is UPOS: the tagger gets it right more often than XPOS, and parses were no worse.
  const tag = sc.upos;
  const label = st.label;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b(0);
  const b1 = st.b(1);
  const b2 = st.b(2);
  const s0l1 = s0 < 0 ? -1 : (st.left1[s0] ?? -1);
  const s0l2 = s0 < 0 ? -1 : (st.left2[s0] ?? -1);
  const s0r1 = s0 < 0 ? -1 : (st.right1[s0] ?? -1);
  const s0r2 = s0 < 0 ? -1 : (st.right2[s0] ?? -1);
  const s1l1 = s1 < 0 ? -1 : (st.left1[s1] ?? -1);
  const s1r1 = s1 < 0 ? -1 : (st.right1[s1] ?? -1);
  const s1r2 = s1 < 0 ? -1 : (st.right2[s1] ?? -1);
  const b0l1 = b0 < 0 ? -1 : (st.left1[b0] ?? -1);
  const b0l2 = b0 < 0 ? -1 : (st.left2[b0] ?? -1);

  const v = moveValues;
  v[ZERO] = 0;
  v[S0W] = valueAt(word, s0); v[S0T] = valueAt(tag, s0); v[S0X] = valueAt(sc.xpos, s0); v[S0C] = valueAt(sc.cap, s0);
  v[S1W] = valueAt(word, s1); v[S1T] = valueAt(tag, s1); v[S1X] = valueAt(sc.xpos, s1); v[S1C] = valueAt(sc.cap, s1);
  v[S2W] = valueAt(word, s2); v[S2T] = valueAt(tag, s2);
  v[B0W] = valueAt(word, b0); v[B0T] = valueAt(tag, b0); v[B0X] = valueAt(sc.xpos, b0); v[B0C] = valueAt(sc.cap, b0);
  v[B1W] = valueAt(word, b1); v[B1T] = valueAt(tag, b1); v[B1X] = valueAt(sc.xpos, b1); v[B1C] = valueAt(sc.cap, b1);
  v[B2W] = valueAt(word, b2); v[B2T] = valueAt(tag, b2);
  // The products overflow 32 bits; hashing reads them modulo 2^32, as the Int32Array stores them.
  v[S0WT] = valueAt(word, s0) * 131 + valueAt(tag, s0);
  v[S1WT] = valueAt(word, s1) * 131 + valueAt(tag, s1);
  v[B0WT] = valueAt(word, b0) * 131 + valueAt(tag, b0);

  v[S0L1W] = valueAt(word, s0l1); v[S0L1T] = valueAt(tag, s0l1); v[S0L1L] = valueAt(label, s0l1);
  v[S0L2T] = valueAt(tag, s0l2); v[S0L2L] = valueAt(label, s0l2);
  v[S0R1W] = valueAt(word, s0r1); v[S0R1T] = valueAt(tag, s0r1); v[S0R1L] = valueAt(label, s0r1);
  v[S0R2T] = valueAt(tag, s0r2); v[S0R2L] = valueAt(label, s0r2);
  v[S1L1T] = valueAt(tag, s1l1); v[S1L1L] = valueAt(label, s1l1);
  v[S1R1W] = valueAt(word, s1r1); v[S1R1T] = valueAt(tag, s1r1); v[S1R1L] = valueAt(label, s1r1);
  v[S1R2T] = valueAt(tag, s1r2); v[S1R2L] = valueAt(label, s1r2);
  v[B0L1W] = valueAt(word, b0l1); v[B0L1T] = valueAt(tag, b0l1); v[B0L1L] = valueAt(label, b0l1);
  v[B0L2T] = valueAt(tag, b0l2); v[B0L2L] = valueAt(label, b0l2);

  v[DSB] = s0 < 0 || b0 < 0 ? NONE : distBin(b0 - s0);
  v[DSS] = s1 < 0 ? NONE : distBin(s0 - s1);
  v[S0VL] = s0 < 0 ? NONE : valBin(st.leftCount[s0] ?? 0);
  v[S0VR] = s0 < 0 ? NONE : valBin(st.rightCount[s0] ?? 0);
  v[S1VL] = s1 < 0 ? NONE : valBin(st.leftCount[s1] ?? 0);
  v[S1VR] = s1 < 0 ? NONE : valBin(st.rightCount[s1] ?? 0);
  v[B0VL] = b0 < 0 ? NONE : valBin(st.leftCount[b0] ?? 0);
  v[S0LS] = s0 < 0 ? NONE : (st.leftLabels[s0] ?? 0);
  v[S0RS] = s0 < 0 ? NONE : (st.rightLabels[s0] ?? 0);
  v[S1LS] = s1 < 0 ? NONE : (st.leftLabels[s1] ?? 0);
  v[S1RS] = s1 < 0 ? NONE : (st.rightLabels[s1] ?? 0);
  v[B0LS] = b0 < 0 ? NONE : (st.leftLabels[b0] ?? 0);

  return hashMoveTemplates(v, out);
}

/** The template hashes over `values` into `out`; a function of its own, small enough for fold and finish to be inlined. */
function hashMoveTemplates(values: Int32Array, out: Uint32Array): number {
  const count = templateSeed.length;
  for (let k = 0; k < count; k++) {
    let h = templateSeed[k] ?? 0;
    const end = valueStart[k + 1] ?? 0;
    for (let j = valueStart[k] ?? 0; j < end; j++) h = fold(h, values[valueSlots[j] ?? 0] ?? 0);
    out[k] = finish(h);
  }
  return count;
}

/**
 * Label features for an arc from `h` to `d` (both already known): the dependent is complete in
 * arc-hybrid, so its children are informative; the head's children so far too.
 */
export function labelFeatures(
  st: ParseState, sc: SentenceColumns, h: number, d: number, out: Uint32Array,
): number {
  const word = sc.word;
  const tag = sc.upos;
  const label = st.label;
  const n = sc.n;
  const dir = d < h ? 1 : 2;
  const dw = word[d] ?? 0;
  const dt = tag[d] ?? 0;
  const hw = word[h] ?? 0;
  const ht = tag[h] ?? 0;
  const dist = distBin(d < h ? h - d : d - h);
  const dl1 = st.left1[d] ?? -1;
  const dr1 = st.right1[d] ?? -1;
  const dl2 = st.left2[d] ?? -1;
  const hl1 = st.left1[h] ?? -1;
  const hr1 = st.right1[h] ?? -1;
  const dl1w = dl1 < 0 ? NONE : (word[dl1] ?? 0);
  const dl1l = dl1 < 0 ? NONE : (label[dl1] ?? 0);
  const dl1t = dl1 < 0 ? NONE : (tag[dl1] ?? 0);
  const dl2l = dl2 < 0 ? NONE : (label[dl2] ?? 0);
  const dr1w = dr1 < 0 ? NONE : (word[dr1] ?? 0);
  const dr1l = dr1 < 0 ? NONE : (label[dr1] ?? 0);
  const dr1t = dr1 < 0 ? NONE : (tag[dr1] ?? 0);
  const hl1l = hl1 < 0 ? NONE : (label[hl1] ?? 0);
  const hr1l = hr1 < 0 ? NONE : (label[hr1] ?? 0);
  const dls = st.leftLabels[d] ?? 0;
  const drs = st.rightLabels[d] ?? 0;
  const hls = st.leftLabels[h] ?? 0;
  const hrs = st.rightLabels[h] ?? 0;
  const prevT = d > 0 ? (tag[d - 1] ?? 0) : NONE;
  const nextT = d + 1 < n ? (tag[d + 1] ?? 0) : NONE;
  const prevW = d > 0 ? (word[d - 1] ?? 0) : NONE;
  const dc = sc.cap[d] ?? 0;

  const base = dir * 64;
  let k = 0;
  out[k++] = h1(base + 0, 0);
  out[k++] = h1(base + 1, dw); out[k++] = h1(base + 2, dt); out[k++] = h1(base + 4, hw); out[k++] = h1(base + 5, ht); out[k++] = h2(base + 6, dw, dt);
  out[k++] = h2(base + 7, dw, ht); out[k++] = h2(base + 8, dt, hw); out[k++] = h2(base + 9, dt, ht); out[k++] = h2(base + 10, dw, hw); out[k++] = h3(base + 12, dw, dt, ht);
  out[k++] = h1(base + 13, dist); out[k++] = h3(base + 14, dt, ht, dist); out[k++] = h2(base + 15, dw, dist);
  out[k++] = h1(base + 16, dl1l); out[k++] = h1(base + 17, dr1l); out[k++] = h2(base + 18, dt, dls); out[k++] = h2(base + 19, dt, drs); out[k++] = h2(base + 20, dl1w, dt); out[k++] = h2(base + 21, dr1w, dt);
  out[k++] = h3(base + 22, dt, dl1l, dl2l); out[k++] = h2(base + 23, dl1t, dt); out[k++] = h2(base + 24, dr1t, dt); out[k++] = h2(base + 25, dl1w, ht);
  out[k++] = h2(base + 26, ht, hls); out[k++] = h2(base + 27, ht, hrs); out[k++] = h3(base + 28, ht, hl1l, dt); out[k++] = h3(base + 29, ht, hr1l, dt);
  out[k++] = h3(base + 30, prevT, dt, ht); out[k++] = h3(base + 31, dt, nextT, ht); out[k++] = h2(base + 32, prevW, dt);
  out[k++] = h3(base + 33, dc, dt, ht); out[k++] = h3(base + 34, dw, hw, ht); out[k++] = h3(base + 35, dls, drs, dt); out[k++] = h3(base + 36, hls, dt, ht);
  out[k++] = h2(base + 37, sc.xpos[d] ?? 0, sc.xpos[h] ?? 0); out[k++] = h2(base + 38, dw, sc.xpos[d] ?? 0);
  return k;
}
