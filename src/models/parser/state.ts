/**
 * Arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the END of the buffer
 * (Ballesteros & Nivre 2013), so the root word is attached last, and a single-root constraint:
 * LEFT onto the root is legal only when the stack holds one word.
 *
 * Words are 0..n-1; the root is n. The buffer is always the contiguous range [front, n].
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

/** Reusable parse configuration; typed arrays grow with the longest sentence seen, never shrink. */
export class ParseState {
  n = 0;
  front = 0;
  depth = 0;
  stack: Int32Array;
  head: Int32Array;
  label: Int32Array;
  /** Outermost and second-outermost left/right children (-1 none); attachments arrive outermost-last. */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  /** Bit sets of child labels (label id mod 32) on each side. */
  leftLabels: Uint32Array;
  rightLabels: Uint32Array;

  constructor(capacity = 128) {
    this.stack = new Int32Array(capacity + 1);
    this.head = new Int32Array(capacity + 1);
    this.label = new Int32Array(capacity + 1);
    this.left1 = new Int32Array(capacity + 1);
    this.left2 = new Int32Array(capacity + 1);
    this.right1 = new Int32Array(capacity + 1);
    this.right2 = new Int32Array(capacity + 1);
    this.leftCount = new Int32Array(capacity + 1);
    this.rightCount = new Int32Array(capacity + 1);
    this.leftLabels = new Uint32Array(capacity + 1);
    this.rightLabels = new Uint32Array(capacity + 1);
  }

  reset(n: number): void {
    if (n + 1 > this.stack.length) {
      const size = Math.max(n + 1, this.stack.length * 2);
      this.stack = new Int32Array(size);
      this.head = new Int32Array(size);
      this.label = new Int32Array(size);
      this.left1 = new Int32Array(size);
      this.left2 = new Int32Array(size);
      this.right1 = new Int32Array(size);
      this.right2 = new Int32Array(size);
      this.leftCount = new Int32Array(size);
      this.rightCount = new Int32Array(size);
      this.leftLabels = new Uint32Array(size);
      this.rightLabels = new Uint32Array(size);
    }
    this.n = n;
    this.front = 0;
    this.depth = 0;
    const m = n + 1;
    this.head.fill(-1, 0, m);
    this.label.fill(-1, 0, m);
    this.left1.fill(-1, 0, m);
    this.left2.fill(-1, 0, m);
    this.right1.fill(-1, 0, m);
    this.right2.fill(-1, 0, m);
    this.leftCount.fill(0, 0, m);
    this.rightCount.fill(0, 0, m);
    this.leftLabels.fill(0, 0, m);
    this.rightLabels.fill(0, 0, m);
  }

  /** Stack item i from the top (0 = top), or -1. */
  s(i: number): number {
    return i < this.depth ? (this.stack[this.depth - 1 - i] ?? -1) : -1;
  }

  /** Buffer item i (0 = front; n is the root), or -1 past the root. */
  b(i: number): number {
    const k = this.front + i;
    return k <= this.n ? k : -1;
  }

  terminal(): boolean {
    return this.depth === 0 && this.front === this.n;
  }

  legal(move: number): boolean {
    if (move === SHIFT) return this.front < this.n;
    if (move === LEFT) return this.depth > 0 && (this.front < this.n || this.depth === 1);
    return this.depth > 1;
  }

  /** Applies a move; `lab` is the arc label id for LEFT/RIGHT. */
  apply(move: number, lab: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dep = this.stack[--this.depth] ?? 0;
    const h = move === LEFT ? this.front : (this.stack[this.depth - 1] ?? 0);
    this.head[dep] = h;
    this.label[dep] = lab;
    const bit = (1 << (lab & 31)) >>> 0;
    if (dep < h) {
      this.left2[h] = this.left1[h] ?? -1;
      this.left1[h] = dep;
      this.leftCount[h] = (this.leftCount[h] ?? 0) + 1;
      this.leftLabels[h] = ((this.leftLabels[h] ?? 0) | bit) >>> 0;
    } else {
      this.right2[h] = this.right1[h] ?? -1;
      this.right1[h] = dep;
      this.rightCount[h] = (this.rightCount[h] ?? 0) + 1;
      this.rightLabels[h] = ((this.rightLabels[h] ?? 0) | bit) >>> 0;
    }
  }

  /**
   * Dynamic-oracle cost of a legal move against gold heads (Goldberg & Nivre 2013, arc-hybrid):
   * the number of gold arcs it makes unreachable. Exact for projective gold trees.
   */
  cost(move: number, gold: Int32Array): number {
    const n = this.n;
    const depth = this.depth;
    const stack = this.stack;
    const front = this.front;
    if (move === SHIFT) {
      const b = front;
      const gb = gold[b] ?? -1;
      let c = 0;
      for (let i = 0; i < depth; i++) {
        const k = stack[i] ?? 0;
        if (gold[k] === b) c++;
        if (gb === k && i < depth - 1) c++;
      }
      return c;
    }
    const s0 = stack[depth - 1] ?? 0;
    const g0 = gold[s0] ?? -1;
    let c = 0;
    // Dependents of s0 still in the buffer are lost by either arc move.
    for (let k = front; k < n; k++) if (gold[k] === s0) c++;
    if (move === LEFT) {
      if (g0 > front) c++;
      if (depth > 1 && g0 === stack[depth - 2]) c++;
    } else if (g0 >= front) {
      c++;
    }
    return c;
  }
}

/**
 * Lifts non-projective arcs (to the head's head) until the tree is projective, so the oracle
 * can reproduce it. `heads` uses n for the root. Returns the number of lifts.
 */
export function projectivize(heads: Int32Array, n: number): number {
  let lifts = 0;
  for (;;) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d] ?? n;
      if (h === n) continue;
      const lo = Math.min(h, d);
      const hi = Math.max(h, d);
      if (hi - lo >= worstLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(heads, n, h, k)) {
          worst = d;
          worstLen = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return lifts;
    heads[worst] = heads[heads[worst] ?? n] ?? n;
    lifts++;
  }
}

function dominates(heads: Int32Array, n: number, h: number, k: number): boolean {
  let x = k;
  for (let steps = 0; steps <= n; steps++) {
    if (x === h) return true;
    if (x === n || x < 0) return false;
    x = heads[x] ?? n;
  }
  return false;
}

export function isProjective(heads: Int32Array, n: number): boolean {
  for (let d = 0; d < n; d++) {
    const h = heads[d] ?? n;
    if (h === n) continue;
    const lo = Math.min(h, d);
    const hi = Math.max(h, d);
    for (let k = lo + 1; k < hi; k++) if (!dominates(heads, n, h, k)) return false;
  }
  return true;
}
