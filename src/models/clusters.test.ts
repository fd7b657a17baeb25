import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isTacitusError } from "../errors/index.js";
import { bisectClusters, CLUSTER_PREFIXES, readWinkEmbeddings, WordClusters, type WordVectors } from "./clusters.js";
import type { SectionArray } from "./model-file.js";

/** Three tight groups of 2-d directions: names, places, verbs. */
function sampleVectors(): WordVectors {
  const rows: [string, number, number][] = [
    ["anna", 1, 0.02], ["boris", 1, 0.05], ["carla", 1, -0.03], ["dmitri", 0.98, 0.01],
    ["oslo", 0.03, 1], ["lima", -0.02, 1], ["quito", 0.05, 0.97], ["riga", 0, 1],
    ["said", -1, -0.02], ["told", -1, 0.03], ["added", -0.97, 0], ["noted", -1, -0.05],
  ];
  return { words: rows.map((r) => r[0]), dimensions: 2, vectors: Float32Array.from(rows.flatMap((r) => [r[1], r[2]])) };
}

test("bisection puts words of one direction under one path prefix, the same on every run", () => {
  const vectors = sampleVectors();
  const paths = bisectClusters(vectors, { minSize: 2, maxDepth: 8 });
  assert.deepEqual(bisectClusters(vectors, { minSize: 2, maxDepth: 8 }), paths);
  const pathOf = (word: string): string => paths[vectors.words.indexOf(word)] ?? "";
  const shared = (a: string, b: string): number => {
    let k = 0;
    while (k < pathOf(a).length && pathOf(a)[k] === pathOf(b)[k]) k++;
    return k;
  };
  const groups = [["anna", "boris", "carla", "dmitri"], ["oslo", "lima", "quito", "riga"], ["said", "told", "added", "noted"]];
  for (const group of groups) {
    for (const other of groups.filter((g) => g !== group)) {
      assert.ok(shared(group[0] ?? "", group[3] ?? "") > shared(group[0] ?? "", other[0] ?? ""), `${group.join(", ")} share more of their paths than with ${other.join(", ")}`);
    }
  }
  assert.ok(paths.every((path) => path.length <= 8));
});

test("word clusters give one id per prefix length, shared by words of one path, and survive a model file", () => {
  const clusters = WordClusters.fromPaths(["lima", "oslo", "said"], ["01100", "01101", "1"]);
  assert.equal(clusters.of("lima").length, CLUSTER_PREFIXES.length);
  assert.equal(clusters.of("lima")[0], clusters.of("oslo")[0], "same 4-bit prefix");
  assert.notEqual(clusters.of("lima")[0], clusters.of("said")[0]);
  assert.deepEqual([...clusters.of("nowhere")], [...clusters.of("elsewhere")], "unknown words share ids");
  const copy = WordClusters.fromSections(new Map(clusters.toSections("c")), "c", "<memory>");
  assert.ok(copy !== null);
  assert.equal(copy.pathOf("oslo"), "01101");
  assert.equal(copy.pathOf("said"), "1");
  assert.deepEqual([...copy.of("lima")], [...clusters.of("lima")]);
  assert.equal(WordClusters.fromSections(new Map(), "c", "<memory>"), null, "a model without clusters");
});

test("a damaged cluster table or vector file is a clear error", () => {
  const damaged = new Map<string, SectionArray>([["c.words", new TextEncoder().encode("a\nb")], ["c.paths", Uint32Array.from([2])]]);
  assert.throws(() => WordClusters.fromSections(damaged, "c", "x.bin"), (error: unknown) => isTacitusError(error) && error.code === "MODEL_FILE" && /retrain/.test(error.message));
  const dir = mkdtempSync(join(tmpdir(), "tacitus-clusters-"));
  const bad = join(dir, "vectors.json");
  writeFileSync(bad, "{\"words\": [");
  assert.throws(() => readWinkEmbeddings(bad, 10), (error: unknown) => isTacitusError(error) && error.code === "DATA_FILE" && /npm install/.test(error.message));
  const good = join(dir, "good.json");
  writeFileSync(good, JSON.stringify({ dimensions: 2, words: ["the", ",", "oslo", "lima"], vectors: { the: [1, 0, 1, 0], ",": [0, 1, 1, 1], oslo: [0, 1, 1, 2], lima: [0.1, 1, 1, 3] } }));
  const read = readWinkEmbeddings(good, 2);
  assert.deepEqual(read.words, ["the", "oslo"], "words with a letter, most frequent first, up to the limit");
  assert.deepEqual([...read.vectors], [1, 0, 0, 1]);
});
