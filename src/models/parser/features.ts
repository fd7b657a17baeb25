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

function h1(t: number, a: number): number {
  return finish(fold(t + 0x632be5ab, a));
}

function h2(t: number, a: number, b: number): number {
  return finish(fold(fold(t + 0x632be5ab, a), b));
}

function h3(t: number, a: number, b: number, c: number): number {
  return finish(fold(fold(fold(t + 0x632be5ab, a), b), c));
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

/**
 * Move features (Zhang & Nivre 2011 templates adapted to arc-hybrid): writes hashes into `out`
 * and returns how many. Items: s0..s2 (stack), b0..b2 (buffer), outermost children of s0, s1, b0.
 * The word variants of the valency, label-set, distance and tag-trigram templates are left out:
 * a fifth fewer lookups, the parser's main cost, at no loss of accuracy (EWT test).
 */
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

  const s0w = s0 < 0 ? NONE : (word[s0] ?? 0);
  const s0t = s0 < 0 ? NONE : (tag[s0] ?? 0);
  const s1w = s1 < 0 ? NONE : (word[s1] ?? 0);
  const s1t = s1 < 0 ? NONE : (tag[s1] ?? 0);
  const s2w = s2 < 0 ? NONE : (word[s2] ?? 0);
  const s2t = s2 < 0 ? NONE : (tag[s2] ?? 0);
  const b0w = b0 < 0 ? NONE : (word[b0] ?? 0);
  const b0t = b0 < 0 ? NONE : (tag[b0] ?? 0);
  const b1w = b1 < 0 ? NONE : (word[b1] ?? 0);
  const b1t = b1 < 0 ? NONE : (tag[b1] ?? 0);
  const b2w = b2 < 0 ? NONE : (word[b2] ?? 0);
  const b2t = b2 < 0 ? NONE : (tag[b2] ?? 0);

  const s0l1 = s0 < 0 ? -1 : (st.left1[s0] ?? -1);
  const s0l2 = s0 < 0 ? -1 : (st.left2[s0] ?? -1);
  const s0r1 = s0 < 0 ? -1 : (st.right1[s0] ?? -1);
  const s0r2 = s0 < 0 ? -1 : (st.right2[s0] ?? -1);
  const s1l1 = s1 < 0 ? -1 : (st.left1[s1] ?? -1);
  const s1r1 = s1 < 0 ? -1 : (st.right1[s1] ?? -1);
  const s1r2 = s1 < 0 ? -1 : (st.right2[s1] ?? -1);
  const b0l1 = b0 < 0 ? -1 : (st.left1[b0] ?? -1);
  const b0l2 = b0 < 0 ? -1 : (st.left2[b0] ?? -1);

  const s0l1w = s0l1 < 0 ? NONE : (word[s0l1] ?? 0);
  const s0l1t = s0l1 < 0 ? NONE : (tag[s0l1] ?? 0);
  const s0l1l = s0l1 < 0 ? NONE : (label[s0l1] ?? 0);
  const s0l2t = s0l2 < 0 ? NONE : (tag[s0l2] ?? 0);
  const s0l2l = s0l2 < 0 ? NONE : (label[s0l2] ?? 0);
  const s0r1w = s0r1 < 0 ? NONE : (word[s0r1] ?? 0);
  const s0r1t = s0r1 < 0 ? NONE : (tag[s0r1] ?? 0);
  const s0r1l = s0r1 < 0 ? NONE : (label[s0r1] ?? 0);
  const s0r2t = s0r2 < 0 ? NONE : (tag[s0r2] ?? 0);
  const s0r2l = s0r2 < 0 ? NONE : (label[s0r2] ?? 0);
  const s1l1t = s1l1 < 0 ? NONE : (tag[s1l1] ?? 0);
  const s1l1l = s1l1 < 0 ? NONE : (label[s1l1] ?? 0);
  const s1r1w = s1r1 < 0 ? NONE : (word[s1r1] ?? 0);
  const s1r1t = s1r1 < 0 ? NONE : (tag[s1r1] ?? 0);
  const s1r1l = s1r1 < 0 ? NONE : (label[s1r1] ?? 0);
  const s1r2t = s1r2 < 0 ? NONE : (tag[s1r2] ?? 0);
  const s1r2l = s1r2 < 0 ? NONE : (label[s1r2] ?? 0);
  const b0l1w = b0l1 < 0 ? NONE : (word[b0l1] ?? 0);
  const b0l1t = b0l1 < 0 ? NONE : (tag[b0l1] ?? 0);
  const b0l1l = b0l1 < 0 ? NONE : (label[b0l1] ?? 0);
  const b0l2t = b0l2 < 0 ? NONE : (tag[b0l2] ?? 0);
  const b0l2l = b0l2 < 0 ? NONE : (label[b0l2] ?? 0);

  const dsb = s0 < 0 || b0 < 0 ? NONE : distBin(b0 - s0);
  const dss = s1 < 0 ? NONE : distBin(s0 - s1);
  const s0vl = s0 < 0 ? NONE : valBin(st.leftCount[s0] ?? 0);
  const s0vr = s0 < 0 ? NONE : valBin(st.rightCount[s0] ?? 0);
  const s1vl = s1 < 0 ? NONE : valBin(st.leftCount[s1] ?? 0);
  const s1vr = s1 < 0 ? NONE : valBin(st.rightCount[s1] ?? 0);
  const b0vl = b0 < 0 ? NONE : valBin(st.leftCount[b0] ?? 0);
  const s0ls = s0 < 0 ? NONE : (st.leftLabels[s0] ?? 0);
  const s0rs = s0 < 0 ? NONE : (st.rightLabels[s0] ?? 0);
  const s1ls = s1 < 0 ? NONE : (st.leftLabels[s1] ?? 0);
  const s1rs = s1 < 0 ? NONE : (st.rightLabels[s1] ?? 0);
  const b0ls = b0 < 0 ? NONE : (st.leftLabels[b0] ?? 0);
  const s0c = s0 < 0 ? NONE : (sc.cap[s0] ?? 0);
  const s1c = s1 < 0 ? NONE : (sc.cap[s1] ?? 0);
  const b0c = b0 < 0 ? NONE : (sc.cap[b0] ?? 0);
  const b1c = b1 < 0 ? NONE : (sc.cap[b1] ?? 0);

  let k = 0;

  out[k++] = h1(0, 0);
  // Unigrams.
  out[k++] = h1(1, s0w); out[k++] = h1(2, s0t); out[k++] = h2(3, s0w, s0t);
  out[k++] = h1(4, s1w); out[k++] = h1(5, s1t); out[k++] = h2(6, s1w, s1t);
  out[k++] = h1(7, b0w); out[k++] = h1(8, b0t); out[k++] = h2(9, b0w, b0t);
  out[k++] = h1(10, b1w); out[k++] = h1(11, b1t); out[k++] = h2(12, b1w, b1t);
  out[k++] = h1(13, b2w); out[k++] = h1(14, b2t); out[k++] = h2(15, b2w, b2t);
  out[k++] = h1(16, s2t); out[k++] = h2(17, s2w, s2t);
  // Pairs s0-b0 (LEFT) and s1-s0 (RIGHT).
  out[k++] = h3(20, s0w * 131 + s0t, b0w, b0t); out[k++] = h2(21, s0w * 131 + s0t, b0w); out[k++] = h2(22, s0w, b0w * 131 + b0t);
  out[k++] = h2(23, s0w * 131 + s0t, b0t); out[k++] = h2(24, s0t, b0w * 131 + b0t); out[k++] = h2(25, s0w, b0w); out[k++] = h2(26, s0t, b0t);
  out[k++] = h2(27, b0t, b1t); out[k++] = h2(28, b0w, b1w); out[k++] = h2(29, b0w, b1t); out[k++] = h2(30, b0t, b1w);
  out[k++] = h3(31, s1w * 131 + s1t, s0w, s0t); out[k++] = h2(32, s1w * 131 + s1t, s0w); out[k++] = h2(33, s1w, s0w * 131 + s0t);
  out[k++] = h2(34, s1w * 131 + s1t, s0t); out[k++] = h2(35, s1t, s0w * 131 + s0t); out[k++] = h2(36, s1w, s0w); out[k++] = h2(37, s1t, s0t);
  out[k++] = h2(38, s1t, b0t); out[k++] = h2(39, s1w, b0w); out[k++] = h2(40, s1w, b0t); out[k++] = h2(41, s1t, b0w);
  // Tag trigrams.
  out[k++] = h3(50, b0t, b1t, b2t); out[k++] = h3(51, s0t, b0t, b1t); out[k++] = h3(52, s1t, s0t, b0t); out[k++] = h3(53, s2t, s1t, s0t);
  out[k++] = h3(54, s0t, s0l1t, b0t); out[k++] = h3(55, s0t, s0r1t, b0t); out[k++] = h3(56, s0t, b0t, b0l1t); out[k++] = h3(57, s1t, s0t, s0l1t);
  out[k++] = h3(58, s1t, s0t, s0r1t); out[k++] = h3(59, s1t, s1r1t, s0t); out[k++] = h3(60, s1t, s1l1t, s0t);
 
  out[k++] = h3(66, s2t, s1t, b0t); out[k++] = h3(67, s1t, s0t, b1t);
  // Distances.
  out[k++] = h2(70, s0w, dsb); out[k++] = h2(71, s0t, dsb); out[k++] = h2(72, b0w, dsb); out[k++] = h2(73, b0t, dsb); out[k++] = h3(74, s0t, b0t, dsb);
  out[k++] = h2(77, s1t, dss); out[k++] = h2(79, s0t, dss);
  out[k++] = h3(80, s1t, s0t, dss);
  // Valencies.
  out[k++] = h2(86, s0t, s0vl); out[k++] = h2(88, s0t, s0vr);
  out[k++] = h2(90, s1t, s1vl); out[k++] = h2(92, s1t, s1vr);
  out[k++] = h2(94, b0t, b0vl);
  // Children unigrams.
  out[k++] = h1(100, s0l1w); out[k++] = h1(101, s0l1t); out[k++] = h1(102, s0l1l); out[k++] = h1(103, s0r1w); out[k++] = h1(104, s0r1t); out[k++] = h1(105, s0r1l);
  out[k++] = h1(106, s1l1t); out[k++] = h1(107, s1l1l); out[k++] = h1(108, s1r1w); out[k++] = h1(109, s1r1t); out[k++] = h1(110, s1r1l);
  out[k++] = h1(111, b0l1w); out[k++] = h1(112, b0l1t); out[k++] = h1(113, b0l1l);
  out[k++] = h1(114, s0l2t); out[k++] = h1(115, s0l2l); out[k++] = h1(116, s0r2t); out[k++] = h1(117, s0r2l); out[k++] = h1(118, s1r2t); out[k++] = h1(119, s1r2l);
  out[k++] = h1(120, b0l2t); out[k++] = h1(121, b0l2l);
  // Second-order children.
  out[k++] = h3(125, s0t, s0l1l, s0l2l); out[k++] = h3(126, s0t, s0r1l, s0r2l); out[k++] = h3(127, s1t, s1r1l, s1r2l);
  out[k++] = h3(128, b0t, b0l1l, b0l2l); out[k++] = h3(129, s0t, s0l1t, s0l2t); out[k++] = h3(130, s0t, s0r1t, s0r2t);
  out[k++] = h3(131, s1t, s1r1t, s1r2t); out[k++] = h3(132, b0t, b0l1t, b0l2t);
  out[k++] = h3(133, s0t, s0l1l, b0t); out[k++] = h3(134, s0t, s0r1l, b0t); out[k++] = h3(135, s1t, s1r1l, s0t); out[k++] = h3(136, s0t, b0l1l, b0t);
  // Label sets.
  out[k++] = h2(141, s0t, s0ls); out[k++] = h2(143, s0t, s0rs);
  out[k++] = h2(145, s1t, s1ls); out[k++] = h2(147, s1t, s1rs);
  out[k++] = h2(149, b0t, b0ls);
  // Capitalization.
  out[k++] = h3(155, s0c, b0c, s0t); out[k++] = h3(156, s1c, s0c, s0t); out[k++] = h3(157, b0c, b1c, b0t);
  const fine = sc.xpos;
  out[k++] = h1(160, s0 < 0 ? NONE : (fine[s0] ?? 0));
  out[k++] = h1(161, s1 < 0 ? NONE : (fine[s1] ?? 0));
  out[k++] = h1(162, b0 < 0 ? NONE : (fine[b0] ?? 0));
  out[k++] = h1(163, b1 < 0 ? NONE : (fine[b1] ?? 0));
  out[k++] = h2(164, s0 < 0 ? NONE : (fine[s0] ?? 0), b0 < 0 ? NONE : (fine[b0] ?? 0));
  out[k++] = h2(165, s1 < 0 ? NONE : (fine[s1] ?? 0), s0 < 0 ? NONE : (fine[s0] ?? 0));
  return k;
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
