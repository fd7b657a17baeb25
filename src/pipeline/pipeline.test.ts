import { test } from "node:test";
import assert from "node:assert/strict";
import { TacitusError } from "../errors/index.js";
import { Doc } from "../doc/document.js";
import { Pipeline } from "./pipeline.js";
import type { Annotation, Stage } from "./stage.js";

function stage(name: string, requires: Annotation[], assigns: Annotation[], log: string[] = []): Stage {
  return { name, requires, assigns, run: () => void log.push(name) };
}

test("stages run in order and their annotations are recorded on the document", () => {
  const log: string[] = [];
  const pipeline = new Pipeline([stage("norm", ["text"], ["norm"], log), stage("tok", ["norm"], ["tokens"], log)]);
  const doc = pipeline.process({ id: "d", text: "Arnor" });
  assert.deepEqual(log, ["norm", "tok"]);
  assert.ok(doc.annotations.has("tokens"));
});

test("a stage that needs what no earlier stage assigns is refused when the pipeline is built", () => {
  assert.throws(
    () => new Pipeline([stage("tok", ["norm"], ["tokens"]), stage("norm", ["text"], ["norm"])]),
    (error: unknown) => error instanceof TacitusError && error.code === "PIPELINE_ORDER" && /requires norm/.test(error.message),
  );
});

test("a stage listed twice is refused", () => {
  assert.throws(() => new Pipeline([stage("a", [], ["norm"]), stage("a", [], ["norm"])]), /appears twice/);
});

test("a pipeline may start from a document that already has tokens, and checks that it has them", () => {
  const log: string[] = [];
  const pipeline = new Pipeline([stage("tag", ["tokens"], ["pos"], log)], ["text", "tokens"]);
  const doc = new Doc({ id: "d", text: "Arnor" });
  assert.throws(() => pipeline.run(doc), /lacks tokens/);
  doc.annotations.add("tokens");
  pipeline.run(doc);
  assert.deepEqual(log, ["tag"]);
});
