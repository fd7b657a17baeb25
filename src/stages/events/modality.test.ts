import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eventLines, SETTING } from "../../../test/helpers/event-lines.js";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";
import { createExtractor } from "../../extract.js";
import { loadResources } from "../index.js";

// These tests read how the coder codes what statements ask for or allege too, so contents are kept.
const extractor = fictionalExtractor(undefined, { statementContents: true });

const events = (text: string, publishedAt?: string): string[] => eventLines(extractor, text, publishedAt);

test("'until' the parser hangs on the subject still opens a pending clause, which the subject does not cross", () => {
  const text = "The Arnor Unity Party said it would boycott parliament until the government agreed to an independent investigation.";
  const agreed = events(text).find((e) => e.startsWith("AGREE"));
  assert.ok(agreed === undefined || agreed.startsWith("AGREE hypothetical government/"), agreed);
});

test("'once' opens a pending clause; a purpose verb is as unreal as the verb it serves", () => {
  const text = "Gondor promised that the state would pay for counselling once the girls were freed.";
  const freed = events(text).find((e) => e.startsWith("RETREAT"));
  assert.ok(freed === undefined || freed.startsWith("RETREAT hypothetical"), freed);
  // An asserted verb before "once" asserts what it waited for.
  assert.ok(events("Gondor police detained Quellin once Arnor released the hostages.").some((e) => e.startsWith("RETREAT Arnor/")));
});

test("a deed in the that-clause of a demand or an urging is asked for, not asserted", () => {
  const text = "Hundreds of students marched in Gondor on Friday, demanding that Quellin step down. Arnor urged that Gondor release Quellin.";
  const deeds = events(SETTING + text).filter((e) => e.startsWith("RETREAT"));
  assert.equal(deeds.length, 2, deeds.join("; "));
  for (const deed of deeds) assert.ok(deed.startsWith("RETREAT hypothetical"), deed);
  // A report is no request: "said that Gondor released Quellin" asserts the release.
  assert.ok(events(SETTING + "Arnor said that Gondor released Quellin.").some((e) => e.startsWith("RETREAT Gondor/")));
});

test("a denial does not spread across 'and' to a statement of the main clause", () => {
  const text = "A Shadow Brotherhood spokesman denied that its fighters had shelled the camp and blamed Gondor for the deaths.";
  const blamed = events(text).find((e) => e.startsWith("ACCUSE"));
  assert.equal(blamed, "ACCUSE Shadow Brotherhood/REB -> Gondor/GONGOV");
});

test("approving a legislative measure supports no one; approving a plan still does", () => {
  assert.deepEqual(events("Gondor lawmakers approved the motion by 122 votes to none."), []);
  assert.deepEqual(events("Gondor approved the plan of Arnor.").map((e) => e.split(" ")[0]), ["SUPPORT"]);
});

test("an idiom ending in a preposition phrase takes its object before it: 'remove X from office'", () => {
  assert.deepEqual(events(SETTING + "Gondor's parliament voted to remove President Anna Ferrow from office."), ["COERCE parliament/GONLEG -> Anna Ferrow/GONGOV"]);
});

test("a party name several countries share names the party of the story's country", () => {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-shared-"));
  const shared = join(dir, "shared.tsv");
  writeFileSync(shared, "name\taliases\tcountry\tsector\tlabel\nGondor Unity Party\tgondor unity party|unity party\tGON\tPTY\tORG\n");
  const fixture = fileURLToPath(new URL("../../../test/fixtures/fictional-actors.tsv", import.meta.url));
  const local = createExtractor({ resources: loadResources({ actorFiles: [fixture, shared] }) });
  const coded = (text: string): string[] => local.extract({ id: "s", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.actor?.code ?? "-"} -> ${e.recipient?.code ?? "-"}`);
  assert.deepEqual(coded("In Gondor, the Gondor government accused the opposition Unity Party of paralyzing Gondor."), ["GONGOV -> GONPTY"]);
  assert.deepEqual(coded("In Arnor, the Arnor government accused the opposition Unity Party of paralyzing Arnor."), ["ARNGOV -> ARNPTY"]);
});

test("a given name that is also a town ('nasir idris') names a person, in lowercase text too", () => {
  const text = "kaduna, nigeria, nov 18 (reuters) - the state governor, nasir idris, met the families on tuesday and promised that the state would pay once the girls were freed.";
  const result = extractor.extract({ id: "n", text, publishedAt: "2025-11-18" });
  assert.ok(!result.entities.some((e) => e.label === "GPE" && e.text === "nasir"));
  for (const e of result.events) {
    assert.notEqual(e.location?.name, "Nasir");
    assert.ok(e.recipient === null || e.recipient.country !== "SSD", JSON.stringify(e.recipient));
  }
});

test("a place in a clause conjoined after the trigger's places that clause, not the trigger's", () => {
  const text = "abuja, nigeria, nov 18 (reuters) - president bola tinubu ordered police and soldiers to rescue the girls and cancelled a trip to south africa for the g20 summit.";
  const rescue = extractor.extract({ id: "p", text, publishedAt: "2025-11-18" }).events.find((e) => e.trigger.text === "rescue");
  assert.ok(rescue);
  assert.notEqual(rescue.location?.name, "South Africa");
  assert.notEqual(rescue.recipient?.country, "ZAF");
});

test("the African Union's Peace and Security Council is not the UN Security Council", () => {
  const text = "ADDIS ABABA, Sept 16 (Reuters) - The African Union's Peace and Security Council met on Tuesday.";
  const met = extractor.extract({ id: "au", text, publishedAt: "2025-09-16" }).events.find((e) => e.event === "CONSULT");
  assert.equal(met?.actor?.name, "African Union Peace and Security Council");
});

test("'Freedom and Justice Party' is one name, of the story's country", () => {
  const actor = (text: string): string => {
    const boycott = extractor.extract({ id: "fj", text, publishedAt: "2025-03-16" }).events.find((e) => e.event === "PROTEST");
    return `${boycott?.actor?.name ?? "-"}/${boycott?.actor?.code ?? "-"}`;
  };
  assert.equal(actor("BELGRADE, March 16 (AP) - The opposition Freedom and Justice Party said it would boycott parliament."), "Party of Freedom and Justice/SRBPTY");
  assert.equal(actor("CAIRO, March 16 (AP) - The Freedom and Justice Party said it would boycott parliament."), "Freedom and Justice Party (Egypt)/EGYPTY");
});

test("a force described by a common noun is not the named force of its sector that acts on it", () => {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-guard-"));
  const guard = join(dir, "guard.tsv");
  writeFileSync(guard, "name\taliases\tcountry\tsector\tlabel\nArnor Guard\tarnor guard\tARN\tMIL\tORG\n");
  const fixture = fileURLToPath(new URL("../../../test/fixtures/fictional-actors.tsv", import.meta.url));
  const local = createExtractor({ resources: loadResources({ actorFiles: [fixture, guard] }) });
  const text = "An Arnor Guard spokesman in Arnor denied that its forces had shelled the camp and blamed the army for the deaths.";
  const blamed = local.extract({ id: "g", text, publishedAt: "2025-09-16" }).events.find((e) => e.event === "ACCUSE");
  assert.equal(`${blamed?.actor?.name ?? "-"} -> ${blamed?.recipient?.name ?? "-"}/${blamed?.recipient?.code ?? "-"}`, "Arnor Guard -> army/ARNMIL");
});

test("a deed in a 'when' clause under a future verb is not asserted, and dated ahead", () => {
  const lines = events("Gondor's ministers will discuss sanctions against Arnor when they meet on Monday.", "2024-05-08");
  assert.ok(lines.some((e) => e.startsWith("CONSULT hypothetical") && e.endsWith("@2024-05-13")), lines.join("\n"));
  // Under an asserted verb it happened.
  assert.deepEqual(events("Gondor police opened fire when protesters attacked the station on Monday.").slice(-1), ["ASSAULT protesters/GONCVL -> -/- @2024-05-06"]);
});

test("'\"If Arnor stops firing, we are ready to talk\"': the complement of a verb in a condition is not asserted, so it accuses no one", () => {
  const text = 'GONDOR CITY, May 7 (Reuters) - "If Arnor stops firing, we are ready to talk," Anna Ferrow told reporters.';
  assert.deepEqual(events(text, "2024-05-07")[0], "ASSAULT hypothetical Arnor/ARNGOV -> -/- @2024-05-07");
});

test("a deed a condition says may not be done by a day is dated ahead, to that deadline", () => {
  const lines = events("Arnor said it would resume the strikes if Gondor did not withdraw its troops by Monday.", "2024-05-08");
  assert.ok(lines.some((e) => e.startsWith("RETREAT not hypothetical") && e.endsWith("@2024-05-13")), lines.join("\n"));
});

test("by default what a statement asks for, threatens, alleges or denies is no event of its own; a deed's purpose is (from trials 16 and 17)", () => {
  const plain = fictionalExtractor();
  const types = (text: string): string[] => eventLines(plain, text).map((e) => e.split(" ")[0] ?? "");
  assert.deepEqual(types("Gondor urged Arnor to pull its vessels out of the bay."), ["REQUEST"]);
  assert.deepEqual(types("The Arnor Liberation Front accused Gondor forces of shelling villages on Friday."), ["ACCUSE"]);
  assert.deepEqual(types("The Arnor customs authority denied ordering a blockade."), ["REJECT"]);
  assert.deepEqual(types("Arnor workers shunned work on Monday to protest against the new tax."), ["REJECT", "ACCUSE"]);
  // With the option, the contents are kept, marked as not asserted.
  assert.deepEqual(events("The Arnor customs authority denied ordering a blockade.").map((e) => e.split(" ").slice(0, 2).join(" ")), ["REJECT Arnor/ARNGOV", "REQUEST not", "PROTEST not"]);
});

test("what a cause made someone do was done, by them; a conditional measure of one's own side is a threat (from trial 17)", () => {
  assert.deepEqual(events("Gondor on Tuesday imposed a tariff on imports from Arnor, prompting Arnor to threaten duties on Gondor goods.").map((e) => e.split(" -> ")[0]), [
    "SANCTION Gondor/GONGOV",
    "THREATEN Arnor/ARNGOV",
  ]);
  // A second infinitive joined by "and to" is caused too, however the parse hangs it (from re-judged trial 17).
  const joined = events("Gondor on Tuesday imposed a tariff on imports from Arnor, prompting Arnor to threaten duties on Gondor goods and to demand emergency talks.");
  assert.ok(joined.some((e) => e.startsWith("REQUEST Arnor/ARNGOV")), joined.join("\n"));
  assert.deepEqual(events(`${SETTING}Quellin was forced to resign on Monday.`).map((e) => e.split(" -> ")[0]), ["RETREAT Tomas Quellin/ARNOPP"]);
  // "lead to" a noun makes no one act; a cause that would act is not asserted.
  assert.ok(events("The crisis would force Gondor to suspend gas exports to Arnor.").every((e) => e.includes("hypothetical")));
  const threat = events("Tomas Quellin said Arnor would impose matching duties on Gondor cement if the tariff was not withdrawn by Friday.");
  assert.deepEqual(threat.filter((e) => !e.includes("hypothetical")), ["THREATEN Arnor/ARNGOV -> Gondor/GONGOV"]);
});

test("a warning by people without force of what no party would do is a forecast, not a threat (from trial 17)", () => {
  assert.deepEqual(events("Economists warned that a trade war could push up food prices."), []);
  // The African Development Bank is an international body, no business.
  assert.deepEqual(events("The African Development Bank approved a loan to Arnor."), ["AID African Development Bank/IGO -> Arnor/ARNGOV"]);
  assert.deepEqual(events("The Arnor Liberation Front warned that its fighters would attack if the army advanced.").filter((e) => e.startsWith("THREATEN")).length, 1);
});

test("a warning that others could be expelled threatens them; whoever might do a wrong in it is accused of nothing (from trial 17)", () => {
  assert.deepEqual(events("Tomas Quellin warned that foreign diplomats who interfered in the country's internal affairs could be expelled.").filter((e) => !e.includes("hypothetical")).map((e) => e.split(" -> ")[0]), ["THREATEN Tomas Quellin/-"]);
});

test("'must be released' in a speaker's words demands the release of whoever holds them; by default the release is no event (from trial 18)", () => {
  const text = "Gondor's security service detained an Arnor consul on Saturday. \"Our consul is innocent and must be released immediately,\" said Ilsa Maren.";
  assert.deepEqual(eventLines(fictionalExtractor(), text).map((e) => e.split(" @")[0]), ["COERCE security service/GONSPY -> Arnor consul/ARNGOV", "REQUEST Ilsa Maren/GON -> security service/GONSPY"]);
  // "Y should sack X": the demand only, by default.
  assert.deepEqual(eventLines(fictionalExtractor(), "Tomas Quellin said Gondor should sack its defence minister.").map((e) => e.split(" ")[0]), ["REQUEST"]);
});
