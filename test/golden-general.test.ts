import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExtractor } from "../src/extract.js";
import { dataDir } from "../src/paths.js";
import { parseGoldDocument, scoreEvents, scoreQuotes } from "../src/eval/index.js";

/**
 * The founding example's people must be found by general means (given names, roles,
 * apposition), not because a dictionary lists them: run without the people dictionary.
 */
function dataWithoutPeople(): string {
  const root = mkdtempSync(join(tmpdir(), "tacitus-data-"));
  for (const folder of ["tokenizer", "gazetteer", "names", "lexicon", "triggers", "entities"]) {
    symlinkSync(join(dataDir(), folder), join(root, folder));
  }
  mkdirSync(join(root, "actors"));
  for (const file of ["organizations.tsv", "roles.tsv"]) copyFileSync(join(dataDir(), "actors", file), join(root, "actors", file));
  return root;
}

const text = readFileSync(new URL("../examples/venezuela-sebin-arrests.txt", import.meta.url), "utf8");
const gold = parseGoldDocument(readFileSync(new URL("./fixtures/venezuela-sebin-arrests.expected.json", import.meta.url), "utf8"), "expected");
const result = createExtractor({ dataDir: dataWithoutPeople() }).extract({ id: "venezuela", text, publishedAt: "2019-03-21" });

test("without the people dictionary, all seven people are found, cased and coded", () => {
  for (const person of gold.entities["PERSON"] ?? []) {
    const found = result.entities.find((e) => e.name === person.name);
    assert.ok(found, `${person.name} not found among ${result.entities.map((e) => e.name).join(", ")}`);
    assert.equal(`${found.country}/${found.sector}`, `${person.country ?? null}/${person.sector ?? null}`, person.name);
  }
});

test("without the people dictionary, the golden bars still hold", () => {
  const events = scoreEvents(result, text, gold.events);
  assert.equal(events.coreMatched, 10, `core matched ${events.coreMatched}`);
  assert.ok(events.unmatched.length <= 2, `unmatched ${events.unmatched.length}`);
  assert.equal(scoreQuotes(result, gold.quotes).rightSpeaker, 10);
});
