import { Shape, type Doc } from "../../doc/document.js";
import type { Stage } from "../../pipeline/index.js";
import type { TokenizerData } from "./tokenizer-data.js";

const APOS = 39; // '
const PERIOD = 46;
const NEWLINE = 10;

const OPENING = new Set(['"', "'", "(", "[", "{", "¿", "¡", "<"]);
const CLOSING_SIMPLE = new Set(['"', "'", ")", "]", "}", ",", ";", ":", "!", "?", "…", ">", "*"]);
const TERMINAL = new Set([".", "!", "?", "…", "..."]);
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;
const NUMBER_LIKE = /^[+-]?\d[\d,.:/]*$/;
const URL_LIKE = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$/i;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Shape bits read off the original characters, so damaged casing stays visible. */
export function shapeOf(word: string): number {
  let shape = 0;
  let upper = 0;
  let lower = 0;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      upper++;
      letters++;
      if (letters === 1) shape |= Shape.upperInitial;
    } else if (code >= 97 && code <= 122) {
      lower++;
      letters++;
    } else if (code >= 48 && code <= 57) {
      shape |= Shape.hasDigit;
    } else if (code > 127) {
      const c = word[i] ?? "";
      if (UPPER.test(c)) {
        upper++;
        letters++;
        if (letters === 1) shape |= Shape.upperInitial;
      } else if (LOWER.test(c)) {
        lower++;
        letters++;
      } else if (LETTER.test(c)) letters++;
    }
  }
  if (letters > 0) shape |= Shape.hasLetter;
  if (upper > 0 && lower === 0) shape |= Shape.allUpper;
  if (lower > 0 && upper === 0) shape |= Shape.allLower;
  if (upper > 1 && lower > 0) shape |= Shape.mixedCase;
  if (letters === 0 && !(shape & Shape.hasDigit)) shape |= Shape.punct;
  if (word === '"' || word === "'") shape |= Shape.quote;
  return shape;
}

/** Splits one whitespace-free chunk [from, to) of `norm` into token ranges, appended to `out`. */
function splitChunk(norm: string, from: number, to: number, data: TokenizerData, out: number[]): void {
  let start = from;
  let end = to;
  const lead: number[] = [];
  const trail: number[] = [];
  // Leading openers, one token each; keep "'s"-like clitics and numbers such as '90s intact.
  while (end - start > 1 && OPENING.has(norm[start] ?? "")) {
    if (norm.charCodeAt(start) === APOS && /^'\d\ds$/.test(norm.slice(start, end))) break;
    lead.push(start, start + 1);
    start++;
  }
  const chunk = norm.slice(start, end);
  if (URL_LIKE.test(chunk) && !/[.,;:!?)"']$/.test(chunk)) {
    out.push(...lead, start, end);
    return;
  }
  // Trailing closers; a final period stays on an abbreviation or initialism.
  while (end - start > 1) {
    const last = norm[end - 1] ?? "";
    if (norm.startsWith("...", end - 3) && end - 3 >= start) {
      trail.push(end - 3, end);
      end -= 3;
      continue;
    }
    if (CLOSING_SIMPLE.has(last)) {
      trail.push(end - 1, end);
      end--;
      continue;
    }
    if (norm.charCodeAt(end - 1) === PERIOD) {
      const body = norm.slice(start, end - 1);
      if (isAbbreviation(body, data)) break;
      trail.push(end - 1, end);
      end--;
      continue;
    }
    break;
  }
  out.push(...lead);
  splitCore(norm, start, end, out);
  for (let k = trail.length - 2; k >= 0; k -= 2) out.push(trail[k] ?? 0, trail[k + 1] ?? 0);
}

function isAbbreviation(body: string, data: TokenizerData): boolean {
  if (body.length === 0) return false;
  if (body.length === 1) return LETTER.test(body);
  if (DOTTED_INITIALISM.test(body + ".")) return body.includes(".");
  return data.abbreviations.has(body.toLowerCase());
}

/** Splits clitics ("ca|n't", "guaido|'s") and dash runs off the core of a chunk. */
function splitCore(norm: string, start: number, end: number, out: number[]): void {
  if (end <= start) return;
  const word = norm.slice(start, end);
  const dash = word.indexOf("--");
  if (dash > 0) {
    splitCore(norm, start, start + dash, out);
    let after = start + dash;
    while (after < end && norm[after] === "-") after++;
    out.push(start + dash, after);
    splitCore(norm, after, end, out);
    return;
  }
  if (!NUMBER_LIKE.test(word) && word.length > 2) {
    const lower = word.toLowerCase();
    for (const clitic of CLITICS) {
      if (lower.endsWith(clitic) && word.length > clitic.length) {
        out.push(start, end - clitic.length, end - clitic.length, end);
        return;
      }
    }
    if (norm.charCodeAt(end - 1) === APOS && /s'$/i.test(word)) {
      out.push(start, end - 1, end - 1, end);
      return;
    }
  }
  out.push(start, end);
}

function isClosingMark(doc: Doc, i: number): boolean {
  const form = doc.form(i);
  if (form === ")" || form === "]") return true;
  // A quote glued to what precedes it and followed by space or end closes a quotation.
  if (form !== '"' && form !== "'") return false;
  const start = doc.tokens.start[i] ?? 0;
  return i > 0 && (doc.tokens.end[i - 1] ?? 0) === start;
}

/**
 * Tokens and sentences in one pass over the normalized text. Sentences end at terminal
 * punctuation (with closing quotes kept), at blank lines, and at a line break not followed by
 * a lowercase continuation; the first line of a text is a headline when a line break follows
 * it and it has no terminal punctuation.
 */
export function tokenizeDoc(doc: Doc, data: TokenizerData): void {
  const norm = doc.norm;
  const ranges: number[] = [];
  const breakBefore: number[] = [];
  let i = 0;
  let newlinesSeen = 0;
  while (i < norm.length) {
    const code = norm.charCodeAt(i);
    if (isSpace(code)) {
      if (code === NEWLINE) newlinesSeen++;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < norm.length && !isSpace(norm.charCodeAt(j))) j++;
    const before = ranges.length;
    splitChunk(norm, i, j, data, ranges);
    for (let k = before; k < ranges.length; k += 2) breakBefore.push(k === before ? newlinesSeen : 0);
    newlinesSeen = 0;
    i = j;
  }
  for (let k = 0; k < ranges.length; k += 2) {
    const from = ranges[k] ?? 0;
    const to = ranges[k + 1] ?? 0;
    const start = doc.textOffset(from);
    const end = doc.textOffset(to);
    const nextStart = ranges[k + 2];
    const spaceAfter = nextStart !== undefined && nextStart > to;
    doc.addToken(start, end, norm.slice(from, to), shapeOf(doc.text.slice(start, end)), spaceAfter);
  }
  splitSentences(doc, breakBefore, data);
}

function splitSentences(doc: Doc, breakBefore: readonly number[], data: TokenizerData): void {
  const starts: number[] = [];
  const ends: number[] = [];
  let headlines = 0;
  let sentenceStart = 0;
  const close = (end: number): void => {
    if (end > sentenceStart) {
      starts.push(sentenceStart);
      ends.push(end);
    }
    sentenceStart = end;
  };
  for (let t = 0; t < doc.tokenCount; t++) {
    const newlines = breakBefore[t] ?? 0;
    if (newlines > 0 && t > sentenceStart) {
      const continues = newlines === 1 && doc.hasShape(t, Shape.allLower) && !endsSentence(doc, t - 1);
      if (!continues) {
        if (starts.length === 0 && sentenceStart === 0 && !endsSentence(doc, t - 1)) headlines = 1;
        close(t);
      }
    }
    const form = doc.form(t);
    if (TERMINAL.has(form)) {
      let end = t + 1;
      while (end < doc.tokenCount && (breakBefore[end] ?? 0) === 0 && isClosingMark(doc, end)) end++;
      if (end >= doc.tokenCount || !continuesAfterTerminal(doc, end)) {
        close(end);
        t = end - 1;
      }
    } else if (form.length > 1 && form.charCodeAt(form.length - 1) === PERIOD && t + 1 < doc.tokenCount) {
      const next = doc.lower(t + 1);
      if (doc.hasShape(t + 1, Shape.upperInitial) && data.sentenceStarters.has(next)) close(t + 1);
    }
  }
  close(doc.tokenCount);
  doc.setSentences(starts, ends, headlines);
}

function endsSentence(doc: Doc, t: number): boolean {
  const form = doc.form(t);
  if (TERMINAL.has(form)) return true;
  return (form === '"' || form === "'" || form === ")") && t > 0 && TERMINAL.has(doc.form(t - 1));
}

/** After "?" or "!" a lowercase word continues the sentence ("what? he asked" is rare; "yes!" said is not). */
function continuesAfterTerminal(doc: Doc, next: number): boolean {
  const form = doc.form(next);
  return form === "," || form === ")" || (doc.hasShape(next, Shape.allLower) && doc.form(next - 1) !== ".");
}

export function createTokenizeStage(data: TokenizerData): Stage {
  return {
    name: "tokenize",
    requires: ["norm"],
    assigns: ["tokens", "sentences"],
    run: (doc) => tokenizeDoc(doc, data),
  };
}
