import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines, SETTING } from "../../../test/helpers/event-lines.js";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

// These tests read how the coder codes what statements ask for or allege too, so contents are kept.
const extractor = fictionalExtractor(undefined, { statementContents: true });

const events = (text: string, publishedAt?: string): string[] => eventLines(extractor, text, publishedAt);

test("summoning a state's envoy is a diplomatic protest (ACCUSE), and the envoy is that state's diplomat, not an IGO", () => {
  const lines = events(`${SETTING}Gondor's foreign ministry summoned Arnor's acting high commissioner on Thursday.`, "2024-05-10");
  assert.deepEqual(lines.filter((e) => e.includes("high commissioner")), ["ACCUSE foreign ministry/GONGOV -> acting high commissioner/ARNGOV @2024-05-09"]);
});

test("entry bans on a country's officials are a SANCTION by who imposed them, on those officials", () => {
  const lines = events(`${SETTING}Gondor imposed entry bans on eleven Arnor officials on Wednesday.`, "2024-05-10");
  assert.deepEqual(lines.filter((e) => !e.includes("Quellin")), ["SANCTION Gondor/GONGOV -> eleven Arnor officials/ARNGOV @2024-05-08"]);
});

test("a date after two coordinated verbs with nothing between them dates both ('beaten and arrested on Tuesday night')", () => {
  const lines = events(`${SETTING}Quellin was beaten and arrested on Tuesday night, his party said.`);
  assert.deepEqual(lines.filter((e) => e.includes("Quellin")), ["ASSAULT -/- -> Tomas Quellin/ARNOPP @2024-05-07", "COERCE -/- -> Tomas Quellin/ARNOPP @2024-05-07"]);
});

test("a date after the object of the first of two coordinated verbs dates that verb ('lodged a protest with X on Tuesday and summoned')", () => {
  // The parser hangs "with Beijing on Tuesday" from "summoned" here, as in the trial article it came from.
  const lines = events(`${SETTING}Arnor lodged a diplomatic protest with Beijing on Tuesday and summoned a Gondor embassy official.`);
  const accusations = lines.filter((e) => e.startsWith("ACCUSE"));
  assert.equal(accusations.length, 2, lines.join("\n"));
  assert.ok(accusations.every((e) => e.endsWith(" @2024-05-07")), lines.join("\n"));
});

test("summoning is a diplomatic protest only when a diplomat is summoned", () => {
  const types = (text: string): string[] => events(text).map((e) => e.split(" ")[0] ?? "");
  assert.deepEqual(types("Gondor summoned Arnor's ambassador on Monday."), ["ACCUSE"]);
  assert.deepEqual(types("Tomas Quellin summoned the courage to speak."), []);
  assert.deepEqual(types("The coach summoned Anna Ferrow to the squad on Monday."), []);
});

test("a date of an aspectual verb below the trigger dates it ('Fighting continued on Monday', 'continued' parsed as xcomp of 'Fighting')", () => {
  // As in the trial article: the tagger reads "Fighting" as the root verb and "continued" as its xcomp.
  const lines = events(`${SETTING}Fighting continued on Monday near Minas Tirith, where Arnor rebels attacked a Gondor army position.`);
  assert.deepEqual(lines.filter((e) => e.startsWith("ASSAULT")), ["ASSAULT -/- -> -/- @2024-05-06", "ASSAULT Arnor rebels/ARNREB -> Gondor/GONGOV @2024-05-06"]);
  for (const verb of ["resumed", "erupted", "broke out"]) {
    assert.deepEqual(events(`${SETTING}Fighting ${verb} on Monday near Minas Tirith.`), ["ASSAULT -/- -> -/- @2024-05-06"], verb);
  }
});

test("a date of an aspectual verb whose subject is the trigger dates it ('Protests began on Sunday')", () => {
  assert.deepEqual(events(`${SETTING}Protests began on Sunday in the capital.`), ["PROTEST -/- -> Gondor/GONGOV @2024-05-05"]);
  assert.deepEqual(events(`${SETTING}Protests continued for a third day on Monday.`), ["PROTEST -/- -> Gondor/GONGOV @2024-05-06"]);
});

test("returning fire is an attack, not a return of anything", () => {
  assert.deepEqual(events("Gondor troops shelled Arnor positions on Monday and Arnor units returned fire.").map((e) => e.split(" ")[0]), ["ASSAULT", "ASSAULT"]);
});

test("an accusation or a demand is not placed where the deed it speaks of was done", () => {
  const placed = (text: string): string[] =>
    extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.event} ${e.actor?.code ?? "-"} ${e.location?.name ?? "-"}`);
  assert.deepEqual(placed("NAIROBI, May 3 (Rohan Wire) - Kenyan protesters met on Monday. The protesters accused Tomas Quellin of sending troops to Somalia.").slice(0, 2), [
    "CONSULT KENCVL Nairobi",
    "ACCUSE KENCVL Nairobi",
  ]);
  assert.deepEqual(placed("NAIROBI, May 3 (Rohan Wire) - Kenya urged Gondor to withdraw its troops from Somalia.").slice(0, 1), ["REQUEST KENGOV Nairobi"]);
});

test("a name before a settlement noun is a place, where the deed happened, not the dateline's city nor a recipient ('in Oddar Meanchey province')", () => {
  const text = "NAIROBI, May 3 (Rohan Wire) - Arnor jets struck military targets in Xalvor Drenn province on Thursday.";
  const result = extractor.extract({ id: "p", text, publishedAt: "2024-05-08" });
  assert.deepEqual(result.events.map((e) => `${e.event} ${e.recipient?.name ?? "-"} @${e.location?.name ?? "-"}`), ["ASSAULT - @Xalvor Drenn"]);
  assert.deepEqual(result.entities.filter((e) => e.name === "Xalvor Drenn").map((e) => e.label), ["LOC"]);
});

test("what an aspectual verb in the future continues is future, dated ahead ('Fighting will resume on Friday')", () => {
  assert.deepEqual(events("Fighting will resume on Friday.", "2024-05-08"), ["ASSAULT future -/- -> -/- @2024-05-10"]);
});

test("a verb idiom's gap does not cross into another clause ('resume on Friday if talks fail' is no 'resume talks')", () => {
  assert.deepEqual(events("Arnor will resume on Friday if talks fail.").filter((e) => e.startsWith("CONSULT") || e.startsWith("AGREE")), []);
  assert.deepEqual(events("Gondor held 'suspects' without charge.").map((e) => e.split(" ")[0]), ["COERCE"]);
});

test("'gather' is a protest only without an object ('gathered outside parliament', not 'gathered evidence')", () => {
  assert.deepEqual(events("Thousands of protesters gathered outside parliament on Monday.").map((e) => e.split(" ")[0]), ["PROTEST"]);
  assert.deepEqual(events("Gondor police had gathered evidence linking Arnor officials to the attack."), []);
});

test("a city after 'in' places an event before a city named otherwise ('sanctions against Managua when they meet in Brussels')", () => {
  const places = extractor.extract({ id: "p", text: "Gondor's ministers will discuss sanctions against Managua when they meet in Brussels on Monday.", publishedAt: "2024-05-08" })
    .events.map((e) => `${e.event} ${e.location?.name ?? "-"}`);
  assert.ok(places.length > 0 && places.every((p) => p.endsWith(" Brussels")), places.join("\n"));
});

test("ordering a state's diplomats to leave is an expulsion (SANCTION), not a request (trial 18: however many words name the diplomat)", () => {
  assert.deepEqual(events("Gondor ordered six Arnor diplomats to leave the country on Monday.").map((e) => e.split(" ")[0]), ["SANCTION"]);
  // Four words of the diplomat between the verb and "to leave" (from trial 18).
  assert.deepEqual(events("Gondor's foreign ministry ordered an Arnor embassy attache to leave on Monday.").map((e) => e.split(" ")[0]), ["SANCTION"]);
  // Others ordered to leave are asked to.
  assert.deepEqual(events("Gondor police ordered the protesters to leave the square on Monday.").map((e) => e.split(" ")[0]), ["REQUEST"]);
});

test("exchanging fire is an attack, remanding someone a detention, clearing a blockade a coercion, closing crossings a restriction", () => {
  const types = (text: string): string[] => events(text).map((e) => e.split(" ")[0] ?? "");
  assert.deepEqual(types("Gondor troops exchanged fire with Arnor forces on Monday."), ["ASSAULT"]);
  assert.deepEqual(types("Tomas Quellin was remanded by a magistrate on Friday."), ["COERCE"]);
  assert.deepEqual(types("Gondor police cleared a highway blockade on Tuesday."), ["COERCE"]);
  // The plural is read with the tagger's lemma: the lexicon inflects only a phrase's first word.
  assert.deepEqual(types("Gondor closed all border crossings on Tuesday."), ["COERCE"]);
});

test("a participle clause after a comma is dated by the clause it hangs from, not the dateline: ', arresting 14 protesters' (from trial 10)", () => {
  const text = "Gondor police and soldiers cleared a highway blockade near the Minas copper mine on Tuesday, arresting 14 protesters.";
  // The clearing and the arrests are measures of two kinds, each also the soldiers' (trial 21).
  assert.ok(events(text).includes("COERCE Gondor police/GONCOP -> 14 protesters/GONCVL @2024-05-07"), events(text).join("\n"));
  const filed = events(`GONDOR CITY, May 8 (Reuters) - ${text}`);
  assert.ok(filed.includes("COERCE Gondor police/GONCOP -> 14 protesters/GONCVL @2024-05-07"), filed.join("\n"));
});

test("a condition borrowing the date of the clause it conditions looks ahead with it: 'would boycott parliament on Friday if X was not granted bail' (from trial 10)", () => {
  assert.deepEqual(events(SETTING + "Quellin said the Arnor Unity Party would boycott parliament on Friday if Ilsa Dorrow was not granted bail."), [
    "PROTEST future Arnor Unity Party/ARNPTY -> parliament/ARNLEG @2024-05-10",
    "THREATEN Arnor Unity Party/ARNPTY -> parliament/ARNLEG @2024-05-10",
    "RETREAT not hypothetical -/- -> Ilsa Dorrow/ARNPTY @2024-05-10",
  ]);
});

test("'would hold a rally on Saturday and would boycott parliament unless a recount was ordered': the boycott is next Saturday too, 'unless' ends its object, and the condition's passive takes no doer from before (from trial 11)", () => {
  const text = "Silver Hand Relief called on Gondor to release the reporters. Quellin said the Arnor Unity Party would hold a rally on Saturday and would boycott the new parliament unless a recount was ordered.";
  assert.deepEqual(events(SETTING + text).slice(2), [
    "PROTEST future Arnor Unity Party/ARNPTY -> -/- @2024-05-11",
    "PROTEST future Arnor Unity Party/ARNPTY -> new parliament/GONLEG @2024-05-11",
    "THREATEN Arnor Unity Party/ARNPTY -> new parliament/GONLEG @2024-05-11",
    "REQUEST hypothetical -/- -> recount/- @2024-05-11",
  ]);
});

test("authorities blocking shipments restrict (COERCE), they neither protest nor reject", () => {
  assert.deepEqual(events("GONDOR CITY, May 7 (Reuters) - Gondor authorities blocked shipments of food aid to Arnor on Tuesday."), [
    "COERCE Gondor authorities/GONGOV -> Arnor/ARNGOV @2024-05-07",
  ]);
});

test("'blocked roads on Monday to protest against fuel prices': the purpose restates the protest, no second event", () => {
  assert.deepEqual(events("GONDOR CITY, May 7 (Reuters) - Farmers blocked roads near Gondor City on Monday to protest against fuel prices."), [
    "PROTEST Farmers/GONCVL -> Gondor/GONGOV @2024-05-06",
  ]);
});

test("'police said no one was detained': a negative subject of a passive denies the deed (from trial 14)", () => {
  const lines = events("GONDOR CITY, May 7 (Reuters) - Police said no one was detained.");
  assert.ok(lines.some((e) => e.startsWith("COERCE not")), lines.join("; "));
  assert.ok(!lines.some((e) => e.startsWith("COERCE -") || e.startsWith("COERCE Police")), lines.join("; "));
});

test("'close to the border' is a place, no border closure; 'beaten to death' stays a deed (from trial 14)", () => {
  assert.deepEqual(events("Gondor soldiers were captured by Iron Legion fighters near a town close to the Arnor border."), ["COERCE Iron Legion/GONMIL -> Gondor soldiers/GONMIL"]);
  assert.deepEqual(events("He was allegedly beaten to death by Iron Legion fighters.").map((e) => e.split(" ")[0]), ["ASSAULT"]);
});

test("a deployment announced against no one is no threat: 'observers will patrol the disputed section' (from trial 14)", () => {
  assert.deepEqual(events("A joint group of observers will patrol the disputed section."), ["MOBILIZE future joint group of observers/IGO -> -/-"]);
});

test("'will not be left without a response,' she told reporters: a promise of retaliation, the speaker's (from trial 14)", () => {
  const text = "GONDOR CITY, May 7 (Reuters) - \"Gondor's provocations will not be left without a response,\" Arnor foreign ministry spokeswoman Ilsa Maren told reporters in Arnor.";
  assert.deepEqual(events(text), ["THREATEN Ilsa Maren/ARNGOV -> Gondor/GONGOV @2024-05-07"]);
  assert.deepEqual(events("Arnor said the attack would not be left unanswered."), ["THREATEN Arnor/ARNGOV -> -/-"]);
});

test("'called the expulsion \"an unfriendly act\"', 'called the arrests unacceptable': who judges a deed does not do it (from trial 14)", () => {
  assert.deepEqual(events('Arnor foreign ministry spokeswoman Ilsa Maren called the expulsion "an unfriendly act".').filter((e) => !e.startsWith("ACCUSE")), []);
  assert.deepEqual(events("Arnor called the arrests unacceptable.").filter((e) => !e.startsWith("ACCUSE")), []);
  const branded = events('Gondor announced plans to limit casinos, in a move branded a "humiliating retreat" by the Arnor Unity Party.');
  assert.ok(!branded.some((e) => e.startsWith("RETREAT")), branded.join("; "));
  // A light verb with its deed is still the deed: "called a general strike".
  assert.deepEqual(events("The opposition called a general strike for Monday.").map((e) => e.split(" ")[0]), ["PROTEST"]);
});

test("'called the expulsion \"an unfriendly act\"' accuses whoever expelled; 'called the deal a breakthrough' and 'call for tougher sentences for crimes' do not (from trial 14)", () => {
  const text = 'GONDOR CITY, May 7 (Reuters) - Gondor on Tuesday ordered an Arnor diplomat to leave. Arnor foreign ministry spokeswoman Ilsa Maren called the expulsion "an unfriendly act".';
  assert.deepEqual(events(text).slice(1), ["ACCUSE Ilsa Maren/ARNGOV -> Gondor/GONGOV"]);
  assert.deepEqual(events("Arnor called the deal a breakthrough.").map((e) => e.split(" ")[0]), ["AGREE"]);
  assert.deepEqual(events("Arnor lawmakers call for tougher sentences for crimes.").map((e) => e.split(" ")[0]), ["REQUEST"]);
});

test("'a day after', 'hours before': a clause's deed is dated from the deed it hangs from; 'more than two weeks after' is not to the day (from trial 14)", () => {
  const arrest = events(`${SETTING}Gondor on Wednesday expelled an Arnor diplomat, a day after Gondor police arrested two Arnor citizens.`, "2024-05-10");
  assert.ok(arrest.includes("COERCE Gondor police/GONCOP -> two Arnor citizens/ARNCVL @2024-05-07"), arrest.join("\n"));
  const seizure = events(`${SETTING}Arnor rebels released six Gondor soldiers on Monday, more than two weeks after seizing them.`, "2024-05-10");
  assert.ok(seizure.some((e) => e.startsWith("COERCE ") && !e.includes(" @")), seizure.join("\n"));
  const storming = events(`${SETTING}The Arnor minister resigned on Tuesday, hours after protesters stormed parliament.`, "2024-05-10");
  assert.ok(storming.some((e) => e.startsWith("ASSAULT ") && e.endsWith(" @2024-05-07")), storming.join("\n"));
});

test("a speaker's own stance stated in a quotation dates from its saying (from trial 14)", () => {
  const stance = events(`${SETTING}"We stand fully with Arnor," Gondor foreign minister Anna Ferrow wrote on X on Thursday.`, "2024-05-10");
  assert.ok(stance.includes("SUPPORT Anna Ferrow/GONGOV -> Arnor/ARNGOV @2024-05-09"), stance.join("\n"));
});

test("a deed told next in the simple past, in a sentence without dates, happened on the day told just before (from trial 15)", () => {
  const dated = (text: string): string[] => events(text, "2024-06-13").map((e) => `${e.split(" ")[0] ?? ""} ${e.split(" @")[1] ?? "-"}`);
  assert.deepEqual(dated("Rebels tried to overthrow the Gondor president on Tuesday night. Heavily armed soldiers attacked the presidential palace. Two guards were killed."), ["ASSAULT 2024-06-11", "ASSAULT 2024-06-11"]);
  assert.deepEqual(dated("Gondor police arrested Tomas Quellin early on Wednesday. Nine other officers were detained later in the day, she said."), ["COERCE 2024-06-12", "COERCE 2024-06-12"]);
  // A saying's day, a perfect, a relative clause, an "Earlier" and a sentence with a year of its own stay undated.
  for (const text of [
    "Gondor's broadcaster said on Thursday there were no plans for a new series. In the final series all the main characters were killed.",
    "Gondor police arrested Tomas Quellin on Wednesday. His driver had been detained.",
    "Gondor police arrested Tomas Quellin on Wednesday. Earlier, police detained his driver.",
    "Gondor police arrested Tomas Quellin on Wednesday. Police detained his driver in the mid-1990s.",
  ]) assert.ok(dated(text).at(-1)?.endsWith(" -"), `${text}\n${dated(text).join("\n")}`);
});

test("a deed in an 'after' or 'before' clause is not dated by a day told outside the clause (from trial 15)", () => {
  const lines = events("Gondor summoned Arnor's ambassador on Tuesday after an Arnor coast guard ship fired water cannon at a Gondor vessel.", "2025-03-18");
  assert.ok(lines.some((e) => e.startsWith("ACCUSE") && e.endsWith("@2025-03-18")), lines.join("\n"));
  assert.ok(lines.some((e) => e.startsWith("ASSAULT") && !e.includes("@")), lines.join("\n"));
  const quit = events("Anna Ferrow took over the ministry on Thursday after Tomas Quellin resigned.", "2025-03-18");
  assert.ok(quit.some((e) => e.startsWith("RETREAT") && !e.includes("@")), quit.join("\n"));
});

test("a gathering announced or planned is ahead, and a day it is set for is the next one (from trial 17)", () => {
  // Published on Wednesday 2024-05-08.
  assert.deepEqual(events("Tomas Quellin announced another march for Thursday."), ["PROTEST future Tomas Quellin/- -> -/- @2024-05-09"]);
  assert.deepEqual(events("Tomas Quellin led a march on Thursday."), ["PROTEST Tomas Quellin/- -> -/- @2024-05-02"]);
});

test("a flashback sentence with a date of its own lets the story's day through to the next sentence (from trial 17)", () => {
  const text = "ARNOR, May 8 (Reuters) - A court in Arnor sentenced Tomas Quellin on Tuesday. He was arrested in May last year. The court also convicted four co-defendants.";
  assert.ok(events(text).some((e) => e.startsWith("SANCTION") && e.includes("four co-defendants") && e.endsWith("@2024-05-07")), events(text).join("\n"));
});

test("the story's background is left out: deeds of another half-year and the clauses they time (from trial 17)", () => {
  const text = "Police detained Tomas Quellin on Tuesday. He was arrested in May last year after he called for a boycott of the vote. " +
    "Arnor has clashed with Gondor since 2019, when Gondor banned Arnor's grain before a court overturned the ban.";
  const kept = events(text);
  assert.deepEqual(kept, ["COERCE Police/ARNCOP -> Tomas Quellin/ARN @2024-05-07"]);
  const all = eventLines(fictionalExtractor(undefined, { statementContents: true, backgroundEvents: true }), text);
  assert.ok(all.some((e) => e.startsWith("COERCE") && e.endsWith("@2023-05-01")), all.join("\n"));
  assert.ok(all.some((e) => e.startsWith("REQUEST")), all.join("\n"));
});

test("ships, boats and trucks blocked, surrounded or held back are a restriction (COERCE); other objects keep the verb's other senses (from trial 17)", () => {
  const first = (text: string): string => events(text)[0] ?? "none";
  assert.equal(first("Gondor coast guard vessels blocked an Arnor survey ship on Sunday."), "COERCE Gondor coast guard vessels/GONMIL -> Arnor/ARNGOV @2024-05-05");
  assert.equal(first("Two Gondor patrol boats surrounded the Arnor survey vessel on Sunday."), "COERCE Gondor/GONGOV -> Arnor/ARNGOV @2024-05-05");
  assert.match(first("Gondor customs officers held back about 40 Arnor trucks on Tuesday."), /^COERCE .*\/GONCOP -> .*\/ARN\w* @2024-05-07$/);
  assert.match(first("Gondor blocked the resolution on Sunday."), /^REJECT /);
  // A road blocked, like roads, is a protest's blockade (from trial 18).
  assert.match(first("Gondor truck drivers blocked the road to the border crossing on Tuesday."), /^PROTEST /);
  assert.equal(first("Anna Ferrow held back tears."), "none");
  const warning = events("Tomas Quellin warned that Gondor could soon stop funding the project.");
  assert.ok(!warning.some((e) => e.startsWith("THREATEN")), warning.join("\n"));
});

test("'said Arnor would attend the meeting' is an intent to meet (AGREE), and a town talks are held in is no party to them (from trial 17)", () => {
  assert.deepEqual(events("A government spokesman said Arnor would attend the meeting."), ["AGREE Arnor/ARNGOV -> -/-"]);
  assert.deepEqual(events("Arnor attended the summit on Friday."), ["CONSULT Arnor/ARNGOV -> -/- @2024-05-03"]);
  assert.deepEqual(events("Arnor held a summit in Arusha on Friday."), ["CONSULT Arnor/ARNGOV -> -/- @2024-05-03"]);
});

test("a demand that is the purpose of a summons was made there; a road closed is a restriction; 'Gondor's KGB' is Gondor's (from trial 18)", () => {
  const summons = events("Arnor summoned Gondor's ambassador on Monday to demand consular access to Tomas Quellin.");
  assert.deepEqual(summons.map((e) => e.split(" -> ")[0]), ["ACCUSE Arnor/ARNGOV", "REQUEST Arnor/ARNGOV"]);
  assert.ok(summons[1]?.includes("-> ") && !summons[1].includes("hypothetical") && summons[1].includes("/GONGOV"), summons.join("\n"));
  assert.deepEqual(events("Gondor soldiers closed the main road into the valley on Monday.").map((e) => e.split(" ")[0]), ["COERCE"]);
  assert.match(events("Gondor's KGB detained an Arnor consul on Saturday.")[0] ?? "", /^COERCE KGB\/GONSPY /);
});

test("a date of history in a deed's subject makes it background: 'An earlier attack ... in April 2023 killed 160 people' (from trial 18)", () => {
  const text = "Gondor jets bombed a monastery in Arnor on Tuesday. An earlier attack on the village of Pazigyi in April 2023 killed more than 160 people.";
  assert.deepEqual(events(text).map((e) => e.split(" ")[0]), ["ASSAULT"]);
  // A date of a clause inside the subject is that clause's: the bill is approved now.
  const bill = events("Gondor rejected the plan in 2019. The bill, proposed in 1993, has finally been approved by Tomas Quellin.");
  assert.ok(bill.some((e) => e.startsWith("SUPPORT")), bill.join("\n"));
});

test("a month of a deed told as done is the last one, of a deed ahead the next one (from trial 19)", () => {
  const kept = fictionalExtractor(undefined, { statementContents: true, backgroundEvents: true });
  const past = eventLines(kept, "Gondor sanctioned Tomas Quellin in January. Arnor has expelled Gondor's ambassador in August.", "2025-09-12");
  assert.ok(past.some((e) => e.startsWith("SANCTION Gondor/GONGOV") && e.endsWith("@2025-01-01")), past.join("\n"));
  assert.ok(past.some((e) => e.startsWith("SANCTION Arnor/ARNGOV") && e.endsWith("@2025-08-01")), past.join("\n"));
  const ahead = eventLines(kept, "Gondor will sanction Tomas Quellin in January.", "2025-09-12");
  assert.ok(ahead.some((e) => e.endsWith("@2026-01-01")), ahead.join("\n"));
  // Done eight months before publication, it is the story's background.
  assert.deepEqual(events("Gondor sanctioned Tomas Quellin in January.", "2025-09-12"), []);
});

test("a verb of modality.tsv before a gerund makes it unreal: 'would consider suspending' is no suspension (from trial 19)", () => {
  const lines = events("Arnor would consider suspending aid to Gondor. Gondor is weighing sending troops to the border.");
  assert.ok(!lines.some((e) => /^(SANCTION|MOBILIZE) /.test(e)), lines.join("\n"));
  assert.ok(lines.some((e) => e.startsWith("THREATEN Arnor/ARNGOV -> Gondor")), lines.join("\n"));
});

test("a noun object of a verb of modality.tsv is unreal too: 'is considering sanctions' is a threat, not a sanction (from trial 19)", () => {
  const lines = events("Arnor is considering sanctions against Gondor. Gondor imposed sanctions on Arnor.");
  assert.ok(lines.some((e) => e.startsWith("THREATEN Arnor/ARNGOV -> Gondor")), lines.join("\n"));
  assert.ok(!lines.some((e) => e.startsWith("SANCTION Arnor")), lines.join("\n"));
  assert.ok(lines.some((e) => e.startsWith("SANCTION Gondor/GONGOV -> Arnor")), lines.join("\n"));
});

test("a protest a relative clause says was filed or lodged is an official complaint, no demonstration (from trial 20)", () => {
  assert.deepEqual(events("It was the fourth protest Arnor has filed over the island."), ["ACCUSE Arnor/ARNGOV -> -/-"]);
});
