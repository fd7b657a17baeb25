import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isTacitusError } from "../errors/index.js";
import { decodeModel, encodeModel, readModelFile, readModelHeader, writeModelFile, type SectionArray } from "./model-file.js";

function sampleSections(): Map<string, SectionArray> {
  return new Map<string, SectionArray>([
    ["a", Uint32Array.from([1, 2, 0xffffffff])],
    ["b", Int16Array.from([-32768, 0, 32767])],
    ["c", new TextEncoder().encode("x\ny")],
    ["d", Float32Array.from([0.5, -1.25])],
  ]);
}

test("model file round trip keeps header and every section", () => {
  const bytes = encodeModel({ format: 1, kind: "demo", tags: ["A", "B"] }, sampleSections());
  const file = decodeModel(bytes, "<memory>", "demo");
  assert.deepEqual(file.header["tags"], ["A", "B"]);
  assert.deepEqual([...(file.sections.get("a") ?? [])], [1, 2, 0xffffffff]);
  assert.deepEqual([...(file.sections.get("b") ?? [])], [-32768, 0, 32767]);
  assert.equal(new TextDecoder().decode(file.sections.get("c") as Uint8Array), "x\ny");
  assert.deepEqual([...(file.sections.get("d") ?? [])], [0.5, -1.25]);
  assert.ok(file.sections.get("b") instanceof Int16Array);
});

test("decoding copes with an unaligned buffer", () => {
  const bytes = encodeModel({ format: 1, kind: "demo" }, sampleSections());
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  const file = decodeModel(shifted.subarray(1), "<memory>", "demo");
  assert.deepEqual([...(file.sections.get("a") ?? [])], [1, 2, 0xffffffff]);
});

function assertModelFileError(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (error: unknown) => isTacitusError(error) && error.code === "MODEL_FILE" && pattern.test(error.message));
}

test("loading failures are MODEL_FILE errors that say what to do", () => {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-model-"));
  assertModelFileError(() => readModelFile(join(dir, "missing.bin"), "demo"), /npm run train/);
  const garbage = join(dir, "garbage.bin");
  writeFileSync(garbage, "not a model at all");
  assertModelFileError(() => readModelFile(garbage, "demo"), /not a Tacitus model/);
  const good = join(dir, "good.bin");
  writeModelFile(good, { format: 1, kind: "demo" }, sampleSections());
  assertModelFileError(() => readModelFile(good, "tagger"), /"demo" model, expected "tagger"/);
  const bytes = encodeModel({ format: 1, kind: "demo" }, sampleSections());
  assertModelFileError(() => decodeModel(bytes.subarray(0, bytes.length - 4), "cut.bin", "demo"), /truncated/);
  const future = encodeModel({ format: 99, kind: "demo" }, sampleSections());
  assertModelFileError(() => decodeModel(future, "future.bin", "demo"), /format 99/);
  assert.equal(readModelHeader(good)?.["kind"], "demo");
  assert.equal(readModelHeader(garbage), null);
});
