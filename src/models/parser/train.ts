import { UPOS_ID, type Upos } from "../../doc/document.js";
import type { ConlluSentence } from "../conllu.js";
import { capClass, normalizeWord } from "./features.js";
import {
  CANDIDATE_LISTS, ParserModel, candidateIndex, ParserWorkspace, bestLabel, bestLegal, parseLoaded, scoreLabels, scoreMoves,
} from "./model.js";
import { LEFT, MOVES, SHIFT, projectivize } from "./state.js";
import { scoreParses, type AttachmentScores } from "./metrics.js";

export interface TrainParserOptions {
  epochs?: number;
  seed?: number;
  /** log2 of the hashed row count of the move table and of the label table. */
  moveBits?: number;
  labelBits?: number;
  /** Words seen fewer times than this are unknown (their features learn the unknown-word case). */
  minWordCount?: number;
  /** Share of sentences shown lowercased, and title-cased (headline style), per epoch. */
  lowerShare?: number;
  upperShare?: number;
  /** Epoch from which the trainer follows its own wrong moves (dynamic-oracle exploration). */
  exploreFrom?: number;
  exploreProb?: number;
  /**
   * Predicted tags for each training sentence (same order as `train`), e.g. jackknifed: the
   * parser then learns from the tags it will see at run time. `lower` holds the tags of the
   * lowercased sentence, used when the sentence is shown lowercased.
   */
  predicted?: readonly ({ cased: SentenceTags; lower?: SentenceTags } | undefined)[];
  /** With `predicted`, the share of sentences per epoch still shown with gold tags. */
  goldTagShare?: number;
  /**
   * A label is scored for a (dependent UPOS, head UPOS, side) only when seen that often with it
   * and in at least that share of its arcs: ~5 labels to score instead of ~17, at no cost in LAS.
   */
  labelMinCount?: number;
  labelMinShare?: number;
  /** Scored after each epoch with the averaged weights, for the log. */
  dev?: readonly ConlluSentence[];
  log?: (message: string) => void;
}

export interface SentenceTags {
  upos: readonly string[];
  xpos: readonly string[];
}

/** A training sentence in the parser's terms: 0-based heads with n for the root. */
interface ParserExample {
  forms: string[];
  xpos: readonly string[];
  upos: Uint8Array;
  heads: Int32Array;
  labels: Int32Array;
  cased: { xpos: readonly string[]; upos: Uint8Array } | null;
  lower: { xpos: readonly string[]; upos: Uint8Array } | null;
  /** Filled once the vocabulary exists: word ids, capitalization as written and title-cased. */
  word: Int32Array;
  cap: Int32Array;
  titleCap: Int32Array;
}

function predictedColumns(tags: SentenceTags | undefined, n: number): { xpos: readonly string[]; upos: Uint8Array } | null {
  if (tags === undefined || tags.upos.length !== n || tags.xpos.length !== n) return null;
  return { xpos: tags.xpos, upos: Uint8Array.from(tags.upos, (u) => UPOS_ID[u as Upos] ?? 0) };
}

/** Deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uposIds(sentence: ConlluSentence): Uint8Array {
  return Uint8Array.from(sentence.words, (w) => UPOS_ID[w.upos as Upos] ?? 0);
}

function toExample(
  sentence: ConlluSentence, labelIds: Map<string, number>, predicted: { cased: SentenceTags; lower?: SentenceTags } | undefined,
): ParserExample {
  const words = sentence.words;
  const n = words.length;
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (w === undefined) continue;
    heads[i] = w.head <= 0 ? n : w.head - 1;
    labels[i] = labelIds.get(w.deprel) ?? 0;
  }
  return {
    forms: words.map((w) => w.form),
    xpos: words.map((w) => w.xpos),
    upos: uposIds(sentence),
    heads,
    labels,
    cased: predictedColumns(predicted?.cased, n),
    lower: predictedColumns(predicted?.lower, n),
    word: new Int32Array(0),
    cap: new Int32Array(0),
    titleCap: new Int32Array(0),
  };
}

/** Sentences whose heads form one tree over 1..n (the parser cannot produce anything else). */
function wellFormed(sentence: ConlluSentence): boolean {
  const n = sentence.words.length;
  if (n === 0) return false;
  let roots = 0;
  for (const w of sentence.words) {
    if (w.head < 0 || w.head > n) return false;
    if (w.head === 0) roots++;
  }
  return roots === 1;
}

function countsSorted(counts: Map<string, number>, min: number): string[] {
  return [...counts.entries()]
    .filter(([, c]) => c >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k]) => k);
}

/** Averaged-perceptron accumulators beside a weight table (lazy averaging by timestamps). */
class Averager {
  readonly total: Float64Array;
  readonly stamp: Int32Array;

  constructor(readonly weights: Float32Array) {
    this.total = new Float64Array(weights.length);
    this.stamp = new Int32Array(weights.length);
  }

  add(index: number, delta: number, now: number): void {
    const w = this.weights[index] ?? 0;
    this.total[index] = (this.total[index] ?? 0) + (now - (this.stamp[index] ?? 0)) * w;
    this.stamp[index] = now;
    this.weights[index] = w + delta;
  }

  averaged(now: number): Float32Array {
    const out = new Float32Array(this.weights.length);
    if (now === 0) return out;
    for (let i = 0; i < out.length; i++) {
      const w = this.weights[i] ?? 0;
      if (w === 0 && this.total[i] === 0) continue;
      out[i] = ((this.total[i] ?? 0) + (now - (this.stamp[i] ?? 0)) * w) / now;
    }
    return out;
  }
}

/**
 * Trains the parser with the arc-hybrid dynamic oracle: updates whenever the model's move is
 * costlier than the best zero-cost move, and after `exploreFrom` epochs it follows its own
 * mistakes with probability `exploreProb`, so it learns to recover from them. Deterministic
 * for a given seed and input order.
 */
export function trainParser(train: readonly ConlluSentence[], options: TrainParserOptions = {}): ParserModel {
  const epochs = options.epochs ?? 12;
  const seed = options.seed ?? 1;
  const minWordCount = options.minWordCount ?? 2;
  const lowerShare = options.lowerShare ?? 0.1;
  const upperShare = options.upperShare ?? 0.05;
  const exploreFrom = options.exploreFrom ?? 1;
  const exploreProb = options.exploreProb ?? 0.9;
  const log = options.log ?? (() => undefined);

  const goldTagShare = options.goldTagShare ?? 0;
  const usableIndex = train.map((_, i) => i).filter((i) => wellFormed(train[i] ?? { comments: [], words: [], extraLines: [] }));
  const usable = usableIndex.map((i) => train[i] as ConlluSentence);
  const wordCounts = new Map<string, number>();
  const tagCounts = new Map<string, number>();
  const labelCounts = new Map<string, number>();
  for (const s of usable) {
    for (const w of s.words) {
      const norm = normalizeWord(w.form);
      wordCounts.set(norm, (wordCounts.get(norm) ?? 0) + 1);
      tagCounts.set(w.xpos, (tagCounts.get(w.xpos) ?? 0) + 1);
      labelCounts.set(w.deprel, (labelCounts.get(w.deprel) ?? 0) + 1);
    }
  }
  const labels = countsSorted(labelCounts, 1);
  if (!labels.includes("root")) labels.push("root");
  const labelIds = new Map(labels.map((l, i) => [l, i]));
  const examples = usableIndex.map((i) => toExample(train[i] as ConlluSentence, labelIds, options.predicted?.[i]));
  // From gold and (when given) predicted tags, so a mistagged head still finds its label. A label
  // rarely seen for a pair is left out (see labelMinCount): the model seldom got those right anyway.
  const labelMinCount = options.labelMinCount ?? 1;
  const labelMinShare = options.labelMinShare ?? 0;
  const nl = labels.length;
  const pairCounts = new Int32Array(CANDIDATE_LISTS * nl);
  const rootId = labelIds.get("root") ?? -1;
  for (const ex of examples) {
    const tagSets = [ex.upos, ex.cased?.upos, ex.lower?.upos];
    for (let d = 0; d < ex.forms.length; d++) {
      const h = ex.heads[d] ?? 0;
      const lab = ex.labels[d] ?? 0;
      if (h === ex.forms.length || lab === rootId) continue;
      for (const upos of tagSets) {
        if (upos === undefined) continue;
        const at = candidateIndex(upos[d] ?? 0, upos[h] ?? 0, d > h) * nl + lab;
        pairCounts[at] = (pairCounts[at] ?? 0) + 1;
      }
    }
  }
  const candidates = Array.from({ length: CANDIDATE_LISTS }, (_, k) => {
    let total = 0;
    for (let lab = 0; lab < nl; lab++) total += pairCounts[k * nl + lab] ?? 0;
    const list: number[] = [];
    for (let lab = 0; lab < nl; lab++) {
      const count = pairCounts[k * nl + lab] ?? 0;
      if (count >= labelMinCount && count >= labelMinShare * total) list.push(lab);
    }
    return list;
  });
  const moveBits = options.moveBits ?? 21;
  const labelBits = options.labelBits ?? 17;
  const moveTable = new Float32Array((1 << moveBits) * MOVES);
  const labelTable = new Float32Array((1 << labelBits) * labels.length);
  const model = new ParserModel({
    labels,
    words: countsSorted(wordCounts, minWordCount),
    tags: countsSorted(tagCounts, 1),
    moveBits,
    labelBits,
    moveWeights: moveTable,
    labelWeights: labelTable,
    candidates,
  });
  for (const ex of examples) {
    ex.word = Int32Array.from(ex.forms, (f) => model.wordId(f));
    ex.cap = Int32Array.from(ex.forms, capClass);
    // Title-cased headlines capitalize every word that starts with a letter.
    ex.titleCap = Int32Array.from(ex.forms, (f) => (capClass(f) === 0 && /^\p{L}/u.test(f) ? 1 : capClass(f)));
  }
  let lifted = 0;
  for (const ex of examples) lifted += projectivize(ex.heads, ex.forms.length) > 0 ? 1 : 0;
  log(`parser: ${examples.length} sentences (${lifted} projectivized), ${labels.length} labels, ` +
    `${model.words.size} words, ${model.tags.size} tags`);

  const moves = new Averager(moveTable);
  const labs = new Averager(labelTable);
  const ws = new ParserWorkspace();
  const st = ws.state;
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const costs = new Int32Array(MOVES);
  const moveMask = (1 << model.moveBits) - 1;
  const labelMask = (1 << model.labelBits) - 1;
  let now = 0;

  for (let epoch = 0; epoch < epochs; epoch++) {
    const begin = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const ex = examples[index];
      if (ex === undefined) continue;
      const n = ex.forms.length;
      const gold = ex.heads;
      const r = random();
      const caseMode = r < lowerShare ? 1 : r < lowerShare + upperShare ? 2 : 0;
      const tags = random() < goldTagShare ? null : caseMode === 1 ? (ex.lower ?? ex.cased) : ex.cased;
      const xpos = tags === null ? ex.xpos : tags.xpos;
      const upos = tags === null ? ex.upos : tags.upos;
      ws.cols.reset(n);
      for (let k = 0; k < n; k++) {
        ws.cols.word[k] = ex.word[k] ?? 0;
        ws.cols.xpos[k] = model.tagId(xpos[k] ?? "");
        ws.cols.upos[k] = upos[k] ?? 0;
        ws.cols.cap[k] = caseMode === 1 ? 0 : caseMode === 2 ? (ex.titleCap[k] ?? 0) : (ex.cap[k] ?? 0);
      }
      st.reset(n);
      while (!st.terminal()) {
        now++;
        const nf = scoreMoves(model, ws);
        const pred = bestLegal(ws);
        let minCost = Infinity;
        for (let m = 0; m < MOVES; m++) {
          costs[m] = st.legal(m) ? st.cost(m, gold) : 1 << 20;
          if ((costs[m] ?? 0) < minCost) minCost = costs[m] ?? 0;
        }
        let best = -1;
        let bestScore = -Infinity;
        for (let m = 0; m < MOVES; m++) {
          if (costs[m] !== minCost) continue;
          const s = ws.moveScores[m] ?? 0;
          if (best < 0 || s > bestScore) {
            best = m;
            bestScore = s;
          }
        }
        let next = best;
        if (costs[pred] !== minCost) {
          for (let f = 0; f < nf; f++) {
            const row = ((ws.feats[f] ?? 0) & moveMask) * MOVES;
            moves.add(row + best, 1, now);
            moves.add(row + pred, -1, now);
          }
          if (epoch >= exploreFrom && random() < exploreProb) next = pred;
        }
        let lab = -1;
        if (next !== SHIFT) {
          const d = st.s(0);
          const h = next === LEFT ? st.b(0) : st.s(1);
          if (h === n) {
            lab = model.rootLabel;
          } else {
            const lf = scoreLabels(model, ws, h, d);
            const predLab = bestLabel(ws);
            lab = predLab;
            if (gold[d] === h) {
              const goldLab = ex.labels[d] ?? 0;
              total++;
              if (predLab === goldLab) {
                correct++;
              } else if (ws.labelCandidates.includes(goldLab)) {
                for (let f = 0; f < lf; f++) {
                  const row = ((ws.feats[f] ?? 0) & labelMask) * nl;
                  labs.add(row + goldLab, 1, now);
                  labs.add(row + predLab, -1, now);
                }
              }
              lab = goldLab;
            }
          }
        }
        st.apply(next, lab);
      }
    }
    let message = `parser epoch ${epoch + 1}/${epochs}: ${((Date.now() - begin) / 1000).toFixed(1)}s, ` +
      `train label acc ${((100 * correct) / Math.max(1, total)).toFixed(2)}`;
    if (options.dev !== undefined && options.dev.length > 0) {
      const snapshot = new ParserModel({
        labels, words: model.wordList(), tags: model.tagList(), moveBits: model.moveBits,
        labelBits: model.labelBits, moveWeights: moves.averaged(now), labelWeights: labs.averaged(now), candidates,
      });
      const dev = evaluateParser(snapshot, options.dev);
      message += `, dev UAS ${dev.uas.toFixed(2)} LAS ${dev.las.toFixed(2)}`;
    }
    log(message);
  }
  return new ParserModel({
    labels, words: model.wordList(), tags: model.tagList(), moveBits: model.moveBits,
    labelBits: model.labelBits, moveWeights: moves.averaged(now), labelWeights: labs.averaged(now), candidates,
  });
}

/** Parses CoNLL-U sentences (their forms, XPOS and UPOS) and returns copies with predicted heads and labels. */
export function parseConlluSentences(
  model: ParserModel, sentences: readonly ConlluSentence[], ws = new ParserWorkspace(),
): ConlluSentence[] {
  return sentences.map((s) => {
    ws.load(model, s.words.map((w) => w.form), s.words.map((w) => w.xpos), uposIds(s));
    parseLoaded(model, ws);
    const n = s.words.length;
    return {
      ...s,
      words: s.words.map((w, i) => {
        const h = ws.state.head[i] ?? n;
        return { ...w, head: h === n ? 0 : h + 1, deprel: model.labels[ws.state.label[i] ?? -1] ?? "dep" };
      }),
    };
  });
}

/** UAS/LAS of the model on gold-tokenized sentences, using the tags they carry. */
export function evaluateParser(model: ParserModel, gold: readonly ConlluSentence[]): AttachmentScores {
  return scoreParses(gold, parseConlluSentences(model, gold));
}
