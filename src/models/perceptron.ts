import { TacitusError } from "../errors/index.js";
import type { SectionArray } from "./model-file.js";

/**
 * Averaged perceptron over hashed feature ids. Training keeps dense rows per feature (weights
 * plus the running "time-weighted update" sum, so averaging needs no timestamps); `finalize`
 * turns it into a sparse, Int16-quantized `LinearModel`.
 */
export class PerceptronTrainer {
  readonly classes: number;
  private readonly rows = new IdTable();
  private weights: Float32Array;
  private updates: Float32Array;
  private rowCount = 0;
  /** Number of examples seen; averaged weight = w - u / time. */
  private time = 1;

  constructor(classes: number, initialRows = 1 << 16) {
    this.classes = classes;
    this.weights = new Float32Array(initialRows * classes);
    this.updates = new Float32Array(initialRows * classes);
  }

  /** Adds the current weights of `features[0..count)` into `scores` (zeroed first). */
  score(features: Uint32Array, count: number, scores: Float32Array): void {
    scores.fill(0);
    const c = this.classes;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f] ?? 0);
      if (row < 0) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) scores[k] = (scores[k] ?? 0) + (w[base + k] ?? 0);
    }
  }

  private rowFor(feature: number): number {
    const known = this.rows.get(feature);
    if (known >= 0) return known;
    const row = this.rowCount++;
    if (row * this.classes >= this.weights.length) {
      const grownW = new Float32Array(this.weights.length * 2);
      grownW.set(this.weights);
      this.weights = grownW;
      const grownU = new Float32Array(this.updates.length * 2);
      grownU.set(this.updates);
      this.updates = grownU;
    }
    this.rows.set(feature, row);
    return row;
  }

  /** One example done: moves weight from `guess` to `truth` when they differ. */
  update(truth: number, guess: number, features: Uint32Array, count: number): void {
    const t = this.time++;
    if (truth === guess) return;
    const c = this.classes;
    for (let f = 0; f < count; f++) {
      const base = this.rowFor(features[f] ?? 0) * c;
      this.weights[base + truth] = (this.weights[base + truth] ?? 0) + 1;
      this.updates[base + truth] = (this.updates[base + truth] ?? 0) + t;
      this.weights[base + guess] = (this.weights[base + guess] ?? 0) - 1;
      this.updates[base + guess] = (this.updates[base + guess] ?? 0) - t;
    }
  }

  /** Averages, drops weights below `minWeight` in magnitude, quantizes to Int16. */
  finalize(minWeight = 0.05): LinearModel {
    return PerceptronTrainer.finalizeMean([this], minWeight);
  }

  /**
   * One model from perceptrons trained alike (say, with different seeds): the mean of their
   * averaged weights, which varies less from seed to seed than any one of them; then as finalize.
   */
  static finalizeMean(trainers: readonly PerceptronTrainer[], minWeight = 0.05): LinearModel {
    const first = trainers[0];
    if (first === undefined) throw new TacitusError("MODEL_FILE", "finalizeMean needs at least one trainer.");
    const c = first.classes;
    const ids = [...new Set(trainers.flatMap((t) => Array.from(t.rows.keys())))].sort((a, b) => a - b);
    let maxAbs = 0;
    const averaged = new Float32Array(c);
    const keptIds: number[] = [];
    const offsets: number[] = [0];
    const classIds: number[] = [];
    const values: number[] = [];
    for (const id of ids) {
      averaged.fill(0);
      for (const t of trainers) {
        const row = t.rows.get(id);
        if (row < 0) continue;
        const base = row * c;
        for (let k = 0; k < c; k++) averaged[k] = (averaged[k] ?? 0) + ((t.weights[base + k] ?? 0) - (t.updates[base + k] ?? 0) / t.time) / trainers.length;
      }
      let any = false;
      for (let k = 0; k < c; k++) {
        const avg = averaged[k] ?? 0;
        if (Math.abs(avg) >= minWeight) {
          any = true;
          if (Math.abs(avg) > maxAbs) maxAbs = Math.abs(avg);
        }
      }
      if (!any) continue;
      keptIds.push(id);
      for (let k = 0; k < c; k++) {
        const avg = averaged[k] ?? 0;
        if (Math.abs(avg) >= minWeight) {
          classIds.push(k);
          values.push(avg);
        }
      }
      offsets.push(classIds.length);
    }
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const quantized = new Int16Array(values.length);
    for (let i = 0; i < values.length; i++) quantized[i] = Math.round((values[i] ?? 0) * scale);
    return new LinearModel(
      c,
      Uint32Array.from(keptIds),
      Uint32Array.from(offsets),
      c <= 256 ? Uint8Array.from(classIds) : Uint16Array.from(classIds),
      quantized,
    );
  }
}

/** Words per LinearModel table slot, and the marker of a free slot. */
const SLOT_WORDS = 4;
const EMPTY = 0xffffffff;

/** Growable open-addressing map from uint32 ids to non-negative ints (faster than Map for hot loops). */
export class IdTable {
  private keyArray = new Uint32Array(1 << 16);
  private valueArray = new Int32Array(1 << 16).fill(-1);
  private mask = (1 << 16) - 1;
  size = 0;

  get(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const value = this.valueArray[slot] ?? -1;
      if (value === -1 || this.keyArray[slot] === key) return value;
      slot = (slot + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.valueArray.length) this.grow();
    let slot = key & this.mask;
    for (;;) {
      const current = this.valueArray[slot] ?? -1;
      if (current === -1) {
        this.keyArray[slot] = key;
        this.valueArray[slot] = value;
        this.size++;
        return;
      }
      if (this.keyArray[slot] === key) {
        this.valueArray[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  keys(): Uint32Array {
    const out = new Uint32Array(this.size);
    let n = 0;
    for (let slot = 0; slot < this.valueArray.length; slot++) {
      if ((this.valueArray[slot] ?? -1) !== -1) out[n++] = this.keyArray[slot] ?? 0;
    }
    return out;
  }

  private grow(): void {
    const oldKeys = this.keyArray;
    const oldValues = this.valueArray;
    this.keyArray = new Uint32Array(oldKeys.length * 2);
    this.valueArray = new Int32Array(oldValues.length * 2).fill(-1);
    this.mask = this.valueArray.length - 1;
    this.size = 0;
    for (let slot = 0; slot < oldValues.length; slot++) {
      const value = oldValues[slot] ?? -1;
      if (value !== -1) this.set(oldKeys[slot] ?? 0, value);
    }
  }
}

/**
 * Sparse linear scorer: sorted feature ids, per-feature (class, Int16 weight) runs. An
 * open-addressing table built at load time maps an id to its run in O(1).
 */
export class LinearModel {
  readonly classes: number;
  readonly ids: Uint32Array;
  readonly offsets: Uint32Array;
  readonly classIds: Uint8Array | Uint16Array;
  readonly weights: Int16Array;
  /**
   * SLOT_WORDS words per slot: [id, entry, entry, rest], an entry being (weight << 16) | class.
   * Most runs have one or two entries (a perceptron update moves weight between two classes), so
   * most lookups read one cache line: the run's first two entries are in the slot (a 0 entry adds
   * 0 to class 0, which changes no score); `rest` is EMPTY for a free slot, 0 when the run ends
   * there, else the index in `overflow` of [count, entries...] for the other entries.
   */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly overflow: Uint32Array;
  /** Written by prefetch, never read. */
  private prefetched = 0;

  constructor(classes: number, ids: Uint32Array, offsets: Uint32Array, classIds: Uint8Array | Uint16Array, weights: Int16Array) {
    if (offsets.length !== ids.length + 1 || classIds.length !== weights.length || (offsets[ids.length] ?? 0) !== weights.length) {
      throw new TacitusError("MODEL_FILE", "Linear model sections disagree in length; retrain the model with `npm run train`.");
    }
    this.classes = classes;
    this.ids = ids;
    this.offsets = offsets;
    this.classIds = classIds;
    this.weights = weights;
    let size = 1024;
    while (size < ids.length * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Uint32Array(size * SLOT_WORDS);
    for (let slot = 0; slot < size; slot++) this.table[slot * SLOT_WORDS + 3] = EMPTY;
    const overflow: number[] = [0];
    const entry = (j: number): number => (((weights[j] ?? 0) << 16) | (classIds[j] ?? 0)) >>> 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      const start = offsets[i] ?? 0;
      const end = offsets[i + 1] ?? 0;
      let slot = id & this.mask;
      while (this.table[slot * SLOT_WORDS + 3] !== EMPTY) slot = (slot + 1) & this.mask;
      const base = slot * SLOT_WORDS;
      this.table[base] = id;
      this.table[base + 1] = start < end ? entry(start) : 0;
      this.table[base + 2] = start + 1 < end ? entry(start + 1) : 0;
      let rest = 0;
      if (end - start > 2) {
        rest = overflow.length;
        overflow.push(end - start - 2);
        for (let j = start + 2; j < end; j++) overflow.push(entry(j));
      }
      this.table[base + 3] = rest;
    }
    this.overflow = Uint32Array.from(overflow);
  }

  /** Adds the weights of one feature id into `scores`; false when the model does not know it. */
  add(id: number, scores: Float32Array): boolean {
    const table = this.table;
    let slot = id & this.mask;
    for (;;) {
      const base = slot * SLOT_WORDS;
      const rest = table[base + 3] ?? EMPTY;
      if (rest === EMPTY) return false;
      if (table[base] === id) {
        const first = table[base + 1] ?? 0;
        const second = table[base + 2] ?? 0;
        scores[first & 0xffff] = (scores[first & 0xffff] ?? 0) + (first >> 16);
        scores[second & 0xffff] = (scores[second & 0xffff] ?? 0) + (second >> 16);
        if (rest !== 0) {
          const overflow = this.overflow;
          const end = rest + 1 + (overflow[rest] ?? 0);
          for (let j = rest + 1; j < end; j++) {
            const p = overflow[j] ?? 0;
            scores[p & 0xffff] = (scores[p & 0xffff] ?? 0) + (p >> 16);
          }
        }
        return true;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Sums weights of `features[0..count)` into `scores` (zeroed first); scores are in quantized units. */
  score(features: Uint32Array, count: number, scores: Float32Array): void {
    scores.fill(0);
    this.addAll(features, 0, count, scores);
  }

  /** Like `score` without zeroing: adds onto scores already there (e.g. cached per word type). */
  addAll(features: Uint32Array, from: number, count: number, scores: Float32Array): void {
    this.prefetch(features, from, count);
    for (let f = from; f < count; f++) this.add(features[f] ?? 0, scores);
  }

  /**
   * Reads the home slot of each feature before any is probed. The table is far larger than the
   * caches; a probe branches on what it reads, so probes one by one wait for one miss after
   * another, while these reads, branch-free, wait for all the misses at once.
   */
  private prefetch(features: Uint32Array, from: number, count: number): void {
    const table = this.table;
    const mask = this.mask;
    let any = 0;
    for (let f = from; f < count; f++) any |= table[((features[f] ?? 0) & mask) * SLOT_WORDS] ?? 0;
    // Kept, so that the reads are not optimized away.
    this.prefetched = any;
  }

  /** Sections for a model file, names prefixed so one file can hold several models. */
  toSections(prefix: string): Map<string, SectionArray> {
    return new Map<string, SectionArray>([
      [`${prefix}.ids`, this.ids],
      [`${prefix}.offsets`, this.offsets],
      [`${prefix}.classes`, this.classIds],
      [`${prefix}.weights`, this.weights],
    ]);
  }

  static fromSections(sections: ReadonlyMap<string, SectionArray>, prefix: string, classes: number, source: string): LinearModel {
    const ids = sections.get(`${prefix}.ids`);
    const offsets = sections.get(`${prefix}.offsets`);
    const classIds = sections.get(`${prefix}.classes`);
    const weights = sections.get(`${prefix}.weights`);
    if (
      !(ids instanceof Uint32Array) || !(offsets instanceof Uint32Array) ||
      !(classIds instanceof Uint8Array || classIds instanceof Uint16Array) || !(weights instanceof Int16Array)
    ) {
      throw new TacitusError("MODEL_FILE", `Model file ${source} lacks the "${prefix}" weights; retrain it with \`npm run train\`.`);
    }
    return new LinearModel(classes, ids, offsets, classIds, weights);
  }

  get byteLength(): number {
    return this.ids.byteLength + this.offsets.byteLength + this.classIds.byteLength + this.weights.byteLength;
  }
}

/** Index of the highest score among allowed classes (all when `allowed` is null); ties go to the lower index. */
export function argmax(scores: Float32Array, count: number, allowed: Uint8Array | null = null): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < count; k++) {
    if (allowed !== null && allowed[k] === 0) continue;
    const s = scores[k] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best < 0 ? 0 : best;
}
