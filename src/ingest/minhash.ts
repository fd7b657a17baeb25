/**
 * Near-duplicate detection: MinHash signatures over word shingles, banded for look-up
 * (locality-sensitive hashing). Two texts' signatures agree in about the share of positions
 * that equals the Jaccard similarity of their shingle sets.
 */

import { fmix32, hashString } from "../models/hash.js";

export const SHINGLE_WORDS = 4;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity from which two texts are taken for reports of one story. */
export const DUPLICATE_THRESHOLD = 0.5;
/** Texts with fewer shingles are too short to compare reliably. */
const MIN_SHINGLES = 5;

const SEEDS: readonly number[] = Object.freeze(Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32((i + 1) * 0x9e3779b9)));

/** Hashes of the distinct word shingles of a text (lowercased letters and digits only). */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Uint32Array {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => hashString(word));
  const set = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < size; j++) h = fmix32(h ^ (words[i + j] ?? 0));
    set.add(h);
  }
  return Uint32Array.from(set);
}

/** The MinHash signature of a text, or null when it is too short to compare. */
export function minhashSignature(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.length < MIN_SHINGLES) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const seeds = SEEDS;
  // One cheap multiply-xorshift per (shingle, seed): shingles are already well-mixed hashes.
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] ?? 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let h = Math.imul(shingle ^ (seeds[i] ?? 0), 0x9e3779b1);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < (signature[i] ?? 0)) signature[i] = h;
    }
  }
  return signature;
}

/** One key per band of rows; texts sharing a key are candidates worth comparing. */
export function bandKeys(signature: Uint32Array | null): string[] {
  if (!signature) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32(h ^ (signature[band * ROWS_PER_BAND + r] ?? 0));
    keys.push(`${band}:${h.toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

export interface DuplicateMatchCandidate {
  docId: string;
  minhash: Uint32Array;
}

/** The most similar candidate at or above the threshold, with the reason in words. */
export function bestDuplicate(
  signature: Uint32Array | null,
  candidates: readonly DuplicateMatchCandidate[],
  threshold = DUPLICATE_THRESHOLD,
): { docId: string; similarity: number; method: string; reason: string } | null {
  if (!signature) return null;
  let best: { docId: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimateSimilarity(signature, candidate.minhash);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { docId: candidate.docId, similarity };
  }
  if (!best) return null;
  const similarity = Math.round(best.similarity * 1000) / 1000;
  return {
    docId: best.docId,
    similarity,
    method: "minhash",
    reason:
      `estimated Jaccard similarity ${similarity.toFixed(2)} of ${SHINGLE_WORDS}-word shingles with ${best.docId} ` +
      `(MinHash, ${SIGNATURE_SIZE} hashes; threshold ${threshold})`,
  };
}
