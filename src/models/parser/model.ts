import { MAX_FEATURES, SentenceColumns, capClass, labelFeatures, moveFeatures, normalizeWord } from "./features.js";
import { UPOS } from "../../doc/document.js";
import { LEFT, MOVES, ParseState, RIGHT, SHIFT } from "./state.js";

/** Number of label candidate lists: one per (dependent UPOS, head UPOS, side). */
export const CANDIDATE_LISTS = UPOS.length * UPOS.length * 2;

/** Index of the candidate list for an arc whose dependent has UPOS `dep` and head `head`. */
export function candidateIndex(dep: number, head: number, dependentAfterHead: boolean): number {
  return (dep * UPOS.length + head) * 2 + (dependentAfterHead ? 1 : 0);
}

/** What the model file records about training, for models/README.md. */
export interface ParserInfo {
  trainedOn: string[];
  seconds: number;
  options: Record<string, unknown>;
  scores: Record<string, number>;
}

/**
 * Greedy arc-hybrid parser: a hashed averaged-perceptron table for the three moves and one for
 * the arc label (rows of `labels.length`), scored once an arc is chosen.
 */
export class ParserModel {
  readonly labels: readonly string[];
  readonly words: Map<string, number>;
  readonly tags: Map<string, number>;
  readonly moveBits: number;
  readonly labelBits: number;
  /**
   * Float32 while training; Int8 once saved (quantized, scale irrelevant to argmax): a quarter of
   * the cache footprint, and parsing is bound by memory reads. Costs 0.07 UAS on EWT test.
   */
  readonly moveWeights: Float32Array | Int8Array;
  readonly labelWeights: Float32Array | Int8Array;
  /**
   * A quantized move table with each row's three Int8 weights packed into one Int32, byte k for
   * move k: one read per feature instead of three. Null for Float32 (training) tables.
   */
  readonly movePacked: Int32Array | null;
  /** Real value of one Int8 step of each table (1 for Float32 tables). */
  readonly moveScale: number;
  readonly labelScale: number;
  /** Id of "root", the label forced on arcs from the root (-1 if absent). */
  readonly rootLabel: number;
  /**
   * Labels worth scoring per (dependent UPOS, head UPOS, side): see `candidateIndex`. Seen in
   * training; scoring only these is many times faster than all labels.
   */
  readonly candidates: Int32Array[];
  info: ParserInfo;

  constructor(init: {
    labels: readonly string[];
    words: readonly string[];
    tags: readonly string[];
    moveBits: number;
    labelBits: number;
    moveWeights?: Float32Array | Int8Array;
    labelWeights?: Float32Array | Int8Array;
    candidates?: readonly (readonly number[])[];
    moveScale?: number;
    labelScale?: number;
    info?: ParserInfo;
  }) {
    this.labels = init.labels;
    this.rootLabel = init.labels.indexOf("root");
    const all = init.labels.map((_, i) => i).filter((i) => i !== this.rootLabel);
    this.candidates = [];
    for (let k = 0; k < CANDIDATE_LISTS; k++) {
      const list = init.candidates?.[k];
      this.candidates.push(Int32Array.from(list !== undefined && list.length > 0 ? list : all));
    }
    this.words = new Map(init.words.map((w, i) => [w, i + 1]));
    this.tags = new Map(init.tags.map((t, i) => [t, i + 1]));
    this.moveBits = init.moveBits;
    this.labelBits = init.labelBits;
    this.moveWeights = init.moveWeights ?? new Float32Array((1 << init.moveBits) * MOVES);
    this.labelWeights = init.labelWeights ?? new Float32Array((1 << init.labelBits) * init.labels.length);
    this.movePacked = this.moveWeights instanceof Int8Array ? packMoveRows(this.moveWeights) : null;
    this.moveScale = init.moveScale ?? 1;
    this.labelScale = init.labelScale ?? 1;
    this.info = init.info ?? { trainedOn: [], seconds: 0, options: {}, scores: {} };
  }

  /** Vocabulary in id order (id = index + 1). */
  wordList(): string[] {
    return [...this.words.keys()];
  }

  tagList(): string[] {
    return [...this.tags.keys()];
  }

  wordId(form: string): number {
    return this.words.get(normalizeWord(form)) ?? 0;
  }

  tagId(xpos: string): number {
    return this.tags.get(xpos) ?? 0;
  }
}

function packMoveRows(weights: Int8Array): Int32Array {
  const packed = new Int32Array(weights.length / MOVES);
  for (let row = 0; row < packed.length; row++) {
    let word = 0;
    for (let m = 0; m < MOVES; m++) word |= ((weights[row * MOVES + m] ?? 0) & 0xff) << (8 * m);
    packed[row] = word;
  }
  return packed;
}

/** Scratch space for parsing; one per stage or trainer, reused across sentences. */
export class ParserWorkspace {
  readonly state = new ParseState();
  readonly cols = new SentenceColumns();
  readonly feats = new Uint32Array(MAX_FEATURES);
  /** Weight-table row offsets of the features in `feats`. */
  readonly rows = new Int32Array(MAX_FEATURES);
  readonly moveScores = new Float64Array(MOVES);
  labelScores = new Float64Array(64);
  /** Candidate labels of the last scoreLabels call. */
  labelCandidates: Int32Array = new Int32Array(0);

  /** Fills the columns from strings; `upos` holds document UPOS ids. */
  load(model: ParserModel, forms: readonly string[], xpos: readonly string[], upos: ArrayLike<number>): void {
    const n = forms.length;
    this.cols.reset(n);
    for (let i = 0; i < n; i++) {
      const form = forms[i] ?? "";
      this.cols.word[i] = model.wordId(form);
      this.cols.xpos[i] = model.tagId(xpos[i] ?? "");
      this.cols.upos[i] = upos[i] ?? 0;
      this.cols.cap[i] = capClass(form);
    }
  }
}

/** Move scores for the current configuration into ws.moveScores; returns the feature count. */
export function scoreMoves(model: ParserModel, ws: ParserWorkspace): number {
  const nf = moveFeatures(ws.state, ws.cols, ws.feats);
  const mask = (1 << model.moveBits) - 1;
  const feats = ws.feats;
  let a = 0;
  let b = 0;
  let c = 0;
  const packed = model.movePacked;
  if (packed !== null) {
    for (let i = 0; i < nf; i++) {
      const row = packed[(feats[i] ?? 0) & mask] ?? 0;
      // Sign-extends bytes 0, 1, 2.
      a += (row << 24) >> 24;
      b += (row << 16) >> 24;
      c += (row << 8) >> 24;
    }
  } else {
    const w = model.moveWeights;
    for (let i = 0; i < nf; i++) {
      const row = ((feats[i] ?? 0) & mask) * 3;
      a += w[row] ?? 0;
      b += w[row + 1] ?? 0;
      c += w[row + 2] ?? 0;
    }
  }
  ws.moveScores[SHIFT] = a;
  ws.moveScores[LEFT] = b;
  ws.moveScores[RIGHT] = c;
  return nf;
}

/** The labels worth scoring for the arc h -> d. */
function labelCandidates(model: ParserModel, ws: ParserWorkspace, h: number, d: number): Int32Array {
  return model.candidates[candidateIndex(ws.cols.upos[d] ?? 0, ws.cols.upos[h] ?? 0, d > h)] ?? NO_LABELS;
}

const NO_LABELS = new Int32Array(0);

/** Label scores for the arc h -> d into ws.labelScores, features left in ws.feats; returns the feature count. */
export function scoreLabels(model: ParserModel, ws: ParserWorkspace, h: number, d: number): number {
  const cand = labelCandidates(model, ws, h, d);
  ws.labelCandidates = cand;
  // One label ever seen for such an arc ("punct" for punctuation): nothing to score.
  if (cand.length === 1) return 0;
  const nf = labelFeatures(ws.state, ws.cols, h, d, ws.feats);
  const nl = model.labels.length;
  if (ws.labelScores.length < nl) ws.labelScores = new Float64Array(nl);
  const scores = ws.labelScores;
  const nc = cand.length;
  const mask = (1 << model.labelBits) - 1;
  const w = model.labelWeights;
  const feats = ws.feats;
  const rows = ws.rows;
  for (let i = 0; i < nf; i++) rows[i] = ((feats[i] ?? 0) & mask) * nl;
  // Label by label, summing in a local: no store-to-load chain through scores[], and the rows
  // fetched for the first label serve the others from L1. Features are added in the same order.
  for (let j = 0; j < nc; j++) {
    const l = cand[j] ?? 0;
    let sum = 0;
    for (let i = 0; i < nf; i++) sum += w[(rows[i] ?? 0) + l] ?? 0;
    scores[l] = sum;
  }
  return nf;
}

/** The move when exactly one is legal, else -1. */
function onlyLegalMove(st: ParseState): number {
  let only = -1;
  for (let m = 0; m < MOVES; m++) {
    if (!st.legal(m)) continue;
    if (only >= 0) return -1;
    only = m;
  }
  return only;
}

/** Best legal move by score (ties go to the lower move id). */
export function bestLegal(ws: ParserWorkspace): number {
  const st = ws.state;
  let best = -1;
  let bestScore = -Infinity;
  for (let m = 0; m < MOVES; m++) {
    if (!st.legal(m)) continue;
    const s = ws.moveScores[m] ?? 0;
    if (best < 0 || s > bestScore) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}

/** The argmax over the candidates scored by scoreLabels ("root" is only for arcs from the root). */
export function bestLabel(ws: ParserWorkspace): number {
  const cand = ws.labelCandidates;
  const scores = ws.labelScores;
  let best = -1;
  let bestScore = -Infinity;
  for (let j = 0; j < cand.length; j++) {
    const l = cand[j] ?? 0;
    const s = scores[l] ?? 0;
    if (best < 0 || s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

/**
 * Parses the sentence loaded in `ws`. Afterwards ws.state.head[i] is the head (n = root) and
 * ws.state.label[i] the label id of word i.
 */
export function parseLoaded(model: ParserModel, ws: ParserWorkspace): void {
  const st = ws.state;
  st.reset(ws.cols.n);
  while (!st.terminal()) {
    // An empty stack, or a buffer holding only the root, leaves one legal move: nothing to score.
    let move = onlyLegalMove(st);
    if (move < 0) {
      scoreMoves(model, ws);
      move = bestLegal(ws);
    }
    let lab = -1;
    if (move !== SHIFT) {
      const d = st.s(0);
      const h = move === LEFT ? st.b(0) : st.s(1);
      if (h === st.n) {
        lab = model.rootLabel;
      } else {
        scoreLabels(model, ws, h, d);
        lab = bestLabel(ws);
      }
    }
    st.apply(move, lab);
  }
}
