import { test } from "node:test";
import assert from "node:assert/strict";
import { hashString, mix, seededRandom } from "./hash.js";
import { decodeModel, encodeModel } from "./model-file.js";
import { argmax, IdTable, LinearModel, PerceptronTrainer } from "./perceptron.js";

test("hashes are stable across runs (committed weights depend on them)", () => {
  assert.equal(hashString(""), 0x811c9dc5);
  assert.equal(hashString("a"), 0xe40c292c);
  assert.equal(mix(1, 2), mix(1, 2));
  assert.notEqual(mix(1, 2), mix(2, 1));
  const a = seededRandom(3);
  const b = seededRandom(3);
  assert.equal(a(), b());
});

test("IdTable grows and finds every key", () => {
  const table = new IdTable();
  for (let i = 0; i < 100_000; i++) table.set(mix(7, i), i);
  for (let i = 0; i < 100_000; i += 997) assert.equal(table.get(mix(7, i)), i);
  assert.equal(table.get(12345), -1);
  assert.equal(table.keys().length, 100_000);
});

test("averaged perceptron learns a separable problem and survives serialization", () => {
  // Class = which of three words is present.
  const trainer = new PerceptronTrainer(3, 16);
  const features = new Uint32Array(2);
  const scores = new Float32Array(3);
  const random = seededRandom(1);
  for (let step = 0; step < 300; step++) {
    const truth = Math.floor(random() * 3);
    features[0] = mix(1, 0);
    features[1] = mix(2, truth);
    trainer.score(features, 2, scores);
    trainer.update(truth, argmax(scores, 3), features, 2);
  }
  const model = trainer.finalize();
  const bytes = encodeModel({ format: 1, kind: "linear" }, model.toSections("m"));
  const loaded = LinearModel.fromSections(decodeModel(bytes, "<memory>", "linear").sections, "m", 3, "<memory>");
  for (let truth = 0; truth < 3; truth++) {
    features[0] = mix(1, 0);
    features[1] = mix(2, truth);
    loaded.score(features, 2, scores);
    assert.equal(argmax(scores, 3), truth);
  }
  assert.ok(loaded.byteLength > 0);
});

test("argmax honours the allowed mask and prefers the lower index on ties", () => {
  const scores = Float32Array.from([1, 5, 5]);
  assert.equal(argmax(scores, 3), 1);
  assert.equal(argmax(scores, 3, Uint8Array.from([1, 0, 1])), 2);
});

test("finalizeMean averages perceptrons: one trainer gives finalize's model, opposite lessons cancel", () => {
  const toward = (truth: number, guess: number): PerceptronTrainer => {
    const trainer = new PerceptronTrainer(2, 4);
    trainer.update(truth, guess, Uint32Array.of(7, 9), 2);
    return trainer;
  };
  const one = toward(1, 0);
  assert.deepEqual(PerceptronTrainer.finalizeMean([one, one], 0), one.finalize(0));
  const mean = PerceptronTrainer.finalizeMean([one, toward(0, 1)], 0.05);
  assert.equal(mean.ids.length, 0);
});
