import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { TacitusError } from "../../errors/index.js";
import { MODEL_FORMAT_VERSION, decodeModel, encodeModel, packStrings, readModelBytes, unpackStrings, type SectionArray } from "../model-file.js";
import { MOVES } from "./state.js";
import { ParserModel, type ParserInfo } from "./model.js";

/**
 * models/parser.bin is a TCTS model file (src/models/model-file.ts), kind "parser". The header
 * holds the label and tag sets, table sizes, Int8 scales, label candidates and training info;
 * the sections are gzip blocks (CRC-checked): the vocabulary (one word a line) and the move and
 * label tables as Int8 (value = int * scale). The hashed tables are mostly zeros and shrink
 * to about a third.
 */
export const PARSER_FORMAT_VERSION = 2;

interface ParserHeader {
  parserFormat: number;
  labels: string[];
  tags: string[];
  moveBits: number;
  labelBits: number;
  moveScale: number;
  labelScale: number;
  candidates: number[][];
  trainedOn: string[];
  seconds: number;
  options: Record<string, unknown>;
  scores: Record<string, number>;
}

function quantize(weights: Float32Array | Int8Array, scale0: number): { data: Int8Array; scale: number } {
  if (weights instanceof Int8Array) return { data: weights, scale: scale0 };
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i] ?? 0);
    if (a > max) max = a;
  }
  const scale = max === 0 ? 1 : max / 127;
  const data = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) data[i] = Math.round((weights[i] ?? 0) / scale);
  return { data, scale };
}

/** Keeps the Int8 values: a table's scale never changes which move or label scores highest. */
function int8Table(bytes: Uint8Array, length: number): Int8Array {
  if (bytes.length !== length) throw new Error(`a table holds ${bytes.length} bytes, expected ${length}`);
  return new Int8Array(bytes.buffer, bytes.byteOffset, length);
}

function gzip(array: Uint8Array | Int8Array): Uint8Array {
  return gzipSync(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), { level: 9 });
}

export function serializeParser(model: ParserModel): Uint8Array {
  const moves = quantize(model.moveWeights, model.moveScale);
  const labels = quantize(model.labelWeights, model.labelScale);
  const header: ParserHeader & { format: number; kind: string } = {
    format: MODEL_FORMAT_VERSION,
    kind: "parser",
    parserFormat: PARSER_FORMAT_VERSION,
    trainedOn: model.info.trainedOn,
    seconds: model.info.seconds,
    options: model.info.options,
    scores: model.info.scores,
    labels: [...model.labels],
    tags: model.tagList(),
    moveBits: model.moveBits,
    labelBits: model.labelBits,
    moveScale: moves.scale,
    labelScale: labels.scale,
    candidates: model.candidates.map((c) => [...c]),
  };
  const sections = new Map<string, SectionArray>([
    ["words.gz", gzip(packStrings(model.wordList()))],
    ["moves.gz", gzip(moves.data)],
    ["labels.gz", gzip(labels.data)],
  ]);
  return encodeModel(header, sections);
}

/** Writes the model; returns its size in bytes. */
export function saveParser(model: ParserModel, path: string): number {
  const bytes = serializeParser(model);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  } catch (cause) {
    throw new TacitusError("MODEL_FILE", `Cannot write the parser model to ${path}; check the folder is writable.`, { cause });
  }
  return bytes.length;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function bytesOf(sections: Map<string, SectionArray>, name: string): Uint8Array {
  const section = sections.get(name);
  if (!(section instanceof Uint8Array)) throw new Error(`section ${name} is missing`);
  return gunzipSync(section);
}

export function deserializeParser(bytes: Uint8Array, source = "<buffer>"): ParserModel {
  const file = decodeModel(bytes, source, "parser");
  try {
    const h = file.header as Partial<ParserHeader>;
    if (h.parserFormat !== PARSER_FORMAT_VERSION) throw new Error(`parser format ${String(h.parserFormat)} is not ${PARSER_FORMAT_VERSION}`);
    if (!isStringArray(h.labels) || !isStringArray(h.tags)) throw new Error("label or tag set missing");
    const { moveBits, labelBits } = h;
    if (typeof moveBits !== "number" || typeof labelBits !== "number" || moveBits > 26 || labelBits > 24) {
      throw new Error("table sizes missing");
    }
    const moves = bytesOf(file.sections, "moves.gz");
    const labels = bytesOf(file.sections, "labels.gz");
    const info: ParserInfo = {
      trainedOn: isStringArray(h.trainedOn) ? h.trainedOn : [],
      seconds: typeof h.seconds === "number" ? h.seconds : 0,
      options: typeof h.options === "object" && h.options !== null ? h.options : {},
      scores: typeof h.scores === "object" && h.scores !== null ? h.scores : {},
    };
    return new ParserModel({
      labels: h.labels,
      tags: h.tags,
      words: unpackStrings(bytesOf(file.sections, "words.gz")),
      moveBits,
      labelBits,
      moveWeights: int8Table(moves, (1 << moveBits) * MOVES),
      labelWeights: int8Table(labels, (1 << labelBits) * h.labels.length),
      candidates: Array.isArray(h.candidates) ? h.candidates : [],
      moveScale: typeof h.moveScale === "number" ? h.moveScale : 1,
      labelScale: typeof h.labelScale === "number" ? h.labelScale : 1,
      info,
    });
  } catch (cause) {
    throw new TacitusError(
      "MODEL_FILE",
      `The parser model ${source} is corrupt (${cause instanceof Error ? cause.message : String(cause)}); retrain it with \`npm run train -- --only parser\`.`,
      { cause },
    );
  }
}

export function loadParser(path: string): ParserModel {
  const bytes = readModelBytes(path, "the parser model", "run `npm run train -- --only parser` or restore models/parser.bin");
  return deserializeParser(bytes, path);
}
