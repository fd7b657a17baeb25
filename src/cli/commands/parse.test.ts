import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../main.js";
import { parseConllu } from "../../models/conllu.js";
import { captureIo } from "../../../test/helpers/cli.js";

test("parse writes CoNLL-U with tags, lemmas, one root per sentence and entity tags", async () => {
  const c = captureIo("Arnor foreign minister Anna Ferrow met Tomas Quellin in Paris.\nGondor police arrested him.\n");
  assert.equal(await main(["parse", "-"], c.io), 0, c.err());
  const sentences = parseConllu(c.out());
  assert.equal(sentences.length, 2);
  for (const sentence of sentences) {
    assert.equal(sentence.words.filter((w) => w.head === 0).length, 1);
    for (const w of sentence.words) assert.ok(w.head >= 0 && w.head <= sentence.words.length && w.upos !== "_" && w.deprel !== "_");
  }
  const second = sentences[1]?.words.map((w) => `${w.form}:${w.head}:${w.deprel}`);
  assert.deepEqual(second?.slice(0, 4), ["Gondor:2:compound", "police:3:nsubj", "arrested:0:root", "him:3:obj"]);
  const ne = sentences[0]?.words.map((w) => /NE=([^|]+)/.exec(w.misc)?.[1] ?? "O");
  assert.deepEqual(ne?.slice(3, 5), ["B-PERSON", "I-PERSON"]);
});

test("parse --input conllu keeps the given words, ids and comments, and predicts the rest", async () => {
  const given = [
    "# sent_id = arnor-1",
    "# text = Gondor's guards won't free him.",
    "1-2\tGondor's\t_\t_\t_\t_\t_\t_\t_\t_",
    "1\tGondor\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "2\t's\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "3\tguards\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "4\two\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "5\tn't\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "6\tfree\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "7\thim\tGOLD\tX\tX\t_\t9\tgold\t_\tSpaceAfter=No",
    "8\t.\tGOLD\tX\tX\t_\t9\tgold\t_\t_",
    "",
  ].join("\n");
  const c = captureIo(given);
  assert.equal(await main(["parse", "-", "--input", "conllu"], c.io), 0, c.err());
  const [sentence] = parseConllu(c.out());
  assert.ok(sentence);
  assert.deepEqual(sentence.comments, ["sent_id = arnor-1", "text = Gondor's guards won't free him."]);
  assert.deepEqual(sentence.words.map((w) => w.form), ["Gondor", "'s", "guards", "wo", "n't", "free", "him", "."]);
  assert.match(c.out(), /^1-2\tGondor's/m);
  assert.ok(sentence.words.every((w) => w.lemma !== "GOLD" && w.upos !== "X" && w.deprel !== "gold" && w.head <= 8));
  assert.equal(sentence.words[6]?.misc, "SpaceAfter=No");
  assert.equal(sentence.words[5]?.lemma, "free");
});

test("parse reports a malformed CoNLL-U line with its number", async () => {
  const c = captureIo("1\tGondor\n");
  assert.equal(await main(["parse", "-", "--input", "conllu"], c.io), 1);
  assert.match(c.err(), /standard input:1: a CoNLL-U word line needs 10 tab-separated columns/);
});

test("parse reads a .conllu file as CoNLL-U without --input", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-parse-"));
  try {
    const path = join(dir, "arnor.conllu");
    writeFileSync(path, "# sent_id = arnor-9\n1\tGondor\t_\t_\t_\t_\t0\t_\t_\t_\n2\tguards\t_\t_\t_\t_\t0\t_\t_\t_\n\n");
    const c = captureIo();
    assert.equal(await main(["parse", path], c.io), 0, c.err());
    const [sentence, ...rest] = parseConllu(c.out());
    assert.equal(rest.length, 0);
    assert.deepEqual(sentence?.comments, ["sent_id = arnor-9"]);
    assert.deepEqual(sentence?.words.map((w) => w.form), ["Gondor", "guards"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
