import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { GoldSentence } from "../../models/corpus.js";
import { trainTruecaser } from "../../models/truecaser.js";
import { modelsDir } from "../../paths.js";
import { spaceTokenizedDoc } from "../tag/test-doc.js";
import { createTruecaseModelStage, truecaseWithModel } from "./truecase-model.js";

const sentence = (text: string): GoldSentence => ({ forms: text.split(" "), upos: [], xpos: [], lemmas: [], entities: [] });
const CORPUS = [sentence("Maria went to Lima with NATO ."), sentence("The police met Maria in Lima ."), sentence("NATO met the police .")];

test("truecaseWithModel fills the cased column only for damaged documents unless forced", () => {
  const truecaser = trainTruecaser(CORPUS, null, { epochs: 10, seed: 1, minWeight: 0, skipNoise: false });
  const doc = spaceTokenizedDoc("the police met maria in lima .");
  truecaseWithModel(doc, truecaser);
  assert.equal(doc.cased(3), "maria");
  doc.casingDamaged = true;
  truecaseWithModel(doc, truecaser);
  const cased = Array.from({ length: doc.tokenCount }, (_, i) => doc.cased(i));
  assert.deepEqual(cased, ["The", "police", "met", "Maria", "in", "Lima", "."]);
  const shouted = spaceTokenizedDoc("MARIA WENT TO LIMA WITH NATO .");
  truecaseWithModel(shouted, truecaser, true);
  assert.equal(shouted.casedText(0, shouted.tokenCount), "Maria went to Lima with NATO .");
});

const hasModel = existsSync(join(modelsDir(), "truecaser.bin"));
test("the trained truecaser repairs a lowercased news sentence", { skip: hasModel ? false : "models/truecaser.bin not trained yet" }, () => {
  const stage = createTruecaseModelStage({ always: true });
  const doc = spaceTokenizedDoc("the united nations said on monday that venezuela had arrested the journalist .");
  stage.run(doc);
  assert.equal(doc.cased(0), "The");
  assert.equal(doc.cased(5), "Monday");
  assert.equal(doc.cased(7), "Venezuela");
  assert.equal(doc.cased(11), "journalist");
});

test("the trained truecaser writes codes in capitals and leaves addresses as typed", { skip: hasModel ? false : "models/truecaser.bin not trained yet" }, () => {
  const stage = createTruecaseModelStage({ always: true });
  const doc = spaceTokenizedDoc("please send the usps form and the hpl figures to jane.doe@example.com .");
  stage.run(doc);
  assert.equal(doc.cased(3), "USPS");
  assert.equal(doc.cased(7), "HPL");
  assert.equal(doc.cased(10), "jane.doe@example.com");
  const address = spaceTokenizedDoc("www.example.org");
  stage.run(address);
  assert.equal(address.cased(0), "www.example.org");
});
