import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

test("a later surname joins the full name, and pronouns find the last compatible person", () => {
  const text = "Arnor foreign minister Anna Ferrow visited Gondor on Monday. Tomas Quellin stayed home. Ferrow said she was hopeful.";
  const result = extractor.extract({ id: "a", text });
  const ferrow = result.entities.filter((e) => e.name === "Anna Ferrow");
  assert.equal(ferrow.length, 2);
  assert.equal(new Set(ferrow.map((e) => e.cluster)).size, 1);
});

test("people are coded from roles, places next to them, and their principal", () => {
  const text =
    "Arnor foreign minister anna ferrow met gondor opposition leader tomas quellin in paris. " +
    "Gondor police later detained quellin's chief of staff marta velez. " +
    "\"We will not stop,\" said the leader of the arnor unity party, boris hallen.";
  const coded = Object.fromEntries(
    extractor.extract({ id: "b", text }).entities.filter((e) => e.label === "PERSON").map((e) => [e.name, `${e.country}/${e.sector}`]),
  );
  assert.equal(coded["Anna Ferrow"], "ARN/GOV");
  assert.equal(coded["Tomas Quellin"], "GON/OPP");
  assert.equal(coded["Marta Velez"], "GON/OPP");
  assert.equal(coded["Boris Hallen"], "ARN/PTY");
});

test("a country named once, after the lead, is not the story's: people with a role but no country stay uncoded", () => {
  const text =
    "Election crisis deepens in Velmora. \"The vote was stolen,\" opposition leader Maria Santos told a rally. " +
    "Interior minister Paul Okafor called for calm. The results were announced on Monday. " +
    "\"It is a sad day,\" said Jean Dupont, a French diplomat.";
  const coded = Object.fromEntries(
    extractor.extract({ id: "c", text }).entities.filter((e) => e.label === "PERSON").map((e) => [e.name, `${e.country ?? "-"}/${e.sector ?? "-"}`]),
  );
  assert.equal(coded["Maria Santos"], "-/OPP");
  assert.equal(coded["Paul Okafor"], "-/GOV");
  assert.equal(coded["Jean Dupont"], "FRA/GOV");
});

test("the head of an organization is coded as the organization, not as a head of state", () => {
  const code = (text: string, name: string): string | null => {
    const e = extractor.extract({ id: "o", text }).entities.find((x) => x.name === name);
    return e ? `${e.country ?? ""}${e.sector ?? ""}` : null;
  };
  assert.equal(code("Gondor students marched. \"We will not stop,\" said Tomas Quellin, the union's president.", "Tomas Quellin"), "GONCVL");
  assert.equal(code("Gondor students marched. \"We will not stop,\" said Tomas Quellin, the association's president.", "Tomas Quellin"), "");
  assert.equal(code("Gondor students marched. \"We will not stop,\" said Tomas Quellin, the country's president.", "Tomas Quellin"), "GONGOV");
});

test("an editor-in-chief is media; 'X, his lawyer' is someone else's lawyer; words after a verb do not describe a name", () => {
  const text =
    "Gondor police arrested Tomas Quellin, editor-in-chief of the daily Karsel Haber, on Monday. " +
    "\"This is an outrage,\" said Ayse Dunmore, his lawyer, adding that officers seized his laptop. " +
    "The Arnor Unity Party called on Gondor authorities to release Quellin.";
  const result = extractor.extract({ id: "d", text, publishedAt: "2024-05-08" });
  const coded = Object.fromEntries(result.entities.map((e) => [e.name, `${e.label} ${e.country ?? "-"}/${e.sector ?? "-"}`]));
  assert.equal(coded["Tomas Quellin"], "PERSON GON/MED");
  assert.equal(coded["Karsel Haber"], "ORG -/MED");
  assert.equal(coded["Ayse Dunmore"], "PERSON -/-");
  const seized = result.events.find((e) => e.trigger.text === "seized");
  assert.equal(`${seized?.actor?.name}/${seized?.actor?.code} -> ${seized?.recipient?.name}`, "officers/GONCOP -> Tomas Quellin");
});

test("officers are of the force the story last named", () => {
  const text = "Gondor troops entered the town on Monday. Officers detained two men.";
  const detained = extractor.extract({ id: "o", text, publishedAt: "2024-05-08" }).events.find((e) => e.trigger.text === "detained");
  assert.equal(detained?.actor?.code, "GONMIL");
});

test("an organization is coded by the word for its kind before it; 'their' after a plural noun for people is theirs", () => {
  const text =
    "Arnor chemicals distributor Karsel said on Tuesday it had agreed to buy a rival. Karsel shares rose. " +
    "Gondor police fired tear gas to disperse fans without tickets who tried to force their way through a gate.";
  const result = extractor.extract({ id: "k", text, publishedAt: "2024-05-08" });
  const karsel = result.entities.find((e) => e.name === "Karsel");
  assert.equal(`${karsel?.label} ${karsel?.country}/${karsel?.sector}`, "ORG ARN/BUS");
  const dispersed = result.events.find((e) => e.trigger.text === "disperse");
  assert.equal(dispersed?.recipient, null);
});

test("organizations named often do not outweigh the country where the story happens", () => {
  const text =
    "Gondor on Wednesday accused the Arnor Unity Party of a cyberattack. Foreign Minister Tomas Quellin said the Arnor Unity Party had planned it, " +
    "he told reporters in Gondor. The Arnor Unity Party rejected the accusation. Arnor Unity Party leaders were silent.";
  const quellin = extractor.extract({ id: "f", text, publishedAt: "2024-05-08" }).entities.find((e) => e.name === "Tomas Quellin");
  assert.equal(`${quellin?.country}/${quellin?.sector}`, "GON/GOV");
});

test("a former office codes no sector; the president of an organization is coded as it", () => {
  const text = "Former prime minister Tomas Quellin was acquitted on Monday. Union president Anna Ferrow said the strike would continue. CONAIE president Marta Velez spoke.";
  const coded = Object.fromEntries(extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).entities.map((e) => [e.name, e.sector ?? "-"]));
  assert.deepEqual([coded["Tomas Quellin"], coded["Anna Ferrow"], coded["Marta Velez"]], ["-", "CVL", "-"]);
});

test("a captain right after a place's name leads its team, not troops: 'Gondor captain' is no officer, 'Gondor army captain' is", () => {
  const text =
    "Gondor captain Tomas Quellin praised the fans after the final. The Arnor captain thanked the crowd. " +
    "Gondor army captain Anna Ferrow attacked the village.";
  const result = extractor.extract({ id: "d", text });
  const coded = Object.fromEntries(result.entities.filter((e) => e.label === "PERSON").map((e) => [e.name, `${e.country ?? "-"}/${e.sector ?? "-"}`]));
  assert.equal(coded["Tomas Quellin"], "GON/-");
  assert.equal(coded["Anna Ferrow"], "GON/MIL");
  const thanked = result.events.find((e) => e.trigger.text === "thanked");
  assert.equal(thanked?.actor?.code, "ARN");
});

test("a word of a person's name is no role: 'Tomas Major' describes no officer, and no commander becomes him", () => {
  const text =
    "The Gondor court issued an arrest warrant on Monday for the commander of a Gondor militia. " +
    "\"Arnor chose to free a suspected torturer,\" said Tomas Major, Karsel's deputy director for Europe.";
  const result = extractor.extract({ id: "m", text, publishedAt: "2025-03-14" });
  const coded = Object.fromEntries(result.entities.map((e) => [e.name, `${e.country ?? "-"}/${e.sector ?? "-"}`]));
  assert.equal(coded["Tomas Major"], "-/-");
  assert.equal(coded["Karsel"], "-/-");
  const issued = result.events.find((e) => e.trigger.text === "issued");
  assert.equal(`${issued?.recipient?.name} ${issued?.recipient?.code}`, "commander of a Gondor militia GONMIL");
});

test("a role word modifying a noun is no one's role: an envoy for hostage affairs is no hostage, and no freed citizen becomes him", () => {
  const text = "Gondor freed an Arnor citizen on Tuesday. Arnor special envoy for hostage affairs Tomas Quellin thanked Gondor for its help.";
  const result = extractor.extract({ id: "h", text, publishedAt: "2025-03-14" });
  const quellin = result.entities.find((e) => e.name === "Tomas Quellin");
  assert.equal(`${quellin?.country}/${quellin?.sector}`, "ARN/GOV");
  const freed = result.events.find((e) => e.trigger.text === "freed");
  assert.equal(`${freed?.recipient?.name} ${freed?.recipient?.code}`, "Arnor citizen ARNCVL");
  const mechanic = extractor.extract({ id: "i", text: "Anna Ferrow, an airline mechanic from Arnor, was detained." }).entities.find((e) => e.name === "Anna Ferrow");
  assert.equal(`${mechanic?.country}/${mechanic?.sector}`, "ARN/BUS");
});

test("a courtesy title codes only when no other role does: a party's spokesman called Sheikh is no cleric", () => {
  const text = "Arnor Unity Party spokesman Sheikh Tomas Quellin demanded a vote. Sheikh Anna Ferrow led the prayers.";
  const coded = Object.fromEntries(extractor.extract({ id: "s", text }).entities.map((e) => [e.name, `${e.country ?? "-"}/${e.sector ?? "-"}`]));
  assert.equal(coded["Tomas Quellin"], "ARN/PTY");
  assert.equal(coded["Anna Ferrow"], "ARN/REL");
});

test("a description naming a nationality takes the name only of a group of that nationality: Arnor politicians are no coalition of no known country", () => {
  const text = "Gondor imposed sanctions on two Arnor politicians on Wednesday. The Velmora gang coalition claimed the attack.";
  const imposed = extractor.extract({ id: "g", text, publishedAt: "2025-03-14" }).events.find((e) => e.trigger.text === "imposed");
  assert.equal(`${imposed?.recipient?.name} ${imposed?.recipient?.code}`, "two Arnor politicians ARNPTY");
});

test("an office the UN also has is the named country's: 'Arnor's human rights commissioner' is Arnor's government, the UN's stays IGO", () => {
  const text = "Arnor's human rights commissioner, Anna Ferrow, spoke on Thursday. UN human rights commissioner Tomas Quellin spoke too.";
  const coded = Object.fromEntries(
    extractor.extract({ id: "c", text }).entities.filter((e) => e.label === "PERSON").map((e) => [e.name, `${e.country}/${e.sector}`]),
  );
  assert.deepEqual(coded, { "Anna Ferrow": "ARN/GOV", "Tomas Quellin": "null/IGO" });
});

test("an envoy is coded by the country that sends them, not the one named after 'to'", () => {
  const text = "Tomas Quellin, the Gondor ambassador to Arnor, spoke on Thursday. Gondor's envoy to the Arnor capital, Anna Ferrow, spoke too.";
  const coded = Object.fromEntries(
    extractor.extract({ id: "d", text }).entities.filter((e) => e.label === "PERSON").map((e) => [e.name, `${e.country}/${e.sector}`]),
  );
  assert.deepEqual(coded, { "Tomas Quellin": "GON/GOV", "Anna Ferrow": "GON/GOV" });
});

test("a force whose name opens with its country is that country's: 'Sri Lankan police' is LKACOP, not COP alone (from trial 10)", () => {
  const text = "Sri Lankan police arrested Tomas Quellin on Tuesday. Police used water cannon to disperse the crowd.";
  const result = extractor.extract({ id: "l", text, publishedAt: "2025-02-12" });
  assert.deepEqual(result.events.map((e) => `${e.trigger.text} ${e.actor?.code}`), ["arrested LKACOP", "used LKACOP"]);
});

test("a word before 'minister' is the portfolio, not an owner: Gondor's Public Security Minister is GONGOV, no security body (from trial 10)", () => {
  const text = "Gondor's Public Security Minister Tomas Quellin denied the claims on Tuesday.";
  const quellin = extractor.extract({ id: "p", text, publishedAt: "2025-02-12" }).entities.find((e) => e.name === "Tomas Quellin");
  assert.equal(`${quellin?.country}/${quellin?.sector}`, "GON/GOV");
});

test("a national force named 'Police Service' or 'Police Force' is the police of the country before it, and 'it' after its statement is the force", () => {
  const lines = (text: string): string[] => extractor.extract({ id: "f", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.actor?.name}/${e.actor?.code}`);
  assert.deepEqual(lines("Gondor Police Service officers detained two Arnor men on Monday."), ["Police Service/GONCOP"]);
  assert.deepEqual(lines("The Gondor Police Force said it arrested 12 suspects."), ["Gondor Police Force/GONCOP"]);
});

test("a title of several role words is no part of the name: 'Deputy Foreign Minister Tomas Quellin' is Tomas Quellin, a minister, not a deputy (from trial 11)", () => {
  const result = extractor.extract({ id: "d", text: "Deputy Foreign Minister Tomas Quellin of Gondor told reporters on Tuesday.", publishedAt: "2025-09-24" });
  const person = result.entities.find((e) => e.label === "PERSON");
  assert.equal(`${person?.name} ${person?.country}/${person?.sector}`, "Tomas Quellin GON/GOV");
});

test("'Arnor, whose envoy Tomas Quellin': the relative pronoun stands for the name before its comma (from trial 11)", () => {
  const result = extractor.extract({ id: "w", text: "The swap was brokered by Arnor, whose envoy Tomas Quellin met Gondor leaders in Gondor earlier this month.", publishedAt: "2024-05-08" });
  const quellin = result.entities.find((e) => e.name === "Tomas Quellin");
  assert.equal(`${quellin?.country}/${quellin?.sector}`, "ARN/GOV");
});

test("a spokesperson of no named country who briefs in a capital speaks for that capital's country (from trial 15)", () => {
  const text = "Gondor summoned Arnor's ambassador on Monday. Gondor accused Arnor of espionage. Foreign ministry spokesman Pierre Lamy told reporters in Paris that Gondor should stop its provocations.";
  const result = fictionalExtractor().extract({ id: "s", text, publishedAt: "2024-05-08" });
  assert.equal(result.entities.find((e) => e.name === "Pierre Lamy")?.country, "FRA");
});

test("a spokesperson of no named country speaks for the state the sentences before report on, not the dateline's (from trial 16)", () => {
  const text =
    "ARNOR, May 7 (Reuters) - Arnor expelled two Gondor diplomats on Tuesday. Gondor denied the accusations. Hours later it expelled an Arnor diplomat. " +
    "\"These claims are a fabrication,\" foreign ministry spokeswoman Ilsa Maren said. She warned that Gondor would review its contracts with Arnor companies if Arnor did not lift the sanctions.";
  const result = fictionalExtractor().extract({ id: "t", text, publishedAt: "2024-05-08" });
  assert.equal(result.entities.find((e) => e.name === "Ilsa Maren")?.country, "GON");
  const threat = result.events.find((e) => e.event === "THREATEN");
  assert.equal(`${threat?.actor?.country} -> ${threat?.recipient?.country}`, "GON -> ARN");
});

test("a rank before a name and an apposition after it naming the country: the rank's sector, the apposition's country (from trial 16)", () => {
  const text = "ARNOR, May 7 (Reuters) - The sanctions freeze the assets of General Tomas Quellin, deputy head of Gondor's security committee, and bar him from entering Arnor.";
  const quellin = fictionalExtractor().extract({ id: "u", text, publishedAt: "2024-05-08" }).entities.find((e) => e.name === "Tomas Quellin");
  assert.equal(`${quellin?.country}/${quellin?.sector}`, "GON/MIL");
});

test("an organization no word describes is of the country named right before its name (from trial 17)", () => {
  const text = "The Gondor Dairy Farmers Federation welcomed the tariff. The Arnor Revenue Authority denied ordering a blockade.";
  const coded = Object.fromEntries(fictionalExtractor().extract({ id: "o", text, publishedAt: "2024-05-08" }).entities.filter((e) => e.label === "ORG").map((e) => [e.name, e.country]));
  assert.deepEqual(coded, { "Dairy Farmers Federation": "GON", "Revenue Authority": "ARN" });
});

test("'Its foreign minister, X,' after a sentence about a state is that state's minister, not the dateline's (from trial 17)", () => {
  const text = "ARNOR, May 7 (Reuters) - Gondor rejected the protest on Monday. Its foreign minister, Ilsa Maren, accused Arnor of provoking the confrontation.";
  assert.equal(fictionalExtractor().extract({ id: "m", text, publishedAt: "2024-05-08" }).entities.find((e) => e.name === "Ilsa Maren")?.country, "GON");
});

test("a minister or spokeswoman of no named country speaks for the state told of past 'Its ministry' and '..., the ministry said' (from trial 18)", () => {
  const entity = (text: string, name: string): string | undefined => fictionalExtractor().extract({ id: "n", text, publishedAt: "2024-05-08" }).entities.find((e) => e.name === name)?.country ?? undefined;
  const minister = "Arnor air strike kills 21\n\nARNOR, May 7 (Reuters) - Gondor summoned Arnor's ambassador on Thursday, the ministry said. Asia minister Ilsa Maren urged other governments to halt fuel sales to Arnor.";
  assert.equal(entity(minister, "Ilsa Maren"), "GON");
  const spokeswoman = "ARNOR, May 7 (Reuters) - Arnor expelled two Gondor diplomats. Gondor responded within hours. Its foreign ministry ordered an Arnor attache to leave. " +
    "\"Arnor has chosen confrontation,\" foreign ministry spokeswoman Ilsa Maren said.";
  assert.equal(entity(spokeswoman, "Ilsa Maren"), "GON");
});
