import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EVENT_TYPES } from "../ontology/plover.js";
import { isTacitusError } from "../errors/tacitus-error.js";
import { inflectVerb, loadTriggerLexicon, matchModality, matchTriggers, pluralize, type TriggerEntry } from "./triggers.js";

const lex = loadTriggerLexicon();

function entries(): TriggerEntry[] {
  const all = new Set<TriggerEntry>();
  for (const list of lex.byForm.values()) for (const { entry } of list) all.add(entry);
  return [...all];
}

function best(sentence: string, at: number): TriggerEntry | undefined {
  return matchTriggers(lex, sentence.split(" "), at)[0]?.entry;
}

test("the bundled lexicon is large and covers all 16 PLOVER types", () => {
  const all = entries();
  assert.ok(all.length >= 600, `only ${all.length} trigger entries`);
  for (const type of EVENT_TYPES) {
    assert.ok(all.filter((e) => e.event === type).length >= 15, `few triggers for ${type}`);
  }
  assert.ok(all.every((e) => /^\d{2,4}$/.test(e.cameo)));
});

test("verbs inflect by rule and from the irregular table", () => {
  const irregular = new Map([["hold", { past: ["held"], participle: ["held"], ing: [] }]]);
  assert.deepEqual(inflectVerb("kidnap", new Map([["kidnap", { past: ["kidnapped"], participle: ["kidnapped"], ing: ["kidnapping"] }]])).sort(),
    ["kidnap", "kidnapped", "kidnapping", "kidnaps"]);
  assert.deepEqual(inflectVerb("seize").sort(), ["seize", "seized", "seizes", "seizing"]);
  assert.deepEqual(inflectVerb("occupy").sort(), ["occupied", "occupies", "occupy", "occupying"]);
  assert.deepEqual(inflectVerb("ban").sort(), ["ban", "banned", "banning", "bans"]);
  assert.deepEqual(inflectVerb("free").sort(), ["free", "freed", "freeing", "frees"]);
  assert.deepEqual(inflectVerb("veto").sort(), ["veto", "vetoed", "vetoes", "vetoing"]);
  assert.deepEqual(inflectVerb("hold", irregular).sort(), ["held", "hold", "holding", "holds"]);
  assert.deepEqual(pluralize("rally"), ["rallies"]);
  assert.deepEqual(pluralize("talks"), []);
  assert.deepEqual(pluralize("policeman"), ["policemen"]);
  assert.deepEqual(pluralize("crisis"), ["crises"]);
});

test("surface forms find their entries, including irregular and doubled forms", () => {
  const types = (form: string): string[] => (lex.byForm.get(form) ?? []).map((x) => x.entry.event);
  assert.ok(types("kidnapped").includes("ASSAULT"));
  assert.equal(lex.byForm.get("kidnapped")?.find((x) => x.entry.event === "ASSAULT")?.entry.mode, "abduct");
  assert.ok(types("seizing").includes("COERCE"));
  assert.ok(types("arrested").includes("COERCE"));
  assert.ok(types("withdrew").includes("RETREAT"));
  assert.ok(types("fought").includes("ASSAULT"));
  assert.ok(types("struck").includes("ASSAULT"));
  assert.ok(types("fled").length === 0, "flee is not a trigger");
  assert.ok(types("raids").includes("COERCE"));
  assert.ok(types("demonstrations").includes("PROTEST"));
  assert.equal(lex.lemmaOf.get("detained"), "detain");
  assert.equal(lex.lemmaOf.get("met"), "meet");
  assert.equal(lex.lemmaOf.get("sanctions"), "sanctions");
});

test("multiword phrases match longest first, with inflected rest words", () => {
  assert.equal(best("the office called on the government", 2)?.phrase, "call on");
  assert.equal(best("the office called on the government", 2)?.event, "REQUEST");
  assert.equal(best("they held talks", 1)?.phrase, "hold talks");
  assert.equal(best("the lima group protested against the arrest", 3)?.event, "ACCUSE");
  assert.equal(best("he was put under house arrest", 2)?.phrase, "put under house arrest");
  assert.equal(best("workers went on hunger strikes", 1)?.phrase, "go on hunger strike");
  assert.equal(best("the us imposed sanctions", 2)?.event, "SANCTION");
  assert.equal(best("troops opened fire", 1)?.mode, "firearms");
  assert.deepEqual(matchTriggers(lex, ["nothing"], 0), []);
});

test("the seed article's triggers are in the lexicon", () => {
  const want: [string, string][] = [
    ["arrested", "COERCE"], ["kidnapped", "ASSAULT"], ["searched", "COERCE"], ["recognized", "SUPPORT"],
    ["condemns", "ACCUSE"], ["raids", "COERCE"], ["demand", "REQUEST"], ["threatened", "THREATEN"],
    ["torture", "ASSAULT"], ["mobilize", "MOBILIZE"], ["march", "PROTEST"], ["release", "RETREAT"],
  ];
  for (const [form, type] of want) {
    assert.ok((lex.byForm.get(form) ?? []).some((x) => x.entry.event === type), `${form} -> ${type}`);
  }
});

test("speech cues and modality cues are indexed by surface form", () => {
  assert.equal(lex.cues.get("said"), "speech");
  assert.equal(lex.cues.get("told"), "speech");
  assert.equal(lex.cues.get("wrote"), "writing");
  assert.equal(lex.cues.get("read"), "writing");
  assert.equal(lex.cues.get("believes"), "thought");
  const threat = matchModality(lex, ["threatened", "to", "arrest"], 0)[0]?.entry;
  assert.equal(threat?.effect, "embed");
  assert.equal(threat?.event, "THREATEN");
  assert.equal(matchModality(lex, ["refused", "to", "release"], 0)[0]?.entry.event, "REJECT");
  assert.equal(matchModality(lex, ["promised", "to", "help"], 0)[0]?.entry.event, "AGREE");
  assert.equal(matchModality(lex, ["would"], 0)[0]?.entry.effect, "hypothetical");
  assert.equal(matchModality(lex, ["will"], 0)[0]?.entry.effect, "future");
  assert.equal(matchModality(lex, ["no", "longer", "governs"], 0)[0]?.entry.phrase, "no longer");
});

function withTempLexicon(triggers: string, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-triggers-"));
  try {
    writeFileSync(join(dir, "triggers.tsv"), triggers);
    writeFileSync(join(dir, "cues.tsv"), "phrase\tkind\tnote\nspeak\tspeech\t\n");
    writeFileSync(join(dir, "modality.tsv"), "phrase\teffect\tevent\tpos\tnote\nvow to\tfuture\t\tverb\t\n");
    writeFileSync(join(dir, "irregular-verbs.tsv"), "lemma\tpast\tparticiple\ting\nsmite\tsmote\tsmitten\t\nspeak\tspoke\tspoken\t\n");
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a custom directory loads, with invented words", () => {
  withTempLexicon("# Gondor\nphrase\tpos\tevent\tmode\tcameo\trequires\tnote\nsmite\tverb\tASSAULT\t\t190\t\tfictional\nbesiege minas tirith\tverb\tCOERCE\trestrict\t191\t\t\nvanish\tverb\tASSAULT\tabduct\t181\tpassive\t\n", (dir) => {
    const own = loadTriggerLexicon(dir);
    assert.equal(own.byForm.get("smote")?.[0]?.entry.event, "ASSAULT");
    assert.equal(own.byForm.get("smitten")?.[0]?.entry.source.endsWith("triggers.tsv:3"), true);
    assert.deepEqual(own.byForm.get("besieged")?.[0]?.rest, ["minas", "tirith"]);
    assert.equal(own.byForm.get("vanished")?.[0]?.entry.requires, "passive");
    assert.equal(own.byForm.get("smote")?.[0]?.entry.requires, null);
    assert.equal(own.cues.get("spoke"), "speech");
    assert.equal(own.modality.get("vowed")?.[0]?.effect, "future");
  });
});

test("a malformed line throws DATA_FILE naming file and line", () => {
  withTempLexicon("phrase\tpos\tevent\tmode\tcameo\nsmite\tverb\tSMITE\t\t190\n", (dir) => {
    assert.throws(() => loadTriggerLexicon(dir), (err: unknown) => {
      assert.ok(isTacitusError(err));
      assert.equal(err.code, "DATA_FILE");
      assert.match(err.message, /triggers\.tsv:2: event 'SMITE' is not one of the 16 PLOVER types/);
      return true;
    });
  });
  withTempLexicon("phrase\tpos\tevent\tmode\tcameo\nsmite\tadverb\tASSAULT\t\t190\n", (dir) => {
    assert.throws(() => loadTriggerLexicon(dir), /triggers\.tsv:2: pos 'adverb' must be verb or noun/);
  });
  withTempLexicon("phrase\tpos\tevent\tmode\tcameo\nsmite\tverb\tASSAULT\t\t19x\n", (dir) => {
    assert.throws(() => loadTriggerLexicon(dir), /triggers\.tsv:2: cameo '19x'/);
  });
  withTempLexicon("phrase\tpos\tevent\tmode\tcameo\trequires\nsmite\tverb\tASSAULT\t\t190\tactive\n", (dir) => {
    assert.throws(() => loadTriggerLexicon(dir), /triggers\.tsv:2: requires 'active' must be empty, 'passive', 'aid', 'being', 'no-contest', 'doer', 'consequence', 'deed', 'no-place', 'object', 'relief', 'aimed', 'negated', 'custody', 'no-measure', 'envoy', 'no-object', 'censure', 'reported', 'vehicle' or 'undergoer' \(verbs only\)/);
  });
  withTempLexicon("phrase\tpos\tevent\nsmite\tverb\tASSAULT\n", (dir) => {
    assert.throws(() => loadTriggerLexicon(dir), /triggers\.tsv:1: header lacks column\(s\) mode, cameo/);
  });
});

test("the bundled lexicon loads quickly", () => {
  const t0 = performance.now();
  loadTriggerLexicon();
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});
