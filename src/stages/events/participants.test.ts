import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines, SETTING } from "../../../test/helpers/event-lines.js";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

// Participants, places and dates of events in whole stories (cases from new-user trials 6 and 7).
// These tests read how the coder codes what statements ask for or allege, and the story's background
// too, so both are kept.
const extractor = fictionalExtractor(undefined, { statementContents: true, backgroundEvents: true });

const events = (text: string, publishedAt?: string): string[] => eventLines(extractor, text, publishedAt);

test("'the army said its aircraft bombed X positions': the army acts, not the paramilitary named in the object", () => {
  const text = "GONDOR CITY, May 8 (Reuters) - Iron Legion fighters shelled a camp in Gondor on Monday. The army said its aircraft had bombed Iron Legion positions east of the city.";
  assert.deepEqual(events(text)[1], "ASSAULT army/GONMIL -> Iron Legion/GONMIL");
});


test("'supporters of X' and 'parents of the abducted girls' act as that group, not as X or the girls", () => {
  assert.deepEqual(events(SETTING + "Thousands of supporters of Tomas Quellin blocked roads in Gondor on Thursday.")[0], "PROTEST supporters of Tomas Quellin/ARNOPP -> Gondor/GONGOV @2024-05-02");
  const parents = events("GONDOR CITY, May 7 (Reuters) - Parents of the abducted schoolgirls protested in Gondor on Tuesday.");
  assert.deepEqual(parents, ["PROTEST Parents of the abducted schoolgirls/GONCVL -> Gondor/GONGOV @2024-05-07"]);
});

test("'accusing the government of failing to protect their children': the charge is no asserted deed; a protest outside a school is not aimed at the school", () => {
  const text = "GONDOR CITY, May 7 (Reuters) - Parents of the abducted schoolgirls protested outside the school on Tuesday, accusing the government of failing to protect their children.";
  assert.deepEqual(events(text), [
    "PROTEST Parents of the abducted schoolgirls/GONCVL -> Gondor/GONGOV @2024-05-07",
    "ACCUSE Parents of the abducted schoolgirls/GONCVL -> Gondor/GONGOV @2024-05-07",
    "AID not hypothetical Gondor/GONGOV -> their children/GONCVL @2024-05-07",
  ]);
});

test("a warning that one's own state would act is one threat, aimed at no one of one's own side", () => {
  assert.deepEqual(events("Gondor Prime Minister Anna Ferrow warned that Gondor would close the land border if arrivals rose again."), ["THREATEN Anna Ferrow/GONGOV -> -/-"]);
  // Someone else's state is whom the warning is aimed at.
  assert.deepEqual(events("Gondor Prime Minister Anna Ferrow warned that Arnor would face sanctions.")[0], "THREATEN Anna Ferrow/GONGOV -> Arnor/ARNGOV");
});

test("'after lawmakers voted to reject the decree and thousands of protesters gathered': clauses joined, not objects; the vote is the lawmakers' deed", () => {
  const text = "Gondor lifted the curfew on Wednesday after Arnor Unity Party lawmakers voted unanimously to reject the decree and thousands of protesters gathered outside parliament.";
  assert.deepEqual(events(text), [
    "CONCEDE Gondor/GONGOV -> -/- @2024-05-08",
    "REJECT Arnor Unity Party/ARNPTY -> -/- @2024-05-08",
    "PROTEST thousands of protesters/GONCVL -> Gondor/GONGOV @2024-05-08",
  ]);
});

test("'called on both sides to exercise restraint': the sides asked are the recipient, uncoded, and keep the foreign caller out of the dateline's city", () => {
  assert.deepEqual(events("Gondor called on both sides to exercise restraint."), ["REQUEST Gondor/GONGOV -> both sides/-"]);
  const call = extractor.extract({ id: "d", text: "NAIROBI (Reuters) - Thousands marched on Saturday. Gondor called on both sides to exercise restraint.", publishedAt: "2024-05-08" }).events.find((e) => e.event === "REQUEST");
  assert.equal(call?.location, null);
});

test("'Gondor and Arnor called on both sides': each of two named doers makes the call; a joint deed stays one", () => {
  assert.deepEqual(events("Gondor and Arnor called on both sides to exercise restraint."), ["REQUEST Gondor/GONGOV -> both sides/-", "REQUEST Arnor/ARNGOV -> both sides/-"]);
  assert.deepEqual(events("Gondor and Arnor signed an agreement."), ["AGREE Gondor/GONGOV -> Arnor/ARNGOV"]);
});

test("an opposition leader's aides are of his side, not the government's", () => {
  assert.deepEqual(events(SETTING + "Two of his aides were shot dead in their car on Monday."), ["ASSAULT -/- -> Two of his aides/ARNOPP @2024-05-06"]);
});

test("'east of the city' takes up the city named before, not the dateline's", () => {
  const text = "PORT SUDAN, May 8 (Reuters) - Shadow Brotherhood fighters shelled a camp in El Fasher on Monday. The army said its aircraft had bombed positions east of the city.";
  const places = extractor.extract({ id: "c", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.trigger?.text ?? ""}@${e.location?.name ?? "-"}`);
  assert.deepEqual(places, ["shelled@El Fasher", "bombed@El Fasher"]);
});

test("students marching in a city are of its country, not of the country the story names most", () => {
  const text = "NAIROBI, March 16 (AP) - Tens of thousands of students and their supporters marched through central Nairobi on Saturday. Gondor called on both sides to exercise restraint. Gondor said it would host new talks.";
  assert.deepEqual(events(text)[0], "PROTEST Tens of thousands of students and their supporters/KENEDU -> -/- @2024-05-04");
});

test("two doers of a protest at home do not protest against each other", () => {
  assert.deepEqual(events("Gondor and Arnor protested in Gondor on Wednesday."), [
    "PROTEST Gondor/GONGOV -> -/- @2024-05-08",
    "PROTEST Arnor/ARNGOV -> -/- @2024-05-08",
  ]);
});

test("'its troops', 'its army' after a cue are the possessor's forces, named as written", () => {
  assert.deepEqual(events("Gondor said its troops had killed five militants. Arnor denied that its army had withdrawn."), [
    "ASSAULT troops/GONMIL -> five militants/GONREB",
    "REJECT Arnor/ARNGOV -> -/-",
    "RETREAT not army/ARNMIL -> -/-",
  ]);
});

test("'the city' places an event only as a place ('east of the city'), not as an object ('uses the city as a base')", () => {
  const text = "PARIS, May 3 (Reuters) - Gondor and Arnor said they would hold talks in Lyon next month.\n\nThe Arnor Liberation Front has rejected previous calls to withdraw, saying the army uses the city as a base.";
  const rejected = extractor.extract({ id: "c", text, publishedAt: "2024-05-08" }).events.find((e) => e.event === "REJECT");
  assert.equal(rejected?.location?.name ?? null, null);
});

test("a crowd of a dateline story whose lead names no country is the dateline's, not that of a country a later sentence names", () => {
  assert.deepEqual(events("DOHA, May 8 (Reuters) - Protesters set fire to the house of Tomas Quellin on Tuesday. Quellin fled to Gondor last August."), [
    "ASSAULT Protesters/QATCVL -> Tomas Quellin/QAT @2024-05-07",
  ]);
});

test("a denial is addressed to no state of another sentence: 'Arnor denies backing X. ... Gondor ...' is no REJECT of Gondor", () => {
  assert.deepEqual(events("Arnor denies backing the Shadow Brotherhood. The Gondor president denied that Gondor planned to seize the port of Minas in Gondor.").slice(0, 1), [
    "REJECT Arnor/ARNGOV -> -/-",
  ]);
});

test("'jets struck' a place is an attack even when the story also tells of a labour strike", () => {
  assert.deepEqual(events("Gondor jets struck southern Arnor on Sunday. Workers in Gondor went on strike on Monday to demand higher wages.").slice(0, 1), [
    "ASSAULT Gondor jets/GONMIL -> Arnor/ARNGOV @2024-05-05",
  ]);
});

test("a strike that kills is an attack, one event, and no doer of itself", () => {
  assert.deepEqual(events("The strike killed 12 people in southern Arnor on Sunday."), ["ASSAULT -/- -> 12 people/ARNCVL @2024-05-05"]);
});

test("water cannon used to break up a crowd in a city is aimed at the crowd, not the city; lowercase text keeps the clause's date", () => {
  assert.deepEqual(events(SETTING + "Gondor police used water cannon and tear gas to break up thousands of protesters outside parliament in Doha on Tuesday night.").slice(0, 1), [
    "COERCE Gondor police/GONCOP -> thousands of protesters/GONCVL @2024-05-07",
  ]);
  assert.deepEqual(events("doha, may 8 (reuters) - qatari riot police used water cannon and tear gas to break up thousands of protesters outside parliament in doha on tuesday night."), [
    "COERCE Qatari riot police/QATCOP -> thousands of protesters/QATCVL @2024-05-07",
  ]);
});

test("an appositive after the date keeps its deed, and 'the government's decision to suspend' is the government's, not the main clause's doer", () => {
  assert.deepEqual(events(SETTING + "Gondor police used water cannon on protesters on Tuesday night, the sixth straight night of demonstrations against the government's decision to suspend talks with Arnor."), [
    "COERCE Gondor police/GONCOP -> protesters/GONCVL @2024-05-07",
    "PROTEST -/- -> Gondor/GONGOV @2024-05-07",
    "SANCTION hypothetical Gondor/GONGOV -> Arnor/ARNGOV @2024-05-07",
  ]);
});

test("a date inside a relative clause dates only that clause: 'X, who says he won the Oct. 9 vote, accused ...' is no accusation of Oct. 9", () => {
  const dated = events("Quellin, who says he won the Oct. 9 presidential vote, accused the Arnor Unity Party of rigging the count and called for a national strike.");
  assert.deepEqual(dated.map((e) => e.replace(/ -> .*?( @|$)/, "$1")), ["ACCUSE Quellin/-", "REQUEST Quellin/-"]);
});

test("'protests in which hundreds of people were killed': a relative clause's passive names the victims, and takes no doer from an attack told before", () => {
  const text = "DOHA, May 8 (Reuters) - Protesters set fire to the house of Tomas Quellin on Tuesday. Quellin fled to Gondor last August after protests in which hundreds of people were killed.";
  const killed = events(text).filter((e) => e.startsWith("ASSAULT")).at(-1) ?? "";
  assert.match(killed, /^ASSAULT -\/- -> hundreds of people\//);
});

test("'X, the smuggler convicted of killing ...': a participle after an appositive's noun is done to it, though the parse makes the noun its subject", () => {
  const convicted = events("Gondor sent 29 jailed gang figures to Arnor on Thursday, including Tomas Quellin, the smuggler convicted of killing an Arnor police officer in 1985.");
  assert.deepEqual(convicted[1], "SANCTION -/- -> smuggler/- @2024-05-02");
  assert.deepEqual(events("Gondor freed 12 prisoners on Monday, among them Ilsa Dorrow, the activist jailed in 2019.")[1], "COERCE -/- -> activist/GONCVL @2019-01-01");
});

test("'X said she was ready to meet the candidates. Y rejected the offer': the rejection is aimed at whoever made the offer", () => {
  const text = "Gondor Prime Minister Anna Ferrow on Wednesday called for dialogue and said she was ready to meet all the candidates. Quellin rejected the offer, saying he would only talk if the killings were investigated.";
  assert.deepEqual(events(text).find((e) => e.startsWith("REJECT")), "REJECT Quellin/GON -> Anna Ferrow/GONGOV");
  // No offer told before: no one to answer.
  assert.deepEqual(events("Quellin rejected the offer."), ["REJECT Quellin/- -> -/-"]);
});

test("'between X and Y' names both sides of a clash: the first acts on the second", () => {
  assert.deepEqual(events("Clashes erupted on Friday between Gondor police and protesters in Gondor."), ["ASSAULT Gondor police/GONCOP -> protesters/GONCVL @2024-05-03"]);
  assert.deepEqual(events("Fighting between Gondor troops and the Arnor Liberation Front killed 12 people.")[0], "ASSAULT Gondor troops/GONMIL -> Arnor Liberation Front/ARNREB");
});

test("a deed done to two named people is recorded for each", () => {
  assert.deepEqual(events("Gondor police arrested Tomas Quellin and Anna Ferrow on Monday."), [
    "COERCE Gondor police/GONCOP -> Tomas Quellin/GON @2024-05-06",
    "COERCE Gondor police/GONCOP -> Anna Ferrow/GON @2024-05-06",
  ]);
});

test("people before a phrase of where are the participants, not the place: 'arrested seven suspects in the Hodan district'", () => {
  assert.deepEqual(events("Gondor police arrested seven suspects in the Hodan district on Saturday."), ["COERCE Gondor police/GONCOP -> seven suspects/GONCVL @2024-05-04"]);
});

test("a body of no country named with a country's possessive is that country's branch ('Cambodia's Red Cross')", () => {
  assert.deepEqual(events(`${SETTING}Gondor's Silver Hand Relief delivered food to Quellin on Monday.`), ["AID Silver Hand Relief/GONNGO -> Tomas Quellin/ARNOPP @2024-05-06"]);
  assert.deepEqual(events(`${SETTING}Silver Hand Relief delivered food to Quellin on Monday.`), ["AID Silver Hand Relief/NGO -> Tomas Quellin/ARNOPP @2024-05-06"]);
});

test("'the bloc', 'the alliance' and 'the coalition' take up the organization last named", () => {
  const lines = events(`${SETTING}The Arnor Unity Party condemned the arrests. The bloc has threatened to boycott the election.`);
  assert.deepEqual(lines.filter((e) => e.startsWith("THREATEN")), ["THREATEN Arnor Unity Party/ARNPTY -> -/-"]);
});

test("a country's military targets and units are its military, not its state", () => {
  assert.deepEqual(events("Gondor jets struck Arnor military targets on Monday."), ["ASSAULT Gondor jets/GONMIL -> Arnor military targets/ARNMIL @2024-05-06"]);
});

test("a capital where a thing attacked stands is its people, as any town's, not its state: 'stormed a hotel in Mogadishu'", () => {
  assert.deepEqual(events("Arnor rebels stormed a hotel in Paris on Monday."), ["ASSAULT Arnor rebels/ARNREB -> Paris/FRACVL @2024-05-06"]);
  // A role there is still someone, of that city's country.
  assert.deepEqual(events("Arnor rebels attacked security forces in Nairobi on Monday."), ["ASSAULT Arnor rebels/ARNREB -> security forces/KENCOP @2024-05-06"]);
});

test("people taken to a city are the ones helped, the city where they go: 'offered to evacuate wounded people to Ankara'", () => {
  assert.deepEqual(events("Gondor offered to evacuate wounded people to Paris for treatment."), [
    "AGREE Gondor/GONGOV -> wounded people/-",
    "AID hypothetical Gondor/GONGOV -> wounded people/GONCVL",
  ]);
});

test("two doers of a deed done to 'each other' each did it to the other", () => {
  assert.deepEqual(events("Gondor and Arnor expelled each other's top diplomats on Monday."), [
    "SANCTION Gondor/GONGOV -> Arnor/ARNGOV @2024-05-06",
    "SANCTION Arnor/ARNGOV -> Gondor/GONGOV @2024-05-06",
  ]);
});

test("a second recipient before 'of' and a gerund is kept ('accused X and Y of trying to ...')", () => {
  assert.deepEqual(events(`${SETTING}Quellin accused Gondor and Arnor of trying to silence him.`).filter((e) => e.startsWith("ACCUSE")), [
    "ACCUSE Tomas Quellin/ARNOPP -> Gondor/GONGOV",
    "ACCUSE Tomas Quellin/ARNOPP -> Arnor/ARNGOV",
  ]);
});

test("a city ending a longer name after a name particle names no country ('A Comuneros del Sur commander' is no Omani)", () => {
  assert.deepEqual(events("A Valdor del Sur commander, Anna Ferrow, was arrested by Gondor police on Monday."), ["COERCE Gondor police/GONCOP -> Anna Ferrow/GONMIL @2024-05-06"]);
});

test("police commanders are police, not the army", () => {
  assert.deepEqual(events("Gondor sanctioned three Arnor police commanders on Monday."), ["SANCTION Gondor/GONGOV -> three Arnor police commanders/ARNCOP @2024-05-06"]);
});

test("'\"Five attackers were killed,\" a police spokesman told reporters': a passive with no doer accuses no one; the speaker is no doer", () => {
  const text = 'GONDOR CITY, May 7 (Reuters) - "Five attackers were killed," police spokesman Haldor Venn told reporters.';
  assert.deepEqual(events(text), ["ASSAULT -/- -> Five attackers/- @2024-05-07"]);
});

test("'X was charged with terrorism, prosecutors said': the agentless charge is the speaker's, not the last accuser's of the sentence before", () => {
  const text = "Gondor condemned the attack. Tomas Quellin was charged on Thursday with terrorism, prosecutors said.";
  assert.deepEqual(events(text)[1], "ACCUSE prosecutors/GONJUD -> Tomas Quellin/GON @2024-05-02");
});

test("'denounced the mutiny' after a protest told elsewhere names no one; 'condemned the attack' still answers whoever stormed", () => {
  const mutiny = "Gondor police arrested dozens of students in Nairobi on Wednesday after they staged a protest. Former President Tomas Quellin denounced the mutiny.";
  assert.deepEqual(events(mutiny).at(-1), "ACCUSE Tomas Quellin/KEN -> -/-");
  const attack = "Arnor Liberation Front fighters stormed a hotel in Gondor on Sunday. Anna Ferrow condemned the attack.";
  assert.deepEqual(events(attack).at(-1), "ACCUSE Anna Ferrow/GON -> Arnor Liberation Front/ARNREB");
});

test("a passive in a speaker's own words takes no doer from before the quotation; in reported speech it still does", () => {
  const quoted = 'Arnor Liberation Front fighters stormed a hotel in Gondor on Sunday. "Five attackers were killed," police spokesman Haldor Venn told reporters.';
  assert.deepEqual(events(quoted).at(-1), "ASSAULT -/- -> Five attackers/-");
  const reported = "Gondor police later detained Tomas Quellin, and Interior Minister Anna Ferrow said 17 people had been arrested in connection with the uprising.";
  assert.deepEqual(events(reported)[1], "COERCE Gondor police/GONCOP -> 17 people/GONCVL");
});

test("'rejected the criticism' answers whoever criticised, whatever word told it", () => {
  const text = "The European Union condemned the arrests of students in Gondor. Gondor foreign ministry spokesman Haldor Venn rejected the criticism as interference.";
  assert.deepEqual(events(text).at(-1), "REJECT Haldor Venn/GONGOV -> European Union/IGO");
});

test("people right before an -ing verb inside a phrase do it, and a participle clause after them is the main clause's", () => {
  assert.deepEqual(events("Gondor police fired tear gas at hundreds of striking doctors marching to the health ministry on Monday, injuring the head of their union."), [
    "ASSAULT Gondor police/GONCOP -> hundreds of striking doctors/GONCVL",
    "PROTEST hundreds of striking doctors/GONCVL -> Gondor/GONGOV @2024-05-06",
    "ASSAULT Gondor police/GONCOP -> head of their union/GONCVL @2024-05-06",
  ]);
});

test("members of a group a possessive names are of its sector ('the rebel group's commanders'); an election's challenger is the opposition", () => {
  assert.deepEqual(events("Gondor praised the rebel group's commanders on Monday.").map((e) => e.split(" -> ")[1]), ["rebel group's commanders/GONREB @2024-05-06"]);
  assert.deepEqual(events("His main challenger Anna Ferrow, a former government minister, rejected the result on Monday."), ["REJECT Anna Ferrow/OPP -> -/- @2024-05-06"]);
});

test("two groups joined by 'and' as the doer each did it, and two sides that exchanged fire attacked each other", () => {
  assert.deepEqual(events("Hundreds of opposition supporters and trade unionists marched in Gondor on Monday.").map((e) => e.split(" -> ")[0]), [
    "PROTEST Hundreds of opposition supporters/GONOPP",
    "PROTEST trade unionists/GONCVL",
  ]);
  assert.deepEqual(events("Gondor border guards and Arnor forces exchanged fire on Monday."), [
    "ASSAULT Gondor border guards/GONCOP -> Arnor forces/ARNMIL @2024-05-06",
    "ASSAULT Arnor forces/ARNMIL -> Gondor border guards/GONCOP @2024-05-06",
  ]);
});

test("two sides that traded blame or accusations accused each other; trading goods is no quarrel (from trial 14)", () => {
  assert.deepEqual(events("Gondor and Arnor traded accusations on Monday."), [
    "ACCUSE Gondor/GONGOV -> Arnor/ARNGOV @2024-05-06",
    "ACCUSE Arnor/ARNGOV -> Gondor/GONGOV @2024-05-06",
  ]);
  assert.ok(!events("Gondor and Arnor traded goods worth $5bn.").some((e) => e.startsWith("ACCUSE")));
});

test("'the General Confederation of Labour (CGT)' is France's union federation, not a general named Confederation nor the Labour Party", () => {
  const text = "PARIS, March 4 (Reuters) - The General Confederation of Labour (CGT) called a nationwide strike against the pension reform, the union said.";
  assert.deepEqual(events(text, "2019-03-04"), ["PROTEST CGT (France)/FRACVL -> France/FRAGOV @2019-03-04"]);
});

test("a spokesperson of a ministry, the army or the police speaks for that body; a peace commissioner is the government's (from trial 14)", () => {
  assert.deepEqual(events("Gondor's interior ministry spokeswoman Ana Brel criticised Arnor."), ["ACCUSE Ana Brel/GONGOV -> Arnor/ARNGOV"]);
  assert.deepEqual(events("Gondor army spokesman Tomas Brel criticised Arnor."), ["ACCUSE Tomas Brel/GONMIL -> Arnor/ARNGOV"]);
  assert.deepEqual(events("Gondor's Peace Commissioner Andres Vell welcomed the release of the soldiers.")[0], "SUPPORT Andres Vell/GONGOV -> soldiers/GONMIL");
});

test("the story's state as a default recipient is named as a country, not by its code (from trial 14)", () => {
  const lines = events("MAPUTO, Nov 28 (Reuters) - The Constitutional Council on Friday rejected the appeals.", "2023-11-28");
  assert.deepEqual(lines, ["REJECT Constitutional Council/- -> Mozambique/MOZGOV @2023-11-24"]);
});

test("a headline before a dateline keeps its doer and target: only the dateline itself does nothing (from trial 14)", () => {
  const text = "Gondor expels Arnor diplomat\n\nGONDOR CITY, May 7 (Reuters) - The foreign ministry said on Tuesday that the envoy had meddled.";
  assert.deepEqual(events(text)[0], "SANCTION Gondor/GONGOV -> Arnor diplomat/ARNGOV");
});

test("'X and Y agreed to a ceasefire and a pullback of troops': each stops fighting the other, and what is agreed is no party (from trial 14)", () => {
  assert.deepEqual(events("Gondor and Arnor agreed on Wednesday to a ceasefire and a pullback of troops from a disputed section of their border."), [
    "RETREAT Gondor/GONGOV -> Arnor/ARNGOV @2024-05-08",
    "RETREAT Arnor/ARNGOV -> Gondor/GONGOV @2024-05-08",
  ]);
  assert.deepEqual(events("Gondor and Arnor signed a deal on the withdrawal of troops from the border on Wednesday."), ["AGREE Gondor/GONGOV -> Arnor/ARNGOV @2024-05-08"]);
});

test("'A shepherd was detained by Arnor border guards ... He was handed back': who releases is who held, not the doers of an earlier ceasefire (from trial 14)", () => {
  const text = "Gondor and Arnor agreed on Wednesday to a ceasefire. A shepherd was detained by Arnor border guards on Monday. He was handed back late on Tuesday, the Gondor Intelligence Service said.";
  assert.deepEqual(events(text).slice(2), [
    "COERCE Arnor border guards/ARNCOP -> shepherd/- @2024-05-06",
    "RETREAT Arnor border guards/ARNCOP -> shepherd/- @2024-05-07",
  ]);
});

test("a person of a nationality no role describes is a civilian of that country, not its state: 'a Kyrgyz shepherd' (from trial 14)", () => {
  const lines = eventLines(extractor, `${SETTING}Gondor border guards detained a Kyrgyz shepherd on Monday.`, "2024-05-10");
  assert.ok(lines.some((e) => e.startsWith("COERCE") && e.includes("-> Kyrgyz shepherd/KGZCVL")), lines.join("\n"));
});

test("a capitalized people after a nationality is that country's civilians, not a name: 'Thousands of Iraqi Kurds' (PLOVER gold standard)", () => {
  const lines = eventLines(extractor, "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday. Sri Lankan Tamils marched in Colombo.", "2024-05-08");
  assert.ok(lines.some((e) => e.startsWith("PROTEST Thousands of Iraqi Kurds/IRQCVL")), lines.join("\n"));
  assert.ok(lines.some((e) => e.startsWith("PROTEST Sri Lankan Tamils/LKACVL")), lines.join("\n"));
});

test("an agentless passive borrows no doer for history ('were killed in September 2022') nor, in a speaker's claim, from a deed told with another word (from trial 14)", () => {
  const history = events("Arnor units shelled a border post and a school. About 100 people were killed in September 2022 when fighting along the same border escalated.", "2024-04-24");
  assert.ok(history.some((e) => e.startsWith("ASSAULT Arnor/")), history.join("\n"));
  assert.ok(history.some((e) => e.startsWith("ASSAULT -/- -> About 100 people")), history.join("\n"));
  const claim = events("The Gondor Constitutional Council rejected the appeals. Tomas Quellin said the detainees had been denied access to lawyers.", "2024-04-24");
  assert.ok(claim.some((e) => e.startsWith("REJECT -/- -> detainees")), claim.join("\n"));
  // A deed of the same kind told before still names the doer.
  const same = events("Gondor police arrested Tomas Quellin on Monday. His lawyer said his driver had also been arrested.", "2024-04-24");
  assert.ok(same.some((e) => e.startsWith("COERCE Gondor police") && e.includes("driver")), same.join("\n"));
});

test("'arrested at least 11 officers, including ...' are the officers; 'called for the release of three lawmakers' asks it of no 'of' (from trial 15)", () => {
  const counted = events("Gondor police arrested at least 11 army officers, including a former deputy chief of staff.");
  assert.ok(counted.some((e) => e.startsWith("COERCE Gondor police/GONCOP -> at least 11 army officers/")), counted.join("\n"));
  const release = extractor.extract({ id: "r", text: "Tomas Quellin called for the release of three Gondor lawmakers.", publishedAt: "2024-05-08" }).events;
  assert.deepEqual(release.map((e) => e.recipient?.text ?? null), ["three Gondor lawmakers"]);
});

test("'A car bomb in Gondor killed ...': a place where a deed or weapon was is no doer (from trial 15)", () => {
  for (const text of ["A car bomb in Gondor killed ten people.", "A drone strike on a market near Paris last month killed at least 30 people."]) {
    const lines = events(text, "2024-06-05");
    assert.ok(lines.some((e) => e.startsWith("ASSAULT -/- -> ")), `${text}\n${lines.join("\n")}`);
  }
});

test("'summoned the envoy after a ship fired on a vessel, injuring three': the harm is the ship's (from trial 15)", () => {
  const lines = events("Gondor summoned Arnor's ambassador on Tuesday after an Arnor coast guard ship fired water cannon at a Gondor vessel, injuring three crew members.");
  assert.ok(lines.some((e) => e.startsWith("ASSAULT Arnor coast guard ship/ARNMIL") && e.includes("three crew members/GONCVL")), lines.join("\n"));
});

test("a description naming no one before an appositive name ('Its spokesman, X,') gives way to the name (from trial 17)", () => {
  assert.deepEqual(events("Its spokesman, Tomas Quellin, denied that the organisers had encouraged violence.").map((e) => e.split(" -> ")[0]), ["REJECT Tomas Quellin/-"]);
});

test("'other governments' and 'foreign diplomats' are of no one country; 'nine other officers' and the foreign minister are the story's (from trial 18)", () => {
  const text = "ARNOR, May 7 (Reuters) - Arnor police detained nine other officers on Monday. Arnor's foreign minister urged other governments to halt fuel sales to Gondor. Tomas Quellin warned foreign diplomats.";
  const lines = events(text);
  assert.ok(lines.some((e) => e.startsWith("COERCE") && e.includes("nine other officers/ARN")), lines.join("\n"));
  assert.ok(lines.some((e) => e.startsWith("REQUEST foreign minister/ARNGOV -> other governments/GOV")), lines.join("\n"));
});

test("'her supporters', 'the family of X' are that group, of the possessor's side, not the possessor (from trials 17 and 18)", () => {
  const marched = events(`${SETTING}Thousands of his supporters marched through Gondor City on Friday.`);
  assert.match(marched[0] ?? "", /^PROTEST Thousands of his supporters\/ARNOPP /);
  const detained = events(`${SETTING}Police detained six of his supporters on Friday.`);
  assert.match(detained[0] ?? "", / -> six of his supporters\/ARNOPP/);
  const appeal = events("The family of aid worker Tomas Quellin appealed to Gondor for his release.");
  assert.match(appeal[0] ?? "", /^REQUEST family of aid worker Tomas Quellin\//);
});

test("those released in exchange for another are the recipients; 'condemned the strike' is aimed at whoever struck (from trial 18)", () => {
  assert.match(events("Gondor released two Arnor citizens on Monday in exchange for a Gondor man convicted of spying.")[0] ?? "", /^RETREAT Gondor\/GONGOV -> two Arnor citizens\/ARN/);
  const condemned = events("A Gondor military jet bombed a monastery in Arnor late on Tuesday. Tomas Quellin condemned the strike.");
  assert.match(condemned.find((e) => e.startsWith("ACCUSE")) ?? "", / -> \S+\/GON/);
});

test("arriving in a place of one's own country is a return home, no visit; a foreigner's arrival is one (from trial 18)", () => {
  assert.deepEqual(events("Arnor agent Tomas Quellin arrived in Arnor on Monday evening."), []);
  assert.match(events("Gondor President Anna Ferrow arrived in Arnor on Monday on a visit.")[0] ?? "", /^CONSULT Anna Ferrow\/GONGOV -> Arnor\/ARNGOV/);
});

test("'the same commission' is the commission named before (from trial 20)", () => {
  const lines = events("The Gondor Election Commission disqualified Quellin on Monday. Last month, the same commission rejected a petition by his party.");
  assert.ok(lines.some((e) => e.startsWith("REJECT Election Commission/")), lines.join("\n"));
});

test("the verb an aspectual verb takes has its modality: 'would continue to patrol' is ahead (from trial 20)", () => {
  const lines = events("Arnor said its navy would continue to patrol the strait.");
  assert.deepEqual(lines.map((e) => e.split(" ").slice(0, 2).join(" ")), ["MOBILIZE future"]);
});

test("a person's party acts as itself, of the person's side: 'Quellin's party threatened' (from trial 20)", () => {
  const lines = events(SETTING + "Gondor police arrested Quellin. Quellin's party threatened to call a national strike.");
  assert.ok(lines.includes("THREATEN Quellin's party/ARNOPP -> -/-"), lines.join("\n"));
});
