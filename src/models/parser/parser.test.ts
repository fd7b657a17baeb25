import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Doc, UPOS_ID, type Upos } from "../../doc/document.js";
import { TacitusError } from "../../errors/index.js";
import { modelsDir, sharedDir } from "../../paths.js";
import { createParseStage } from "../../stages/parse/index.js";
import { parseConllu, readConllu } from "../conllu.js";
import { deserializeParser, loadParser, serializeParser } from "./io.js";
import { scoreConllu } from "./metrics.js";
import { LEFT, MOVES, ParseState, SHIFT, isProjective, projectivize } from "./state.js";
import { evaluateParser, parseConlluSentences, seededRandom, trainParser } from "./train.js";

/** Follows random zero-cost moves; returns the heads built. */
function staticRun(gold: Int32Array, n: number, random: () => number): Int32Array {
  const st = new ParseState(4);
  st.reset(n);
  while (!st.terminal()) {
    const free: number[] = [];
    for (let m = 0; m < MOVES; m++) if (st.legal(m) && st.cost(m, gold) === 0) free.push(m);
    assert.ok(free.length > 0, "some legal move keeps the gold tree reachable");
    st.apply(free[Math.floor(random() * free.length)] ?? SHIFT, 0);
  }
  return st.head.slice(0, n);
}

function randomTree(n: number, random: () => number): Int32Array {
  // Attach each word to an earlier-placed word in a random order: a tree rooted at n.
  const order = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
  const heads = new Int32Array(n);
  heads[order[0] ?? 0] = n;
  for (let k = 1; k < n; k++) heads[order[k] ?? 0] = order[Math.floor(random() * k)] ?? n;
  return heads;
}

test("the oracle reproduces projective gold trees exactly, whichever zero-cost move it takes", () => {
  const random = seededRandom(7);
  // "She gave him a book yesterday": gave is the root.
  const fixed = Int32Array.from([1, 6, 1, 4, 1, 1]);
  assert.deepEqual([...staticRun(fixed, 6, random)], [...fixed]);
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(random() * 14);
    const heads = randomTree(n, random);
    projectivize(heads, n);
    assert.ok(isProjective(heads, n));
    assert.deepEqual([...staticRun(heads, n, random)], [...heads]);
  }
});

test("projectivize lifts a crossing arc to the head's head", () => {
  // 0 <- 2, 1 <- 3 crosses: words 0..3, root 4; heads 0:2, 1:3, 2:4, 3:2.
  const heads = Int32Array.from([2, 3, 4, 2]);
  assert.equal(isProjective(heads, 4), false);
  assert.equal(projectivize(heads, 4), 1);
  assert.deepEqual([...heads], [2, 2, 4, 2]);
});

test("the single-root constraint leaves one word attached to the root", () => {
  const st = new ParseState();
  st.reset(3);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  assert.equal(st.legal(SHIFT), false);
  assert.equal(st.legal(LEFT), false);
});

const TINY = `# text = The cat sleeps .
1	The	the	DET	DT	_	2	det	_	_
2	cat	cat	NOUN	NN	_	3	nsubj	_	_
3	sleeps	sleep	VERB	VBZ	_	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

# text = The dog was bitten by a cat .
1	The	the	DET	DT	_	2	det	_	_
2	dog	dog	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	bitten	bite	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	7	case	_	_
6	a	a	DET	DT	_	7	det	_	_
7	cat	cat	NOUN	NN	_	4	obl:agent	_	_
8	.	.	PUNCT	.	_	4	punct	_	_

# text = Rebels seized the town on Monday .
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	seized	seize	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Monday	Monday	PROPN	NNP	_	2	obl	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

# text = They picked up the old man .
1	They	they	PRON	PRP	_	2	nsubj	_	_
2	picked	pick	VERB	VBD	_	0	root	_	_
3	up	up	ADP	RP	_	2	compound:prt	_	_
4	the	the	DET	DT	_	6	det	_	_
5	old	old	ADJ	JJ	_	6	amod	_	_
6	man	man	NOUN	NN	_	2	obj	_	_
7	.	.	PUNCT	.	_	2	punct	_	_
`;

function tinyModel() {
  return trainParser(parseConllu(TINY), { epochs: 20, moveBits: 14, labelBits: 14, minWordCount: 1 });
}

test("a tiny parser learns the sentences it was trained on", () => {
  const gold = parseConllu(TINY);
  const model = tinyModel();
  const scores = evaluateParser(model, gold);
  assert.equal(scores.uas, 100);
  assert.equal(scores.lasFull, 100);
  const parsed = parseConlluSentences(model, gold);
  assert.equal(parsed[1]?.words[1]?.deprel, "nsubj:pass");
});

test("training is deterministic and serialization round-trips", () => {
  const a = tinyModel();
  const b = tinyModel();
  assert.deepEqual(serializeParser(a), serializeParser(b));
  const bytes = serializeParser(a);
  const back = deserializeParser(bytes);
  assert.deepEqual(back.labels, a.labels);
  assert.deepEqual(back.wordList(), a.wordList());
  assert.deepEqual(back.tagList(), a.tagList());
  const gold = parseConllu(TINY);
  assert.deepEqual(parseConlluSentences(back, gold), parseConlluSentences(a, gold));
  assert.deepEqual(serializeParser(back), bytes);
});

test("a corrupt or missing model file is a MODEL_FILE error", () => {
  const bytes = serializeParser(tinyModel());
  const damaged = Buffer.from(bytes);
  // Inside the compressed tables (the file's tail may be alignment padding).
  const inside = Math.floor(damaged.length * 0.75);
  damaged[inside] = (damaged[inside] ?? 0) ^ 0xff;
  for (const bad of [Buffer.from("not a model"), bytes.subarray(0, bytes.length - 10), damaged]) {
    assert.throws(() => deserializeParser(bad), (e: unknown) => e instanceof TacitusError && e.code === "MODEL_FILE");
  }
  assert.throws(() => loadParser("/nonexistent/parser.bin"), (e: unknown) => e instanceof TacitusError && e.code === "MODEL_FILE");
});

test("UAS and LAS follow the CoNLL 2018 scorer: punctuation counts, subtypes are ignored in LAS", () => {
  const gold = `1	a	_	X	_	_	2	nsubj:pass	_	_
2	b	_	X	_	_	0	root	_	_
3	c	_	X	_	_	2	obj	_	_
4	.	_	X	_	_	2	punct	_	_
`;
  const system = `1	a	_	X	_	_	2	nsubj	_	_
2	b	_	X	_	_	0	root	_	_
3	c	_	X	_	_	2	iobj	_	_
4	.	_	X	_	_	3	punct	_	_
`;
  const scores = scoreConllu(gold, system);
  assert.equal(scores.words, 4);
  assert.equal(scores.uas, 75);
  assert.equal(scores.las, 50);
  assert.equal(scores.lasFull, 25);
  assert.throws(() => scoreConllu(gold, system.split("\n").slice(1).join("\n")), TacitusError);
});

test("the parse stage writes heads and relations per sentence", () => {
  const model = tinyModel();
  const doc = new Doc({ id: "t", text: "Rebels seized the town on Monday. The cat sleeps." });
  const words: [string, Upos, string][] = [
    ["Rebels", "NOUN", "NNS"], ["seized", "VERB", "VBD"], ["the", "DET", "DT"], ["town", "NOUN", "NN"],
    ["on", "ADP", "IN"], ["Monday", "PROPN", "NNP"], [".", "PUNCT", "."],
    ["The", "DET", "DT"], ["cat", "NOUN", "NN"], ["sleeps", "VERB", "VBZ"], [".", "PUNCT", "."],
  ];
  let at = 0;
  for (const [form, upos, xpos] of words) {
    const start = doc.text.indexOf(form, at);
    at = start + form.length;
    const i = doc.addToken(start, at, form, 0, true);
    doc.tokens.upos[i] = UPOS_ID[upos];
    doc.tokens.xpos[i] = doc.strings.intern(xpos);
  }
  doc.setSentences([0, 7], [7, 11], 0);
  const stage = createParseStage(model);
  assert.deepEqual(stage.requires, ["tokens", "sentences", "pos"]);
  stage.run(doc);
  assert.deepEqual(Array.from(doc.tokens.head.subarray(0, 11)), [1, -1, 3, 1, 5, 1, 1, 8, 9, -1, 9]);
  assert.equal(doc.deprel(0), "nsubj");
  assert.equal(doc.deprel(1), "root");
  assert.equal(doc.deprel(5), "obl");

  // Without sentence boundaries the document is parsed as one sequence with one root.
  doc.setSentences([], [], 0);
  stage.run(doc);
  const roots = Array.from(doc.tokens.head.subarray(0, 11)).filter((h) => h === -1);
  assert.equal(roots.length, 1);
});

test("the committed parser scores on EWT dev", (t) => {
  const dev = join(sharedDir(), "corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu");
  const path = join(modelsDir(), "parser.bin");
  if (!existsSync(dev)) return t.skip(`${dev} is absent (corpora live in ../shared)`);
  if (!existsSync(path)) return t.skip(`${path} is absent; run npm run train`);
  const model = loadParser(path);
  const scores = evaluateParser(model, readConllu(dev).slice(0, 300));
  assert.ok(scores.uas > 80, `UAS ${scores.uas.toFixed(2)} with gold tags`);
  assert.ok(scores.las > 76, `LAS ${scores.las.toFixed(2)} with gold tags`);
});
