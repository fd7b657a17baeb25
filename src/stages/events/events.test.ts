import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines, SETTING } from "../../../test/helpers/event-lines.js";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

// These tests read how the coder codes what statements ask for or allege too, so contents are kept.
const extractor = fictionalExtractor(undefined, { statementContents: true });

const events = (text: string, publishedAt?: string): string[] => eventLines(extractor, text, publishedAt);


test("active voice: the subject acts on the object, with the sentence's date", () => {
  assert.deepEqual(events(SETTING + "On Monday, agents of the Gondor Intelligence Service arrested Quellin."), [
    "COERCE Gondor Intelligence Service/GONSPY -> Tomas Quellin/ARNOPP @2024-05-06",
  ]);
});

test("passive voice with and without a 'by' agent", () => {
  assert.deepEqual(events(SETTING + "Quellin was detained by Gondor police. His driver has also been arrested."), [
    "COERCE Gondor police/GONCOP -> Tomas Quellin/ARNOPP",
    "COERCE Gondor police/GONCOP -> driver/ARN",
  ]);
});

test("a nominal trigger with 'of' and 'by' phrases", () => {
  assert.deepEqual(events(SETTING + "The arrest of Quellin by Gondor police shocked Paris."), ["COERCE Gondor police/GONCOP -> Tomas Quellin/ARNOPP"]);
});

test("negation is marked, and an announced use of force is a threat", () => {
  assert.deepEqual(events(SETTING + "Gondor police did not arrest Quellin. Arnor will impose sanctions on Gondor."), [
    "COERCE not Gondor police/GONCOP -> Tomas Quellin/ARNOPP",
    "THREATEN Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("inside a quotation 'we' is the speaker, and a demand about a deed goes to the state", () => {
  const text = SETTING + "Gondor police detained Quellin in Gondor on Monday. \"We condemn his arrest and demand his release,\" Arnor foreign minister Anna Ferrow said.";
  assert.deepEqual(events(text).slice(1), [
    "ACCUSE Anna Ferrow/ARNGOV -> Gondor/GONGOV",
    "REQUEST Anna Ferrow/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("a threat with its target, and a call on someone to act", () => {
  assert.deepEqual(events(SETTING + "Arnor threatened Gondor with sanctions. Quellin called on the Arnor Unity Party to protest."), [
    "THREATEN Arnor/ARNGOV -> Gondor/GONGOV",
    "REQUEST Tomas Quellin/ARNOPP -> Arnor Unity Party/ARNPTY",
    "PROTEST hypothetical Arnor Unity Party/ARNPTY -> Arnor/ARNGOV",
  ]);
});

test("intents are events: a promise to help is AGREE, a refusal is REJECT", () => {
  assert.deepEqual(events(SETTING + "Arnor will give Gondor a grant. Gondor will not accept the offer."), [
    "AGREE Arnor/ARNGOV -> Gondor/GONGOV",
    "REJECT Gondor/GONGOV -> -/-",
  ]);
});

test("an obligation someone states is their demand; a light verb carries the noun's event", () => {
  assert.deepEqual(events(SETTING + "Arnor said Gondor must release Quellin. The Arnor Unity Party staged rallies against Gondor."), [
    "REQUEST Arnor/ARNGOV -> Gondor/GONGOV",
    "RETREAT hypothetical Gondor/GONGOV -> Tomas Quellin/ARNOPP",
    "PROTEST Arnor Unity Party/ARNPTY -> Gondor/GONGOV",
  ]);
});

test("an event whose sentence names no place takes the dateline's, with coordinates and precision", () => {
  const result = extractor.extract({ id: "d", text: "NAIROBI (Reuters) - Protests went on for a third day.\nPolice arrested three protesters on Monday.", publishedAt: "2024-05-08" });
  const arrest = result.events.find((e) => e.event === "COERCE");
  assert.equal(arrest?.location?.name, "Nairobi");
  assert.equal(arrest?.location?.country, "KEN");
  assert.equal(arrest?.location?.precision, "city");
  assert.ok(arrest?.location?.lat && arrest.location.geonames_id);
});

test("arguments from the dependency tree: a relative pronoun stands for its noun, a participle's noun undergoes it", () => {
  assert.deepEqual(events(SETTING + "Arnor condemned the Gondor police, who arrested Quellin on Monday."), [
    "ACCUSE Arnor/ARNGOV -> Gondor police/GONCOP",
    "COERCE Gondor police/GONCOP -> Tomas Quellin/ARNOPP @2024-05-06",
  ]);
  assert.deepEqual(events(SETTING + "Gondor released Arnor students detained by Gondor police."), [
    "RETREAT Gondor/GONGOV -> Arnor students/ARNEDU",
    "COERCE Gondor police/GONCOP -> Arnor students/ARNEDU",
  ]);
});

test("an intended deed names the target of a threat or promise", () => {
  assert.deepEqual(events("Gondor threatened to shell Kenyan towns. Gondor agreed to postpone the elections in Mombasa."), [
    "THREATEN Gondor/GONGOV -> Kenyan towns/KENCVL",
    "ASSAULT hypothetical Gondor/GONGOV -> Kenyan towns/KENCVL",
    "AGREE Gondor/GONGOV -> Mombasa/KENCVL",
  ]);
});

test("people named by nationality: acted on or counted they are civilians, acting they stand for their state", () => {
  assert.deepEqual(events("Gondor deported Kenyans. Kenyans blamed Gondor. Gondor police arrested 12 Kenyans."), [
    "COERCE Gondor/GONGOV -> Kenyans/KENCVL",
    "ACCUSE Kenyans/KENGOV -> Gondor/GONGOV",
    "COERCE Gondor police/GONCOP -> 12 Kenyans/KENCVL",
  ]);
});

test("a measure taken in a town falls on its people; a capital addressed stands for the state", () => {
  assert.deepEqual(events("Gondor imposed a curfew in Nairobi. Arnor complained to Nairobi."), [
    "COERCE Gondor/GONGOV -> Nairobi/KENCVL",
    "ACCUSE Arnor/ARNGOV -> Nairobi/KENGOV",
  ]);
});

test("plural role words code people, and an opposition qualifier wins over the role", () => {
  assert.deepEqual(events("Gondor soldiers beat up Kenyan villagers."), ["ASSAULT Gondor soldiers/GONMIL -> Kenyan villagers/KENCVL"]);
  assert.deepEqual(events("Arnor banned opposition candidates."), ["COERCE Arnor/ARNGOV -> opposition candidates/ARNOPP"]);
});

test("a role word modifying a thing names nobody: the receiver of the aid is the recipient", () => {
  assert.deepEqual(events("Arnor promised to continue military aid to Gondor."), [
    "AGREE Arnor/ARNGOV -> Gondor/GONGOV",
    "AID hypothetical Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
  assert.deepEqual(events("Arnor and Gondor agreed to hold joint military exercises."), [
    "AGREE Arnor/ARNGOV -> Gondor/GONGOV",
    "COOPERATE hypothetical Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("the verb of a modality phrase takes the receiver of the deed it introduces; an intended deed's place", () => {
  assert.deepEqual(events("Gondor has offered to hand over to Arnor two of its nationals."), [
    "AGREE Gondor/GONGOV -> Arnor/ARNGOV",
    "COOPERATE hypothetical Gondor/GONGOV -> Arnor/ARNGOV",
  ]);
  assert.deepEqual(events("Leaders of the Arnor Unity Party agreed to postpone the rally in Mombasa."), [
    "AGREE Arnor Unity Party/ARNPTY -> Mombasa/KENCVL",
  ]);
});

test("a trigger word inside a capitalized name no entity covers is no event ('the Golden Fleece Club', 'the Harbour Relief Fund')", () => {
  assert.deepEqual(events(SETTING + "Quellin spoke at the Golden Fleece Club about the Harbour Relief Fund."), []);
});

test("nouns are not read as verbs after an adjective or as compound modifiers, and a noun naming a role's field is no event", () => {
  assert.deepEqual(
    events(SETTING + "Velcor is the biggest gas giant in Arnor. Velcor's best-known brands include Quellin's. The Arnor trade spokesman and two aid workers left."),
    [],
  );
});

test("a retreat is from a place, 'on Sunday' is a time, and 'withdraw from' names no gap", () => {
  assert.deepEqual(events(SETTING + "Quellin resigned on Sunday in Gondor. Gondor withdrew its troops from Arnor."), [
    "RETREAT Tomas Quellin/ARNOPP -> -/- @2024-05-05",
    "RETREAT Gondor/GONGOV -> Arnor/ARNGOV @2024-05-05",
  ]);
});

test("a time or adverb at the end of the subject is not part of the actor", () => {
  assert.deepEqual(events(SETTING + "The Gondor border guards on Monday again detained Quellin."), [
    "COERCE Gondor border guards/GONCOP -> Tomas Quellin/ARNOPP @2024-05-06",
  ]);
});

test("an unnamed local group takes the country of the place its sentence names, not the story's; a place held stands for who holds it", () => {
  const text = "Arnor and Gondor talks resumed in Gondor on Monday. Protesters attacked the police station in Paris on Tuesday.";
  assert.deepEqual(events(text).slice(-1), ["ASSAULT Protesters/FRACVL -> police station/FRACOP @2024-05-07"]);
});

test("an event takes the date of its own clause: not a dateline's before it, not another clause's", () => {
  assert.deepEqual(events("NAIROBI, May 8, 2024 - Gondor police detained Arnor opposition leader Tomas Quellin on Tuesday.", "2024-05-08"), [
    "COERCE Gondor police/GONCOP -> Tomas Quellin/ARNOPP @2024-05-07",
  ]);
  const dates = events(SETTING + "Arnor demanded the release of students detained during last week's protests. Arnor agreed to meet Gondor next month.")
    .map((e) => `${e.split(" ")[0] ?? ""}${e.includes("@") ? e.slice(e.indexOf("@")) : ""}`);
  assert.deepEqual(dates, ["REQUEST", "COERCE@2024-04-29", "PROTEST@2024-04-29", "AGREE", "CONSULT@2024-06-01"]);
});

test("a dateline with a place and no date leaves the event its own date", () => {
  // The parser roots "BRUSSELS - ..." at the place, so "on Tuesday" hangs from no verb at all.
  assert.deepEqual(events("BRUSSELS - Gondor on Tuesday imposed sanctions on Arnor.", "2024-05-08"), [
    "SANCTION Gondor/GONGOV -> Arnor/ARNGOV @2024-05-07",
  ]);
  assert.deepEqual(events("BRUSSELS \u2014 Gondor on Tuesday imposed sanctions on Arnor.", "2024-05-08"), [
    "SANCTION Gondor/GONGOV -> Arnor/ARNGOV @2024-05-07",
  ]);
});

test("an event's own date beats a possessive date of a noun, and a date after 'ahead of' is the planned thing's", () => {
  assert.deepEqual(events(SETTING + "Arnor rejected the results of Tuesday's presidential election on Thursday."), [
    "REJECT Arnor/ARNGOV -> -/- @2024-05-02",
  ]);
  const deployed = events(SETTING + "Police said they had deployed extra officers to Gondor ahead of planned opposition marches on Friday.");
  assert.deepEqual(deployed.map((e) => `${e.split(" ")[0] ?? ""}${e.includes("@") ? e.slice(e.indexOf("@")) : ""}`), ["MOBILIZE"]);
});

test("a right-to-left override after a full stop does not glue two sentences", () => {
  assert.deepEqual(events(SETTING + "Gondor police detained Quellin on Monday.\u202e Arnor condemned Gondor."), [
    "COERCE Gondor police/GONCOP -> Tomas Quellin/ARNOPP @2024-05-06",
    "ACCUSE Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("a past participle right after a noun of an object phrase is done to that noun, not by it", () => {
  assert.deepEqual(events(SETTING + "Arnor demanded the release of students detained during the protests."), [
    "REQUEST Arnor/ARNGOV -> students/ARNEDU",
    "COERCE -/- -> students/ARNEDU",
    "PROTEST -/- -> Arnor/ARNGOV",
  ]);
});

test("an event's place is where it happened, not its participants' countries", () => {
  const places = (text: string): (string | null)[] => extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).events.map((e) => e.location?.name ?? null);
  assert.deepEqual(places("France did not impose sanctions on Chile."), [null]);
  assert.deepEqual(places("Arnor police detained Gondor traders in Paris."), ["Paris"]);
  // The city stands for its government as the protest's target, and is still where it happened.
  assert.deepEqual(places("Protesters marched in Nairobi on Tuesday."), ["Nairobi"]);
  // A place the sentence names beats the dateline's city, which is only the fallback.
  assert.deepEqual(places("NAIROBI, May 3 (Rohan Wire) - Arnor troops attacked a military base in southern Somalia on Friday."), ["Somalia"]);
});

test("a shoal no gazetteer knows is a place, of the dateline's country when the parties' countries differ", () => {
  const result = extractor.extract({ id: "s", text: "NAIROBI, May 8 (Rohan Wire) - The Somali coast guard fired water cannon at a Kenyan ship near Vennor Shoal on Monday.", publishedAt: "2024-05-08" });
  assert.deepEqual(result.events.map((e) => `${e.location?.name ?? "-"} ${e.location?.country ?? "-"}`), ["Vennor Shoal KEN"]);
});

test("a possessed government coordinated with a group signs with it, after a dateline too", () => {
  assert.deepEqual(events("PARIS, May 3 (Reuters) - Gondor's government and the Arnor Liberation Front signed a declaration in Paris on Tuesday."), [
    "AGREE government/GONGOV -> Arnor Liberation Front/ARNREB @2024-05-07",
  ]);
});

test("a noun trigger's words stand together: 'the house and arrested' is no 'house arrest' that hides the arrest", () => {
  assert.deepEqual(events(SETTING + "Gondor police raided the house and arrested Quellin.").map((e) => e.split(" -> ")[1]), ["-/-", "Tomas Quellin/ARNOPP"]);
});

test("a participle opening a person's apposition before the verb is no deed: 'his daughter, ousted prime minister X, addressed'", () => {
  const text = "Protesters set fire to the house of Tomas Quellin in Paris on Wednesday, as his daughter, ousted prime minister Anna Ferrow, addressed supporters online.";
  assert.deepEqual(events(text).map((e) => e.split(" ")[0]), ["ASSAULT"]);
  // A list of deeds keeps its arrest.
  assert.deepEqual(events("Gondor police raided the house, arrested opposition leader Anna Ferrow, and seized computers.").map((e) => e.split(" ")[0]), ["COERCE", "COERCE", "COERCE"]);
});

test("an office the text gives a dictionary person of no state sector codes them; an ousted one does not", () => {
  assert.deepEqual(events("Arnor Interior Minister Ilsa Dorrow accused Gondor of plotting violence."), ["ACCUSE Ilsa Dorrow/ARNGOV -> Gondor/GONGOV"]);
  assert.deepEqual(events("Ilsa Dorrow accused Gondor of plotting violence."), ["ACCUSE Ilsa Dorrow/ARNPTY -> Gondor/GONGOV"]);
  assert.deepEqual(events("Ousted prime minister Ilsa Dorrow accused Gondor of plotting violence."), ["ACCUSE Ilsa Dorrow/ARNPTY -> Gondor/GONGOV"]);
});

test("an object may open with a quotation mark: 'struck \"terrorist\" positions' is an attack", () => {
  assert.deepEqual(events('Quellin said Gondor troops had struck "terrorist" positions in Arnor.').map((e) => e.split(" ")[0]), ["ASSAULT"]);
});

test("'strike' in its other forms and senses: adjectives before a target, harm done by a strike, a deal struck", () => {
  const types = (text: string): string[] => events(text).map((e) => e.split(" ")[0] ?? "");
  assert.deepEqual(types("Gondor struck Arnorian nuclear facilities on Friday."), ["ASSAULT"]);
  assert.deepEqual(types("Gondor troops attacked the town of Ufrakel on Monday. The strike damaged a school.").includes("PROTEST"), false);
  assert.deepEqual(types("Three creditors have yet to agree to the deal struck last week."), ["AGREE", "AGREE"]);
});

test("a participle clause after a comma has its main clause's doer, even after a dateline", () => {
  assert.deepEqual(events("NAIROBI, May 8, 2024 - Gondor troops shelled the town on Tuesday, killing nine civilians.", "2024-05-08").map((e) => e.split(" -> ")[0]), [
    "ASSAULT Gondor troops/GONMIL",
    "ASSAULT Gondor troops/GONMIL",
  ]);
});

test("a plural group is not a person of its sector named later", () => {
  const text = "Thousands of nurses went on strike in Gondor on Monday. Police arrested four nurses. \"We have waited for years,\" said union leader Marta Quin.";
  assert.deepEqual(events(text).map((e) => e.replace(/\/[A-Z]*/g, "")), ["PROTEST Thousands of nurses -> Gondor @2024-05-06", "COERCE Police -> four nurses @2024-05-06"]);
});

test("'the rebels' are not a group first named in a later sentence", () => {
  const text = "Quellin said the rebels would not withdraw. Gondor police later detained members of the Shadow Brotherhood.";
  assert.deepEqual(events(text).map((e) => e.split("/")[0]), ["REJECT rebels", "COERCE Gondor police"]);
});

test("a time after a participant is not part of it, dated or not", () => {
  const undated = extractor.extract({ id: "t", text: "Protesters in Santiago clashed with police on Wednesday." }).events.map((e) => e.recipient?.name ?? null);
  assert.deepEqual(undated, ["police"]);
});

test("a mediation is aimed at the parties it is between, past an unresolved weekday", () => {
  const recipients = extractor.extract({ id: "m", text: "Arnor launched a mediation effort on Saturday between Gondor and Eriador." }).events.map((e) => `${e.event} ${e.recipient?.name ?? "-"}`);
  assert.deepEqual(recipients, ["CONSULT Gondor", "CONSULT Eriador"]);
});

test("a measure on the people of a town happened there", () => {
  const places = extractor.extract({ id: "q", text: "The government lifted the curfew in Dakar on Monday.", publishedAt: "2024-05-08" }).events.map((e) => e.location?.name ?? null);
  assert.deepEqual(places, ["Dakar"]);
});

test("an adverb modifying a verb is no trigger: 'go back' is no SUPPORT, 'back the plan' is", () => {
  assert.deepEqual(events(SETTING + "Quellin said the traders would go back to Gondor. Arnor will back the plan."), ["AGREE Arnor/ARNGOV -> -/-"]);
});

test("violent verbs for money, states and amounts, or done by natural forces, are no ASSAULT", () => {
  const text = [
    "The Gondor dollar hit a record low of $1.35 on Monday.",
    "Higher fuel costs have hit profits at the Arnor airline.",
    "The company is battling bankruptcy.",
    "The tsunami killed thousands of people in Gondor.",
    "Arnor militias killed scores of refugees in Gondor.",
  ].join(" ");
  assert.deepEqual(events(text).map((e) => e.split(" ")[0]), ["ASSAULT"]);
});

test("a noun the tree reads as one is no verb trigger, and 'disappear' is an abduction only in the passive", () => {
  const text = [
    "The offer has come under fire from Arnor.",
    "Gondor firms have been targets of attacks.",
    "Records of the bank disappeared.",
    "Three students were disappeared by Gondor police.",
  ].join(" ");
  assert.deepEqual(events(text), ["ASSAULT Gondor police/GONCOP -> Three students/GONEDU"]);
});

test("a capitalized proper noun inside a well-cased sentence is a name, not a trigger", () => {
  assert.deepEqual(events("The company bought the rights from oil giant Shell in Gondor."), []);
});

test("condemning a deed goes to whoever did it: 'sanctions imposed by X'", () => {
  assert.deepEqual(events("Gondor condemned the sanctions imposed by Arnor."), ["ACCUSE Gondor/GONGOV -> Arnor/ARNGOV"]);
});

test("a title noun before a name in apposition is no verb trigger: 'Olympic champion Kelly Holmes'", () => {
  assert.deepEqual(events("Double Olympic champion Kelly Holmes has been voted athlete of the year in Gondor."), []);
});

test("a general giving verb is AID only when what is given is aid or an amount", () => {
  const text = [
    "Arnor gave Gondor $5m of aid on Monday.",
    "Arnor gave a speech in Gondor.",
    "The Gondor minister was given a lesson by Arnor.",
    "Arnor is providing photographs and military intelligence to Gondor.",
  ].join(" ");
  assert.deepEqual(events(text), ["AID Arnor/ARNGOV -> Gondor/GONGOV @2024-05-06", "AID Arnor/ARNGOV -> Gondor/GONGOV"]);
});

test("a verb that acts on people is an event only when its object is someone", () => {
  const text = [
    "Gondor released the prisoners on Monday.",
    "The Arnor band released an album.",
    "The Gondor president received the Arnor delegation.",
    "The Arnor striker received a yellow card.",
    "Arnor must meet its targets.",
  ].join(" ");
  assert.deepEqual(events(text), ["RETREAT Gondor/GONGOV -> prisoners/ARNCVL @2024-05-06", "CONSULT Gondor president/GONGOV -> Arnor delegation/ARNGOV"]);
});

test("violent verbs in sentences or stories about sport or awards are no ASSAULT", () => {
  assert.deepEqual(events("Gondor United beat Arnor City 2-1 on Saturday."), []);
  assert.deepEqual(events("The Arnor band beat Gondor rivals to the award."), []);
  assert.deepEqual(events("Gondor police beat the protesters in Arnor.").map((e) => e.split(" ").slice(0, 2).join(" ")), ["ASSAULT Gondor"]);
  // In a story about sport, quoted violence is a figure of speech too.
  const story = 'Gondor United beat Arnor City 2-1 in the cup final. Gondor scored two goals in the second half. "They killed us," the Arnor coach said. Late attacks on the Gondor goal came to nothing.';
  assert.deepEqual(events(story), []);
});

test("an injury is an ASSAULT only when someone did it; 'the injured Quellin' is no event", () => {
  const text = [
    "Two Gondor athletes were injured in a motorcycle crash.",
    "The Arnor Unity Party said at least 12 protesters were injured.",
    "The injured Quellin missed the vote.",
    "Arnor soldiers wounded three Gondor police officers.",
  ].join(" ");
  assert.deepEqual(events(text).map((e) => e.split(" -> ")[0]), ["ASSAULT Arnor soldiers/ARNMIL"]);
});

test("a word the tagger reads as an adverb or preposition is no verb trigger: 'back then', 'a way back'", () => {
  assert.deepEqual(events("The threat to Gondor back then was Arnor. Gondor found no way back into the talks."), []);
});

test("an event stated as intended takes the weekday ahead, a past one the weekday before", () => {
  assert.deepEqual(events(SETTING + "Gondor police arrested Quellin on Friday. Arnor would meet Gondor on Friday.", "2024-05-08"), [
    "COERCE Gondor police/GONCOP -> Tomas Quellin/ARNOPP @2024-05-03",
    "AGREE Arnor/ARNGOV -> Gondor/GONGOV @2024-05-10",
  ]);
});

test("the dateline's place does nothing, and a participle after a comma has the clause's doer", () => {
  // The trial's report, with its real places: the parser attached "killing" to the dateline's "KYIV".
  const text = "KYIV, Jan 5 (Reuters) - Russian forces shelled the city of Kharkiv on Sunday, killing three civilians, officials said.";
  const actors = events(text, "2025-01-05").map((e) => e.split(" -> ")[0]);
  assert.deepEqual(actors, ["ASSAULT Russian Armed Forces/RUSMIL", "ASSAULT Russian Armed Forces/RUSMIL"]);
});

test("a country named only by its people is called by its name: the Nigerian government is Nigeria's", () => {
  assert.deepEqual(events("The Nigerian police arrested students. The government would meet student leaders on Friday.").slice(1), [
    "AGREE Nigeria/NGAGOV -> student leaders/NGAEDU @2024-05-10",
  ]);
});

test("the agency of a dateline is no participant of the story, and a name with 'to' in it is one subject", () => {
  const text = [
    "MINAS TIRITH, June 12 (Reuters) - Gondor police arrested the editor of an Arnor newspaper.",
    "The Committee to Protect Journalists called on Gondor to release him.",
  ].join(" ");
  const coded = extractor.extract({ id: "c", text, publishedAt: "2024-06-12" }).events.map((e) => `${e.event} ${e.actor?.name ?? "-"} -> ${e.recipient?.name ?? "-"}`);
  assert.deepEqual(coded.slice(0, 2), ["COERCE Gondor police -> editor of an Arnor newspaper", "REQUEST Committee to Protect Journalists -> Gondor"]);
});

test("a thing held by a sector ('a military base') is not the person of that sector named later", () => {
  const text = "Arnor rebels attacked a military base in Gondor on Sunday, Colonel Anna Ferrow of the Gondor army said.";
  assert.deepEqual(events(text).map((e) => e.split(" @")[0]), ["ASSAULT Arnor rebels/ARNREB -> military base/GONMIL"]);
});

test("a weapon is the means of an attack, not its recipient; what it is fired at is", () => {
  assert.deepEqual(events("Arnor rebels detonated a car bomb on Sunday. Arnor soldiers fired four shells at targets in Lyon.").map((e) => e.split(" @")[0]), [
    "ASSAULT Arnor rebels/ARNREB -> -/-",
    "ASSAULT Arnor soldiers/ARNMIL -> Lyon/FRACVL",
  ]);
});

test("sanctions imposed 'on Thursday on' officials reach them, and denouncing the sanctions is aimed at whoever imposed them", () => {
  const text = "The European Union imposed sanctions on Thursday on five Gondor officials it accused of fraud. Gondor denounced the sanctions.";
  const coded = events(text, "2024-05-10").map((e) => e.split(" @")[0]);
  assert.equal(coded[0], "SANCTION European Union/IGO -> five Gondor officials/GONGOV");
  assert.equal(coded[coded.length - 1], "ACCUSE Gondor/GONGOV -> European Union/IGO");
});

test("a protest named in a time adjunct is an event; 'the arrested' are people; an object ends before 'and <verb>'", () => {
  const text = [
    "Gondor police arrested 45 people during protests in Nairobi.",
    "Officers fired live rounds, killing two men.",
    "The Gondor minister defended the officers and said the arrested would be charged.",
  ].join(" ");
  assert.deepEqual(events(text).map((e) => e.split(" @")[0]), [
    "COERCE Gondor police/GONCOP -> 45 people/KENCVL",
    "PROTEST -/- -> Kenya/KENGOV",
    "ASSAULT Officers/GONCOP -> -/-",
    "ASSAULT Officers/GONCOP -> two men/GONCVL",
    "SUPPORT Gondor minister/GONGOV -> officers/GONCOP",
    "ACCUSE future -/- -> -/-",
  ]);
});

test("a warning is a threat only when it names force, sanctions or a price to pay", () => {
  assert.deepEqual(events("Arnor warned that growth in Gondor may slow next year."), []);
  assert.deepEqual(events("Arnor warned Gondor that police would break up any rally.").map((e) => e.split(" ")[0]), ["THREATEN"]);
  assert.deepEqual(events("Arnor warned Gondor of retaliation.").map((e) => e.split(" ")[0]), ["THREATEN"]);
});

test("an offer is an event when it offers a deed, not a product", () => {
  assert.deepEqual(events("Arnor offered Gondor talks on the border."), ["AGREE Arnor/ARNGOV -> Gondor/GONGOV"]);
  assert.deepEqual(events("Arnor offered to hand over the prisoners to Gondor.").map((e) => e.split(" ")[0]).includes("AGREE"), true);
  assert.deepEqual(events("Gondor firms offer broadband services to Arnor."), []);
});

test("a noun modifying another is no event unless the other carries it out", () => {
  assert.deepEqual(events("Arnor singers recorded protest songs in Gondor."), []);
  assert.deepEqual(events("Arnor led mediation efforts between Gondor and Eriador.").map((e) => e.split(" ")[0]), ["CONSULT", "CONSULT"]);
});

test("a protest noun said of prices is no protest", () => {
  assert.deepEqual(events("The fresh rally in crude prices followed gains in Gondor."), []);
});

test("attacking plans, decisions or laws is criticism; attacking people or bases is violence", () => {
  const text = [
    "Tomas Quellin attacked the Arnor plans for Gondor.",
    "Gondor airlines have attacked the legislation.",
    "Arnor rebels attacked a military base in Gondor.",
  ].join(" ");
  assert.deepEqual(events(text).map((e) => e.split(" ")[0]), ["ACCUSE", "ACCUSE", "ASSAULT"]);
});

test("a meeting's purpose is the meeting; 'the two leaders' are the pair just named", () => {
  const text =
    "Gondor president Tomas Quellin met Arnor foreign minister Anna Ferrow in Paris on Monday to discuss the border. " +
    "The two leaders agreed to set up a joint commission.";
  assert.deepEqual(events(text), [
    "CONSULT Tomas Quellin/GONGOV -> Anna Ferrow/ARNGOV @2024-05-06",
    "AGREE Tomas Quellin/GONGOV -> Anna Ferrow/ARNGOV",
  ]);
});

test("'condemned the attack' is aimed at whoever carried out the attack; vowing a fight against 'the group' threatens it", () => {
  const text =
    "Arnor Liberation Front fighters attacked an army base in Gondor on Sunday. Gondor troops later killed eight of the attackers. " +
    "President Tomas Quellin condemned the attack and vowed to continue the fight against the group.";
  assert.deepEqual(events(text).slice(2), [
    "ACCUSE Tomas Quellin/GONGOV -> Arnor Liberation Front/ARNREB",
    "THREATEN Tomas Quellin/GONGOV -> Arnor Liberation Front/ARNREB",
  ]);
});

test("vowing to defeat or crush someone threatens them; vowing to defeat a bill does not", () => {
  assert.deepEqual(events("President Tomas Quellin has vowed to defeat the militants by the end of the year."), ["THREATEN Tomas Quellin/GOV -> militants/REB"]);
  assert.deepEqual(events("Anna Ferrow vowed to crush the Arnor Liberation Front."), ["THREATEN Anna Ferrow/ARN -> Arnor Liberation Front/ARNREB"]);
  assert.deepEqual(events("Tomas Quellin vowed to defeat the bill."), ["AGREE Tomas Quellin/- -> -/-"]);
});

test("holding a country, a place or an economy hostage is a figure of speech; holding people hostage is an abduction", () => {
  const text =
    "\"We will not allow a few groups to hold the country hostage,\" Tomas Quellin said. The unions held Gondor hostage for a week. " +
    "The unions are holding the economy hostage. Arnor Liberation Front fighters took the crew hostage.";
  for (const input of [text, text.toLowerCase()]) {
    const assaults = events(input).filter((e) => e.startsWith("ASSAULT"));
    assert.deepEqual(assaults.map((e) => e.split(" -> ")[0]), ["ASSAULT Arnor Liberation Front/ARNREB"], input);
  }
});

test("a continental or regional adjective gives no country: 'European governments' and 'Western diplomats' are not the story's state", () => {
  const text = SETTING + "Quellin urged European governments to restore the rescue operation. Western diplomats condemned Arnor. Gondor officials praised African migrants.";
  assert.deepEqual(events(text), [
    "REQUEST Tomas Quellin/ARNOPP -> European governments/GOV",
    "CONCEDE hypothetical European governments/GOV -> -/-",
    "ACCUSE Western diplomats/GOV -> Arnor/ARNGOV",
    "SUPPORT Gondor officials/GONGOV -> African migrants/CVL",
  ]);
});

test("'whom he accused' is accused by the speaker of the sentence, not by a man named before it", () => {
  const text =
    "President Boris Hallen of Gondor was unhurt. " +
    "Army chief General Tomas Quellin told state radio that troops had arrested Colonel Anna Ferrow, whom he accused of leading the mutiny.";
  const accused = events(text).find((e) => e.startsWith("ACCUSE"));
  assert.equal(accused?.split(" -> ")[0], "ACCUSE Tomas Quellin/GONMIL");
});

test("'X, whom he accused' accuses X, wherever the parse hangs 'whom'", () => {
  const told = "Army chief General Tomas Quellin told state radio that troops had arrested Colonel Anna Ferrow, whom he accused of leading the mutiny.";
  assert.equal(events(told).find((e) => e.startsWith("ACCUSE")), "ACCUSE Tomas Quellin/MIL -> Anna Ferrow/MIL");
  const text = "Gondor police arrested Anna Ferrow, whom they accused of leading the mutiny. Tomas Quellin praised the soldiers whom Gondor had released.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("ACCUSE") || e.startsWith("RETREAT")), [
    "ACCUSE Gondor/GONGOV -> Anna Ferrow/GON",
    "RETREAT Gondor/GONGOV -> soldiers/GONMIL",
  ]);
});

test("the agency filing the story, in the dateline or 'told Reuters', is no journalist in it, in any casing", () => {
  const text = "OSGILIATH, May 3 (Reuters) - Gondor police arrested a journalist in Paris on Friday, Arnor's foreign minister Anna Ferrow told Reuters in London.";
  for (const input of [text, text.toLowerCase()]) {
    assert.deepEqual(events(input).map((e) => e.split(" @")[0]), ["COERCE Gondor police/GONCOP -> journalist/FRAMED"], input);
  }
});

test("withdrawing from a place is a retreat; signing a deal is no reaction to an earlier deal; the government of a country and a group sign with each other", () => {
  const text =
    "The government of Gondor and the Arnor Liberation Front signed a ceasefire agreement in the Qatari capital on Saturday. " +
    "The fighters withdrew from Paris on Sunday. Arnor signed a deal with Gondor.";
  assert.deepEqual(events(text), [
    "AGREE government/GONGOV -> Arnor Liberation Front/ARNREB @2024-05-04",
    "RETREAT Arnor Liberation Front/ARNREB -> Paris/FRACVL @2024-05-05",
    "AGREE Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("an event near a place no gazetteer knows is placed there, not at the dateline's city", () => {
  const text = "PARIS, May 3 (Reuters) - Arnor Liberation Front fighters attacked an army post near the town of Ufrakel on Friday.";
  const [event] = extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).events;
  assert.equal(event?.location?.name, "Ufrakel");
  // A place no gazetteer knows lies in its parties' country, so that country filters and exports find it.
  assert.equal(event?.location?.country, "ARN");
});

test("storming a town or a building is an armed attack (a police raid is 'raid')", () => {
  assert.deepEqual(events("Arnor Liberation Front fighters stormed the town of Ufrakel on Monday. Gondor gangs stormed a prison.").map((e) => e.split(" ")[0]), ["ASSAULT", "ASSAULT"]);
});

test("'the town of' places an unknown name there, not at the dateline's city; a city in a facility's name is not where it happened", () => {
  const place = (text: string): string | null => extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).events[0]?.location?.name ?? null;
  assert.equal(place("BERLIN, May 3 - Arnor Liberation Front fighters stormed the town of Ufrakel on Friday."), "Ufrakel");
  assert.equal(place("BERLIN, May 3 - Several thousand Gondor rail workers rallied outside the Gare de Lyon station in Paris on Friday."), "Paris");
  assert.equal(place("BERLIN, May 3 - Several thousand Gondor rail workers rallied outside Lyon station in Paris on Friday."), "Paris");
  // Named alone, the facility is where its city is.
  assert.equal(place("BERLIN, May 3 - Arnor Liberation Front fighters attacked Kabul airport on Friday."), "Kabul");
});

test("an apposition calling a name a village places the deed there; a country named only as a border is not the story's (from trial 16)", () => {
  const text =
    "NIAMEY, May 3 (Reuters) - Gunmen stormed Ufrakel, a farming village about 40 km from the border with Gondor, late on Friday, abducting eight women. " +
    "Soldiers struck a column of fighters near the Gondor border on Saturday.";
  const result = extractor.extract({ id: "v", text, publishedAt: "2024-05-08" });
  assert.equal(result.entities.find((e) => e.name === "Ufrakel")?.label, "LOC");
  const abduction = result.events.find((e) => e.trigger.text === "abducting");
  assert.equal(abduction?.location?.name, "Ufrakel");
  assert.equal(`${abduction?.recipient?.country}/${abduction?.recipient?.sector}`, "NER/CVL");
});

test("a capital spoken to or of, or acting, stands for its state, and the place of an alleged deed is not the accusation's (from trial 16)", () => {
  const place = (text: string, trigger: string): string | null =>
    extractor.extract({ id: "q", text, publishedAt: "2024-05-08" }).events.find((e) => e.trigger.text === trigger)?.location?.name ?? null;
  assert.equal(place("Gondor expelled three Arnor diplomats on Wednesday, accusing Astana of running a spy network.", "expelled"), null);
  assert.equal(place("Berlin welcomed the decision, and Gondor expelled three Arnor diplomats on Wednesday.", "expelled"), null);
  assert.equal(place("The Arnor Liberation Front accused Gondor forces of shelling villages near Taiz on Friday.", "accused"), null);
  assert.equal(place("The Arnor Liberation Front accused Gondor forces of shelling villages near Taiz on Friday.", "shelling"), "Ta‘izz");
});

test("news spellings and current names of cities: Taiz, Astana; a big city in lowercase text after a place preposition (from trial 16)", () => {
  const result = extractor.extract({ id: "r", text: "the talks were held last week in muscat. gondor accused arnor of shelling villages near taiz on friday.", publishedAt: "2024-05-08" });
  assert.deepEqual(result.entities.filter((e) => e.label === "GPE" && e.country !== "GON" && e.country !== "ARN").map((e) => e.name), ["Muscat", "Ta‘izz"]);
  const astana = extractor.extract({ id: "s", text: "Gondor's envoy flew to Astana on Monday.", publishedAt: "2024-05-08" }).entities.find((e) => e.label === "GPE" && e.country === "KAZ");
  assert.equal(astana?.name, "Astana");
});

test("in a story about sport, sealing, pulling back, striking and promising are no events", () => {
  const text =
    "Gondor thrash Arnor 4-1 to seal World Cup place. Gondor crushed Arnor 4-1 in a World Cup qualifier on Tuesday. " +
    "Tomas Quellin pulled one back for Arnor, but substitute Anna Ferrow struck to complete the rout. " +
    "Quellin had promised that Arnor would win.";
  assert.deepEqual(events(text), []);
});

test("an intended event takes the weekday ahead only when its own clause states it", () => {
  const text =
    "Prime Minister Tomas Quellin visited Osgiliath on Sunday and ordered the army to deploy additional troops. " +
    "Gondor said it would hold a strike on Thursday.";
  assert.deepEqual(events(text).map((e) => `${e.split(" ")[0]} ${e.split("@")[1] ?? "-"}`), [
    "CONSULT 2024-05-05", "REQUEST 2024-05-05", "MOBILIZE 2024-05-05", "PROTEST 2024-05-09",
  ]);
});

test("an infinitive under a verb that is no event is not asserted, unless that verb says it happened", () => {
  const text = "Tomas Quellin said he did not expect Gondor to demand his arrest. Arnor Liberation Front fighters managed to seize the town.";
  assert.deepEqual(events(text).map((e) => e.split(" ").slice(0, 2).join(" ")), ["REQUEST hypothetical", "COERCE Arnor"]);
});

test("tear gas is a means; a participle clause's doer is the clause it hangs from; naming is no call; 'said it ... and called on' is the speaker's", () => {
  const text =
    "Gondor police fired tear gas at teachers who marched on the palace on Tuesday, injuring at least 23 people. " +
    "The ombudsman condemned what he called a disproportionate use of force. " +
    "The United Nations human rights office in Geneva said it was concerned by the reports of injuries and called on Gondor authorities to respect the right to peaceful assembly.";
  assert.deepEqual(events(text), [
    "ASSAULT Gondor police/GONCOP -> teachers/GONEDU",
    "PROTEST teachers/GONEDU -> Gondor/GONGOV @2024-05-07",
    "ASSAULT Gondor police/GONCOP -> at least 23 people/GONCVL @2024-05-07",
    "ACCUSE ombudsman/- -> -/-",
    "REQUEST United Nations human rights office/IGO -> Gondor authorities/GONGOV",
  ]);
});

test("coordinated signers sign with each other; a country named without a place preposition is no place; 'sought to' is no request", () => {
  const text = "PARIS, May 3 (Reuters) - Tomas Quellin and Anna Ferrow signed a series of agreements on Saturday, as the two countries sought to deepen ties amid tension with China.";
  const found = extractor.extract({ id: "j", text, publishedAt: "2024-05-08" }).events;
  assert.deepEqual(found.map((e) => `${e.event} ${e.actor?.name ?? "-"} -> ${e.recipient?.name ?? "-"} @${e.location?.name ?? "-"}`), [
    "AGREE Tomas Quellin -> Anna Ferrow @Paris",
  ]);
});

test("searching for someone is no raid; 'the targeted officials' is no attack; cutting agreements reduces relations; those banned from travelling do not travel", () => {
  const text =
    "Rescue teams were still searching for missing people. Gondor police searched his house on Monday. " +
    "Arnor froze the assets of the targeted officials. Arnor cut its air service agreements with Gondor. " +
    "The officials are banned from travelling to Arnor.";
  assert.deepEqual(events(text).map((e) => e.split(" ").slice(0, 2).join(" ")), [
    "COERCE Gondor", "SANCTION Arnor/ARNGOV", "SANCTION Arnor/ARNGOV", "COERCE Gondor",
  ]);
});

test("in a story about markets, violent and surrender verbs are figures of speech", () => {
  const text =
    "Shares of Karsel Motors plunged 18% on Tuesday after the carmaker cut its profit forecast. " +
    "The stock was hit hardest in early trading. Chief executive Tomas Quellin said Karsel would fight back with cheaper models. " +
    "\"We are not going to surrender this market,\" he told investors.";
  assert.deepEqual(events(text), []);
});

test("'the strike' takes the sense the story's own strike phrases give; a strike 'on Monday' targets no one", () => {
  const military = "An Arnor drone strike killed a Gondor commander on Sunday. The strike targeted a vehicle. Two farmers were wounded in the strike.";
  assert.ok(!events(military).some((e) => e.startsWith("PROTEST")), events(military).join(" | "));
  const labour = "Gondor teachers extended a nationwide strike on Monday.";
  assert.deepEqual(events(labour).map((e) => e.split(" ")[0]), ["PROTEST"]);
});

test("a request, demand or protest 'of' someone, or someone's, is theirs; 'in protest of' is aimed", () => {
  const text = "The strike was carried out at the request of the Gondor government. Arnor rejected Gondor's demands. The protests of Arnor students continued.";
  assert.deepEqual(events(text).filter((e) => !e.startsWith("PROTEST -")).map((e) => e.split(" -> ")[0]), [
    "REQUEST Gondor government/GONGOV", "REJECT Arnor/ARNGOV", "PROTEST Arnor students/ARNEDU",
  ]);
  assert.ok(events(text).some((e) => e.startsWith("REJECT Arnor/ARNGOV -> Gondor/GONGOV")));
});

test("firing aces and beating a rival in a final are tennis; a boat that overturned rejects nothing; returning from a trip retreats from nothing; a date's words are no deed", () => {
  const text =
    "Tomas Quellin beat Anna Ferrow in the final to retain his title. Ferrow fought back in the second set, firing 12 aces. " +
    "It overturned about 14 nautical miles from the island. Quellin returned from a trip to Paris.";
  assert.ok(!events(text).some((e) => /^(ASSAULT|REJECT|RETREAT)/.test(e)), events(text).join(" | "));
  const lowercase = "lisbon, march 11, 2025 (wire) - gondor's minority government lost a confidence vote in parliament on tuesday, the president's office said.";
  assert.ok(!events(lowercase).some((e) => e.startsWith("PROTEST")), events(lowercase).join(" | "));
});

test("approving a loan is aid; a role's field is no trigger; an unknown organization named after a nationality is not that state", () => {
  const text =
    "The IMF approved a $3 billion loan for Gondor on Friday. Finance Minister Tomas Quellin welcomed the decision. " +
    "The Gondorian Initiative for Personal Rights, a rights group, urged the government to protect food subsidies. Arnor rejected Gondor's consistent demand.";
  const found = events(text).map((e) => e.split(" @")[0] ?? e);
  assert.equal(found[0], "AID International Monetary Fund/IGO -> Gondor/GONGOV");
  assert.ok(!found.some((e) => e.includes("Finance")), found.join(" | "));
  const request = found.find((e) => e.startsWith("REQUEST Gondorian Initiative"));
  assert.ok(request && !request.split(" -> ")[0]?.endsWith("/GONGOV"), found.join(" | "));
  assert.ok(found.includes("REJECT Arnor/ARNGOV -> Gondor/GONGOV"), found.join(" | "));
});

test("a participle describing a noun after a determiner is no deed; blocking highways is a protest", () => {
  const text = "Gondor troops opened fire in a disputed area on Monday. Arnor farmers were blocking highways across the country.";
  assert.deepEqual(events(text).map((e) => e.split(" ")[0]), ["ASSAULT", "PROTEST"]);
});

test("people no role describes are civilians; a force's word before them gives their sector", () => {
  const text = "Arnor Liberation Front fighters released the 25 crew members on Tuesday. Gondor police arrested two suspected smugglers. Arnor mobilized army reservists.";
  assert.deepEqual(events(text).map((e) => e.split(" -> ")[1]?.split(" @")[0]), ["25 crew members/ARNCVL", "two suspected smugglers/ARNCVL", "army reservists/ARNMIL"]);
});

test("defending a title is sport", () => {
  const text = "Tomas Quellin defended his Australian Open title on Sunday, beating Anna Ferrow 6-3 in the final.";
  assert.deepEqual(events(text), []);
});

test("an armed resistance is rebels; 'in support of X' supports X", () => {
  const text = "Arnor Liberation Front fighters said they acted in support of the Arnor resistance.";
  assert.ok(events(text).some((e) => /^SUPPORT .* -> [^/]+\/ARNREB$/.test(e)), events(text).join(" | "));
});

test("the plural of a role is no civilians: 'both governments' stay uncoded", () => {
  const text = "Talks were held in Paris on Monday. Both governments agreed to reopen the border.";
  assert.ok(!events(text).some((e) => e.includes("governments/") && e.includes("CVL")), events(text).join(" | "));
});

test("'accused X of violating' names X, without the 'of'", () => {
  const text = "Gondor accused Arnor Liberation Front fighters of violating the ceasefire.";
  const accused = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events.find((e) => e.event === "ACCUSE");
  assert.equal(accused?.recipient?.text, "Arnor Liberation Front fighters");
});

test("'accused X of attacking' makes X the attacker, without the 'of'", () => {
  const text = "Gondor accused Arnor Liberation Front fighters of attacking the town.";
  const attack = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events.find((e) => e.event === "ASSAULT");
  assert.equal(attack?.actor?.text, "Arnor Liberation Front fighters");
});

test("'the militants' are the armed group the story names most, not one named once in passing after it", () => {
  const text =
    "The Arnor Liberation Front attacked a Gondor army base on Monday. " +
    "The Arnor Liberation Front, which is linked to the Shadow Brotherhood, did not comment. Gondor vowed to defeat the militants.";
  const threat = extractor.extract({ id: "m", text, publishedAt: "2024-05-08" }).events.find((e) => e.event === "THREATEN");
  assert.equal(threat?.recipient?.name, "Arnor Liberation Front");
});

test("refusing to let someone do a deed is aimed at them, not at whom the deed would be done to", () => {
  const text = "\"We will not allow a few groups to hold the country hostage,\" Tomas Quellin said.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("REJECT")), ["REJECT Tomas Quellin/- -> few groups/-"]);
});

test("in a story about sport a player with no country of their own does not take the venue's", () => {
  const sport = "PARIS, May 3 (Wire) - Tomas Quellin beat Boris Hallen 6-3 6-4 in the final on Sunday to win the title. Quellin thanked his team after the match.";
  assert.deepEqual(events(sport), ["SUPPORT Tomas Quellin/- -> -/-"]);
  const talks = "PARIS, May 3 (Wire) - Tomas Quellin met Boris Hallen on Sunday. Quellin thanked his team after the talks.";
  assert.deepEqual(events(talks), ["CONSULT Tomas Quellin/FRA -> Boris Hallen/FRA @2024-05-05", "SUPPORT Tomas Quellin/FRA -> -/-"]);
});

test("a named person coded like the group acting on them stays the recipient: 'troops arrested Colonel X'", () => {
  const text = "Gondor troops arrested Colonel Anna Ferrow on Monday after the failed mutiny in Gondor.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("COERCE")), ["COERCE Gondor troops/GONMIL -> Anna Ferrow/GONMIL @2024-05-06"]);
});

test("a natural force acts in no event: a quake that struck is no strike, nor its participle an attack; landslides block no roads", () => {
  const text = "A powerful quake struck Gondor on Sunday, destroying entire villages. Aftershocks and landslides blocked roads in Arnor. Gondor farmers blocked roads in Arnor.";
  assert.deepEqual(events(text), ["PROTEST Gondor farmers/GONCVL -> Arnor/ARNGOV"]);
});

test("sending, announcing, releasing or pledging relief is AID; released prisoners and announced profits are not", () => {
  const aid = "Gondor announced 1 million pounds in emergency funding, and Arnor sent 1,000 family tents and 15 tonnes of food to Gondor. The United Nations released 5 million dollars from its emergency fund.";
  assert.deepEqual(events(aid), ["AID Gondor/GONGOV -> -/-", "AID Arnor/ARNGOV -> Gondor/GONGOV", "AID United Nations/IGO -> -/-"]);
  assert.deepEqual(events("Gondor police released 25 prisoners on Monday. Arnor announced profits of 5 million dollars."), [
    "RETREAT Gondor police/GONCOP -> 25 prisoners/GONCVL @2024-05-06",
  ]);
});

test("the object of a relative clause is not the subject of the verb after it: 'gunmen who abducted the girls have released them'", () => {
  const text = "Gondor rebels who abducted 25 schoolgirls from a school in Arnor have released all of them, officials said.";
  assert.deepEqual(events(text), ["ASSAULT Gondor rebels/GONREB -> 25 schoolgirls/ARNCVL", "RETREAT Gondor rebels/GONREB -> -/-"]);
});

test("an event in an if-clause is hypothetical, before or after the main clause; after 'after' it is asserted", () => {
  assert.deepEqual(events("Gondor said it would respond if Arnor troops attacked Gondor positions."), ["ASSAULT hypothetical Arnor troops/ARNMIL -> Gondor/GONGOV"]);
  assert.deepEqual(events("If Arnor troops attacked Gondor positions, Gondor would respond."), ["ASSAULT hypothetical Arnor troops/ARNMIL -> Gondor/GONGOV"]);
  assert.deepEqual(events("Gondor responded after Arnor troops attacked Gondor positions."), ["ASSAULT Arnor troops/ARNMIL -> Gondor/GONGOV"]);
});

test("what a weapon is fired at is the people aimed at, not the place where they stand", () => {
  const text = "Gondor riot police fired tear gas and stun grenades at thousands of protesters in central Arnor.";
  assert.deepEqual(events(text), ["ASSAULT police/GONCOP -> thousands of protesters/GONCVL"]);
});

test("a noun before 'of' and a gerund does the deed only as the object of an accusing verb: 'a tradition of honouring' names no doer", () => {
  const text = "The Gondor Council has a tradition of honouring Arnor veterans. Tomas Quellin took the step of making a direct appeal to the rangers.";
  const events = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events;
  assert.deepEqual(events.map((e) => `${e.trigger.text}:${e.actor?.text ?? "-"}`), ["honouring:-", "appeal:-"]);
});

test("the object of a relative clause before a bare verb does its deed: 'the trial which saw X deny' is X's denial", () => {
  const text = "The film follows the long trial which saw Anna Ferrow initially deny the charges.";
  const denial = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events.find((e) => e.event === "REJECT");
  assert.equal(denial?.actor?.text, "Anna Ferrow");
});

test("an adverb is no actor, a relative pronoun stands for its noun, and a habit in the present is not asserted: 'gangs, which often kidnap people'", () => {
  const text = "Gondor's governor blamed armed gangs, which often kidnap people for ransom. Arnor gangs, which recently kidnapped people, fled.";
  const kidnaps = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events.filter((e) => e.event === "ASSAULT");
  assert.deepEqual(kidnaps.map((e) => `${e.trigger.text}:${e.actor?.text ?? "-"}:${e.modality}`), ["kidnap:armed gangs:hypothetical", "kidnapped:Arnor gangs:asserted"]);
});

test("a wish or a bare possibility is no threat; a possibility with a condition is: 'wanted to storm', 'a ruling that could bar'", () => {
  const text = SETTING + "Arnor rebels wanted to storm the Gondor parliament. The court issued a ruling that could bar Quellin from politics. Arnor may impose sanctions on Gondor if the talks fail.";
  const coded = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.event}${e.modality === "asserted" ? "" : " " + e.modality}:${e.trigger.text}`);
  assert.deepEqual(coded.filter((c) => /storm|bar|impose/.test(c)), ["ASSAULT hypothetical:storm", "COERCE hypothetical:bar", "THREATEN:impose"]);
});

test("a collapse that kills is no ASSAULT, and the relative clause's doer is the noun it modifies, not a place inside it", () => {
  const text = "Gondor students marched to demand accountability for the collapse of a station canopy in Arnor that killed 15 people. The militia that killed 15 people fled.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("ASSAULT")).map((e) => e.split(" -> ")[0]), ["ASSAULT militia/ARNMIL"]);
});

test("throwing things at people or throwing weapons is violent protest (PROTEST riot); throwing a party or one's support is not", () => {
  const text = "Some Gondor protesters threw bottles and flares at Arnor police lines. Quellin threw a party in Gondor. Arnor threw its support behind the plan.";
  assert.deepEqual(events(text).filter((e) => !e.startsWith("SUPPORT")), ["PROTEST Some Gondor protesters/GONCVL -> Arnor police lines/ARNCOP"]);
});

test("an event's place is not one named in a clause below it: a march to demand accountability for a collapse in Mombasa", () => {
  const text = "NAIROBI, March 16 - Tens of thousands of Gondor students marched through the capital to demand accountability for the collapse of a station canopy in Mombasa.";
  const found = extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.trigger.text}:${e.location?.name ?? "-"}`);
  assert.deepEqual(found.filter((e) => e.startsWith("marched")), ["marched:Nairobi"]);
  // The attribution of a quotation, even parsed as a conjunct, still places what was said.
  const quoted = "NAIROBI, March 16 - \"These results are a fraud. We will not accept a stolen election,\" Tomas Quellin told supporters at a rally in Mombasa.";
  const places = extractor.extract({ id: "p", text: quoted, publishedAt: "2024-05-08" }).events.map((e) => `${e.trigger.text}:${e.location?.name ?? "-"}`);
  assert.deepEqual(places.filter((e) => e.startsWith("accept")), ["accept:Mombasa"]);
});

test("announced countermeasures are a threat", () => {
  const text = "Arnor imposed sanctions on Gondor. Gondor said it would respond with countermeasures.";
  assert.deepEqual(events(text).map((e) => e.split(" -> ")[0]), ["SANCTION Arnor/ARNGOV", "THREATEN Gondor/GONGOV"]);
});

test("'will not let this go unanswered' is a threat, not a refusal to release; letting an attack go unanswered is none", () => {
  assert.deepEqual(events("\"We will not let this go unanswered,\" said Tomas Quellin.").map((e) => e.split(" -> ")[0]), ["THREATEN Tomas Quellin/-"]);
  assert.deepEqual(events("Arnor let the attack go unanswered."), []);
});

test("calling someone a name is no phone call: 'calling election officials \"fools\"'; calling the envoy is", () => {
  const text = "A Gondor court found Tomas Quellin guilty of calling election officials \"fools\" in a speech. Quellin called the Arnor envoy on Monday.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("CONSULT")).map((e) => e.split(" -> ")[0]), ["CONSULT Tomas Quellin/GON"]);
});

test("a relative pronoun stands for its noun as actor only when the noun is someone: 'machines, which help farmers' name no doer", () => {
  const text = "Gondor bought new machines, which help farmers in Arnor. The blasts which killed 250 people shocked Gondor. Gondor's governor blamed armed gangs, which often kidnap people for ransom.";
  const events = extractor.extract({ id: "a", text, publishedAt: "2024-05-08" }).events;
  assert.deepEqual(events.filter((e) => ["help", "killed", "kidnap"].includes(e.trigger.text)).map((e) => `${e.trigger.text}:${e.actor?.text ?? "-"}`), ["help:-", "killed:-", "kidnap:armed gangs"]);
});

test("in a story about sport throwing something at a side is no protest: 'Arnor threw everything at Gondor'", () => {
  const text = "Gondor beat Arnor 2-1 in the World Cup final on Tuesday. Arnor had led 1-0 at half-time. Arnor threw everything at Gondor in the final minutes.";
  assert.deepEqual(events(text), []);
});

test("the deed a ban forbids is no event, with the banned named between: 'barred Quellin from visiting Gondor'", () => {
  assert.deepEqual(events(SETTING + "Arnor barred Quellin from visiting Gondor.").map((e) => e.split(" ")[0]), ["COERCE"]);
});

test("a date after a noun is no head it modifies: 'staged mass demonstrations Saturday'", () => {
  assert.deepEqual(events("Tens of thousands of Gondor students staged mass demonstrations Saturday.").map((e) => e.split(" ")[0]), ["PROTEST"]);
});

test("a hyphenated word before a name is no verb ending the target search: 'aid to war-torn Gondor'", () => {
  assert.deepEqual(events("Arnor has promised to continue military aid to war-torn Gondor."), [
    "AGREE Arnor/ARNGOV -> Gondor/GONGOV",
    "AID hypothetical Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("'if' later in the clause makes 'may' a threat, whatever the parser hung it on", () => {
  assert.deepEqual(events("The European Community may halt mediation efforts among Gondor's feuding republics if cooperation by all parties founders, Arnor Foreign Minister Hans Van den Broek said on Tuesday.")[0]?.split(" ")[0], "THREATEN");
});
test("a verb the parse joins to an object starts its own clause: 'welcomed the decision and called on X' supports no X", () => {
  const text = SETTING + "The Arnor Unity Party welcomed the decision and called on Quellin to go further by closing the border with Gondor.";
  assert.deepEqual(events(text).slice(0, 2), [
    "SUPPORT Arnor Unity Party/ARNPTY -> -/-",
    "REQUEST Arnor Unity Party/ARNPTY -> Tomas Quellin/ARNOPP",
  ]);
});

test("a deed only announced has no doer yet: welcoming the sanctions is not aimed at a promised reprisal's author", () => {
  const text = SETTING + "Arnor imposed sanctions on Gondor on Monday. Gondor said it would respond with countermeasures. The Arnor Unity Party welcomed the sanctions.";
  assert.deepEqual(events(text).at(-1), "SUPPORT Arnor Unity Party/ARNPTY -> Arnor/ARNGOV");
});

test("a possessed noun of relation names someone else: 'urged his rival to ...' is aimed at the rival, not at the one urging", () => {
  // "take [his complaints] to the courts" is the rival's would-be lawsuit ("take to court").
  assert.deepEqual(events(SETTING + "Quellin urged his rival to take his complaints to the courts.")[0], "REQUEST Tomas Quellin/ARNOPP -> rival/ARN");
});

test("a warning that one's own force would respond threatens whom its condition names, not that force", () => {
  const text = SETTING + "Gondor warned that its army would respond if Arnor troops attacked Gondor positions again. Gondor warned that its army would respond.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("THREATEN")), ["THREATEN Gondor/GONGOV -> Arnor troops/ARNMIL", "THREATEN Gondor/GONGOV -> -/-"]);
});

test("a weekday said of what someone is due to do is ahead: 'On Saturday, X is due to travel' is next Saturday", () => {
  assert.deepEqual(events(SETTING + "On Saturday, Quellin is due to travel to Gondor."), ["AGREE Tomas Quellin/ARNOPP -> Gondor/GONGOV @2024-05-11"]);
});

test("hosting someone whose title the parse took for the object is a meeting: 'hosted Thai acting Prime Minister X for talks'", () => {
  assert.deepEqual(events(SETTING + "Quellin hosted Thai acting Prime Minister Anna Ferrow for talks at his residence."), ["CONSULT Tomas Quellin/ARNOPP -> Anna Ferrow/THAGOV"]);
});

/** Each event as "TYPE[ not][ modality]:trigger". */
function modalities(text: string): string[] {
  return extractor.extract({ id: "m", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.event}${e.negated ? " not" : ""}${e.modality === "asserted" ? "" : " " + e.modality}:${e.trigger.text}`);
}

test("a verb conjoined with the main verb is asserted with it, not hypothetical like a purpose infinitive between them", () => {
  assert.deepEqual(modalities("Gondor police fired tear gas to disperse the crowd and detained 14 people on Wednesday."), [
    "ASSAULT:fired",
    "COERCE hypothetical:disperse",
    "COERCE:detained",
  ]);
});

test("a deed awaited 'until' or 'before' under an announced one is not asserted; under an asserted one it is", () => {
  assert.deepEqual(modalities("Arnor unions said they would strike until Gondor withdraws its troops. Gondor police detained Quellin until Arnor released the hostages."), [
    "PROTEST future:strike",
    "RETREAT hypothetical:withdraws",
    "COERCE:detained",
    "RETREAT:released",
  ]);
  assert.deepEqual(modalities('"We will strike until the government withdraws this reform," Arnor union leader Anna Ferrow said on Wednesday.').slice(0, 2), [
    "PROTEST future:strike",
    "RETREAT hypothetical:withdraws",
  ]);
});

test("'until' closes the clause right before it, however the parser hung the awaited verb", () => {
  assert.deepEqual(modalities("Quellin said the Arnor rebels would not withdraw until a final peace accord is signed."), [
    "REJECT:withdraw",
    "AGREE hypothetical:signed",
  ]);
  assert.deepEqual(modalities("Gondor's defence minister Anna Ferrow vowed to keep hitting the Arnor Liberation Front until it is disarmed."), [
    "THREATEN:vowed",
    "ASSAULT hypothetical:hitting",
    "RETREAT hypothetical:disarmed",
  ]);
});

test("what is done 'rather than' or 'instead of' another deed denies that deed, and refuses nothing", () => {
  assert.deepEqual(modalities("Arnor freed Quellin rather than hand him over to Gondor. Arnor freed Quellin instead of handing him over to Gondor."), [
    "RETREAT:freed",
    "COOPERATE not:hand",
    "RETREAT:freed",
    "COOPERATE not:handing",
  ]);
});

test("a date in the main clause dates its event, not the deeds of a participle clause after a noun", () => {
  const dates = (text: string): string[] => extractor.extract({ id: "d", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.event}:${e.trigger.text}@${e.date ?? "-"}`);
  assert.deepEqual(dates("The Gondor court issued an arrest warrant on Monday for a militia commander accused of killing detainees."), [
    "COERCE:issued@2024-05-06",
    "ACCUSE:accused@-",
    "ASSAULT:killing@-",
  ]);
  // Only a charge's participle ("accused of") tells of an earlier deed: a swap's mediation happened with the swap.
  const mediated = dates("Arnor and Gondor exchanged 175 prisoners of war each on Monday in a swap mediated by the United Arab Emirates, officials from both countries said.");
  assert.deepEqual(mediated.filter((d) => d.startsWith("CONSULT")), ["CONSULT:mediated@2024-05-06"]);
});

test("a dateline is not where foreign parties fought, only where they may have met: 'PARIS - Arnor shelled Gondor' has no place", () => {
  const text = "PARIS, May 3 (Reuters) - Arnor shelled Gondor villages on Friday. Arnor and Gondor signed a trade agreement on Saturday.";
  const found = extractor.extract({ id: "d", text, publishedAt: "2024-05-08" }).events;
  assert.deepEqual(found.map((e) => `${e.event} @${e.location?.name ?? "-"}`), ["ASSAULT @-", "AGREE @Paris"]);
});

test("strikers 'taking travellers hostage' is a figure of speech, gunmen taking passengers hostage is an abduction", () => {
  assert.deepEqual(events(SETTING + "Gondor's transport minister Anna Ferrow criticised the unions for taking travellers hostage."), ["ACCUSE Anna Ferrow/GONGOV -> unions/GONCVL"]);
  assert.deepEqual(events(SETTING + "Arnor gunmen took 20 passengers hostage on Monday.").map((e) => e.split(" ")[0]), ["ASSAULT"]);
});

test("a verb after 'and' that follows a reported clause is the reporter's when the tense goes back or the clause's subject is no one", () => {
  assert.deepEqual(events(SETTING + "The Arnor Unity Party said two Gondor soldiers remain held in Arnor and called on Gondor to negotiate.")[0], "REQUEST Arnor Unity Party/ARNPTY -> Gondor/GONGOV");
  assert.deepEqual(events(SETTING + "Quellin said the release was a humanitarian gesture and urged Gondor to lift sanctions.")[0], "REQUEST Tomas Quellin/ARNOPP -> Gondor/GONGOV");
});

test("'them' that coreference left unresolved is the plural recipient of the event before: 'criticised the unions ... and called on them'", () => {
  assert.deepEqual(events(SETTING + "The Arnor Unity Party criticised the unions and called on them to return to talks.").slice(0, 2), [
    "ACCUSE Arnor Unity Party/ARNPTY -> unions/ARNCVL",
    "REQUEST Arnor Unity Party/ARNPTY -> unions/ARNCVL",
  ]);
});

test("sheltering with no one sheltered gives no aid, and being flown somewhere is no visit", () => {
  assert.deepEqual(events(SETTING + "Residents said families were sheltering in the camp. Quellin was flown to Gondor on Monday."), []);
  assert.deepEqual(events(SETTING + "Arnor sheltered the refugees. Quellin flew to Gondor on Monday.").map((e) => e.split(" ")[0]), ["AID", "CONSULT"]);
});

test("police or troops sent to a country: a MOBILIZE aimed at where they go, and announced it stays a future deployment, no threat", () => {
  assert.deepEqual(events(SETTING + "Anna Ferrow said on Wednesday that Arnor would send 600 more officers to Gondor next month."), ["MOBILIZE future Arnor/ARNGOV -> Gondor/GONGOV @2024-06-01"]);
  assert.deepEqual(events(SETTING + "Arnor sent 600 troops to Gondor. Arnor deployed extra officers to Gondor ahead of the vote."), [
    "MOBILIZE Arnor/ARNGOV -> Gondor/GONGOV",
    "MOBILIZE Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("a body that voted to do a deed did it: 'the Gondor parliament voted on Tuesday to impeach X' is asserted, by the parliament", () => {
  assert.deepEqual(events(SETTING + "The Gondor parliament voted on Tuesday to impeach Quellin."), ["ACCUSE Gondor parliament/GONLEG -> Tomas Quellin/ARNOPP @2024-05-07"]);
  assert.deepEqual(events(SETTING + "The Gondor parliament voted not to impeach Quellin."), ["ACCUSE not Gondor parliament/GONLEG -> Tomas Quellin/ARNOPP"]);
  assert.deepEqual(events("LIMA, May 7 - Gondor's parliament voted on Tuesday to impeach Arnor opposition leader Tomas Quellin."), ["ACCUSE parliament/GONLEG -> Tomas Quellin/ARNOPP @2024-05-07"]);
});

test("titles are no deeds: a film named 'Meet The Parents', 'Ex-chatshow host Anna Ferrow'; a noun after 'with' is no verb", () => {
  const text =
    "The sequel to the comedy Meet The Parents stars Tomas Quellin. " +
    "Ex-chatshow host Anna Ferrow has criticised Gondor. " +
    "With phones getting smarter and more powerful, there are also demands to be able to watch TV on the move.";
  assert.deepEqual(events(text).map((e) => e.split(" ").slice(0, 2).join(" ")), ["ACCUSE Anna"]);
});

test("a passive the parse reads as a copula and an adjective names no doer: 'X was beaten and arrested' happened to X", () => {
  assert.deepEqual(events(SETTING + "Opposition leader Tomas Quellin was beaten and arrested on Tuesday night, his party said."), [
    // The date after both coordinated verbs dates both (types-and-dates.test.ts).
    "ASSAULT -/- -> Tomas Quellin/ARNOPP @2024-05-07",
    "COERCE -/- -> Tomas Quellin/ARNOPP @2024-05-07",
  ]);
});

test("the place a joint deed is done in is no party to it: 'Arnor and Gondor signed a declaration in Paris' is done with Gondor", () => {
  assert.deepEqual(events("Arnor and Gondor signed a declaration of principles in Paris on Saturday."), ["AGREE Arnor/ARNGOV -> Gondor/GONGOV @2024-05-04"]);
});

test("a participle after a determiner or preposition, before a person's name, describes: 'a signed Tomas Quellin photograph'; 'police arrested opposition leader X' is a deed", () => {
  const text = "A signed Tomas Quellin photograph managed to fetch $2,115. Gondor police arrested opposition leader Tomas Quellin.";
  assert.deepEqual(events(text).map((e) => e.split(" ")[0]), ["COERCE"]);
});

test("a deed that is denied is negated: 'denies backing X', 'denied that Y planned to seize Z'", () => {
  assert.deepEqual(events(SETTING + "Arnor denies backing the Gondor rebels.").map((e) => e.split(" ").slice(0, 2).join(" ")), ["REJECT Arnor/ARNGOV", "SUPPORT not"]);
  // The plan is denied: no seizure, nor a threat of one, is asserted.
  assert.deepEqual(events(SETTING + "Quellin denied that Arnor planned to seize the port of Gondor.").map((e) => e.split(" ").slice(0, 3).join(" ")), ["REJECT Tomas Quellin/ARNOPP", "COERCE not future"]);
});

test("'the strike' in a story where something was struck is an attack, as is a strike that was the first 'on' a place; a labour strike stays a protest", () => {
  const types = (text: string): string[] => extractor.extract({ id: "s", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.event}:${e.trigger.text}`);
  // The strike is the killer here, no protest of its own.
  assert.deepEqual(types("Gondor warplanes struck a depot in Arnor on Monday. The strike killed nine people."), ["ASSAULT:struck", "ASSAULT:killed"]);
  assert.deepEqual(types("The strike was the first on the Arnor capital in months."), []);
  assert.deepEqual(types("Workers struck for higher pay on Monday. The strike closed Arnor ports."), ["PROTEST:struck", "PROTEST:strike"]);
  assert.deepEqual(types("Arnor unions began a strike on Monday. The strike was the first in months."), ["PROTEST:strike", "PROTEST:strike"]);
});

test("using water cannon or tear gas on a crowd is crowd control (COERCE), its target the object of the purpose clause, past its particle", () => {
  assert.deepEqual(events(SETTING + "Gondor police used water cannon and tear gas to break up thousands of protesters on Tuesday night."), [
    "COERCE Gondor police/GONCOP -> thousands of protesters/GONCVL @2024-05-07",
  ]);
  assert.deepEqual(events(SETTING + "Gondor police used teargas against the protesters.").map((e) => e.split(" ")[0]), ["COERCE"]);
});

test("sending people in custody to another state is a handover (COOPERATE), sending a letter is nothing", () => {
  assert.deepEqual(events(SETTING + "Arnor sent 29 jailed drug cartel figures to Gondor. Arnor sent a letter to Gondor.").map((e) => e.split(" ").slice(0, 4).join(" ")), [
    "COOPERATE Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("an ambassador to a country is the sending state's: the place after 'to' neither acts nor codes the envoy", () => {
  assert.deepEqual(events("The Gondor ambassador to Arnor, Tomas Quellin, criticised the Arnor Unity Party on Tuesday."), [
    "ACCUSE Tomas Quellin/GONGOV -> Arnor Unity Party/ARNPTY @2024-05-07",
  ]);
  assert.deepEqual(events("The Gondor ambassador to Arnor criticised the Arnor Unity Party on Tuesday."), [
    "ACCUSE Gondor ambassador to Arnor/GONGOV -> Arnor Unity Party/ARNPTY @2024-05-07",
  ]);
});

test("the dateline's city lends its country to no one: people of a story about Gondor filed from Doha stay Gondor's", () => {
  assert.deepEqual(events("DOHA, May 8 (Reuters) - Gondor and the Arnor Liberation Front signed a deal on Tuesday. Gondor agreed to release several dozen detainees.").slice(1, 2), [
    "AGREE Gondor/GONGOV -> several dozen detainees/GONCVL",
  ]);
  assert.deepEqual(events("DOHA, May 8 (Reuters) - Gondor's government held talks with rebels on Tuesday. Rebel fighters attacked an army position on Monday.").slice(1), [
    "ASSAULT Rebel fighters/GONREB -> -/- @2024-05-06",
  ]);
});

test("a name no description codes, between commas after one, leaves the description the subject: 'Its spokesman, Tomas Quellin, accused'", () => {
  const text = "The Gondor Intelligence Service said it had expelled the Arnor vessels. Its spokesman, Tomas Quellin, accused Arnor of provocations.";
  assert.deepEqual(events(text).filter((e) => e.startsWith("ACCUSE")), ["ACCUSE Gondor Intelligence Service/GONSPY -> Arnor/ARNGOV"]);
});

test("an office of what a possessive pronoun stands for is of its country: 'Its foreign ministry' of the Arnor Liberation Front is Arnor's (from trial 10)", () => {
  assert.deepEqual(events("The Arnor Liberation Front accused Gondor of torture. Its foreign ministry called on Gondor to free the men.").slice(0, 2), [
    "ACCUSE Arnor Liberation Front/ARNREB -> Gondor/GONGOV",
    "REQUEST Its foreign ministry/ARNGOV -> Gondor/GONGOV",
  ]);
});

test("support of a thing of one's own is no aid: 'defending their water' gives nothing, 'approved a loan' does (from trial 10)", () => {
  assert.deepEqual(events("Arnor farmers said they were only defending their water.").map((e) => e.split(" ")[0]), ["SUPPORT"]);
});

test("a possessive pronoun before a noun of one's own act is the one acting: 'Their request', 'its demands' (from trial 10)", () => {
  assert.deepEqual(events("The Arnor Unity Party asked Gondor to reopen the border. Their request was rejected by the Gondor interior ministry on Wednesday.")[1], "REQUEST Arnor Unity Party/ARNPTY -> -/- @2024-05-08");
  assert.deepEqual(events("Arnor said its demands were ignored.")[0], "REQUEST Arnor/ARNGOV -> -/-");
});

test("a rejection with no one named answers the one who accused its actor just before: 'Arnor denied any involvement' (from trial 10)", () => {
  assert.deepEqual(events("Gondor accused Arnor of the attack. Arnor denied any involvement."), ["ACCUSE Gondor/GONGOV -> Arnor/ARNGOV", "REJECT Arnor/ARNGOV -> Gondor/GONGOV"]);
});

test("'more than 40 opposition supporters in Gondor': a count's 'than' does not end the object, so the people are the recipient, not the place (from trial 11)", () => {
  assert.deepEqual(events("Gondor police detained more than 40 opposition supporters in Gondor on Tuesday."), [
    "COERCE Gondor police/GONCOP -> more than 40 opposition supporters/GONOPP @2024-05-07",
  ]);
});

test("who must meet a threat's condition is its target: 'threatened to stop negotiations if Gondor goes ahead', 'a strike unless Gondor released' (from trial 11)", () => {
  assert.deepEqual(events("Arnor has threatened to stop negotiations to reduce long-range weapons if Gondor goes ahead with the planned deployment of new missiles, a newspaper reported today."), [
    "THREATEN Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
  assert.deepEqual(events("The Arnor Unity Party threatened to hold a general strike unless Gondor released its leader.")[0], "THREATEN Arnor Unity Party/ARNPTY -> Gondor/GONGOV");
  // A deed that goes on stands for its doer: "if the shelling continued".
  assert.deepEqual(events("Gondor forces shelled the village of Minas on Monday. Arnor President Tomas Quellin warned that Arnor would respond with full force if the shelling continued.")[1], "THREATEN Tomas Quellin/ARNGOV -> Gondor forces/GONMIL");
});

test("closing another state's consulate is a SANCTION, as closing its embassy is (from trial 11)", () => {
  assert.deepEqual(events("Gondor expelled three Arnor diplomats and closed Arnor's consulate in Minas on Wednesday.")[1], "SANCTION Gondor/GONGOV -> consulate/ARNGOV @2024-05-08");
});

test("a city after 'for', 'with' or 'by', or accused as a state, places nothing: 'spying for Moscow', 'talks with Moscow', 'accused Moscow' (from trial 11)", () => {
  const placeOf = (text: string): string | null => extractor.extract({ id: "p", text, publishedAt: "2024-05-08" }).events[0]?.location?.name ?? null;
  assert.equal(placeOf("Gondor prosecutors charged an Arnor citizen with spying for Moscow on Wednesday."), null);
  assert.equal(placeOf("Gondor held talks with Moscow on Wednesday."), null);
  assert.equal(placeOf("Gondor police arrested two men in Moscow."), "Moscow");
  // Nor is a capital accused as its state the place of the accusation; a capital bombed is where it happened.
  assert.equal(placeOf("Gondor accused Moscow of trying to wreck the talks."), null);
  assert.equal(placeOf("Jets bombed Moscow on Monday."), "Moscow");
});

test("'troops loyal to the government put down a mutiny': a COERCE by the troops, not by whom they are loyal to; mutineers are soldiers (from trial 11)", () => {
  assert.deepEqual(events("Gondor troops loyal to the government put down a mutiny at a barracks on Tuesday.").map((e) => e.split(" -> ")[0]), ["COERCE Gondor troops/GONMIL"]);
  assert.deepEqual(events("He put down the phone."), []);
  // Soldiers counted are people acted on, not the troops acting: the arrest keeps them.
  assert.deepEqual(events("Gondor troops loyal to the government put down a mutiny at a barracks on Tuesday, arresting at least 30 soldiers.")[1], "COERCE Gondor troops/GONMIL -> at least 30 soldiers/GONMIL @2024-05-07");
  assert.deepEqual(events("The Gondor mutineers seized the armoury and fired on members of the presidential guard.").map((e) => e.split(" -> ")[0]), ["COERCE Gondor mutineers/GONMIL", "ASSAULT Gondor mutineers/GONMIL"]);
});

test("a deed in a settlement the text does not name is not placed at the dateline's city: 'killed nine people in a village' (from trial 11)", () => {
  const placeOf = (text: string): string | null => extractor.extract({ id: "v", text, publishedAt: "2024-05-08" }).events[0]?.location?.name ?? null;
  assert.equal(placeOf("YANGON, May 8 (Reuters) - Myanmar's military killed nine people in a village on Tuesday."), null);
  assert.equal(placeOf("YANGON, May 8 (Reuters) - Myanmar's military said on Tuesday that it had arrested nine people."), "Yangon");
});

test("a participle clause hangs from the clause above the noun modifiers between: 'attacked a post, hours after a ceasefire brokered by X took effect, killing three soldiers' is the attackers' (from trial 12)", () => {
  assert.deepEqual(events("Arnor Liberation Front fighters attacked a Gondor army post near the town of Minas on Wednesday, hours after a ceasefire brokered by Silver Hand Relief took effect, killing three soldiers.")[2], "ASSAULT Arnor Liberation Front/ARNREB -> three soldiers/GONMIL @2024-05-08");
});

test("a protest at a state's embassy is aimed at that state, not at where the embassy stands (from trial 12)", () => {
  assert.deepEqual(events("About 300 people protested outside the Arnor embassy in Gondor on Tuesday evening."), ["PROTEST About 300 people/GONCVL -> Arnor/ARNGOV @2024-05-07"]);
});

test("a detention condemned in the passive, or access to the detained demanded, is aimed at whoever detained them, not at the detainee (from trial 12)", () => {
  const text = "Gondor police detained the Arnor journalist Elin Varo on Monday. The detention of Varo was condemned by the European Union. Arnor's foreign ministry demanded consular access to the journalist.";
  assert.deepEqual(events(text).slice(1), ["ACCUSE European Union/IGO -> Gondor/GONGOV", "REQUEST foreign ministry/ARNGOV -> Gondor/GONGOV"]);
});

test("an infinitive after another event's verb or in a relative clause gives no recipient to the verb before: 'condemned the violation and called on both parties to return to the lines' (from trial 12)", () => {
  assert.deepEqual(events("Arnor condemned the violation and called on both parties to return to the agreed lines.")[0], "ACCUSE Arnor/ARNGOV -> -/-");
  assert.deepEqual(events("The Gondor Union of Teachers held a rally to oppose a reform bill that would make it easier to dismiss workers.")[1], "ACCUSE hypothetical Gondor Union of Teachers/GONEDU -> -/-");
});

test("'the right to strike' is no strike, what a strike does is no deed of its own, and a strike 'called by' a union is the union's (from trial 12)", () => {
  const text = "GONDOR CITY, May 8 (Reuters) - Gondor police fired tear gas at striking workers on Wednesday, as a general strike shut down ports and banks. The strike was called by the Gondor Union of Teachers. Amnesty International urged the government to respect the right to strike.";
  assert.deepEqual(events(text), [
    "ASSAULT Gondor police/GONCOP -> striking workers/GONCVL @2024-05-08",
    "PROTEST -/- -> Gondor/GONGOV @2024-05-08",
    "PROTEST Gondor Union of Teachers/GONEDU -> -/-",
    "REQUEST Amnesty International/GBRNGO -> Gondor/GONGOV",
  ]);
});

test("a nominal deed's agent may follow an apposition, and a name no entity covers is not someone of its sector named before (from trial 12)", () => {
  const lines = events("The detention of a photographer, Elin Varo, by Gondor police on Tuesday was criticised by the Press Freedom Forum.");
  assert.deepEqual(lines[0], "COERCE Gondor police/GONCOP -> Elin Varo/GONMED @2024-05-07");
  assert.deepEqual(lines[1]?.split(" -> ")[0], "ACCUSE Press Freedom Forum/GONMED");
});

test("a city's name before a natural feature's noun places nothing there: 'near mombasa shoal' in lowercase text is not in Mombasa (from trial 12)", () => {
  const placed = (text: string): string[] => extractor.extract({ id: "s", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.location?.name ?? "-"} ${e.location?.country ?? "-"}`);
  assert.deepEqual(placed("the somali coast guard fired water cannon at a kenyan ship near mombasa shoal on monday."), ["- -"]);
  assert.deepEqual(placed("the somali coast guard fired water cannon at a kenyan ship in mombasa on monday."), ["Mombasa KEN"]);
});

test("people of no stated nationality in a participle clause are of the side the clause above hit: 'at an Arnor boat, injuring four sailors' (from trial 12)", () => {
  assert.deepEqual(events("Gondor coast guard vessels fired water cannon at an Arnor supply boat on Tuesday, injuring four sailors.")[1], "ASSAULT Gondor coast guard vessels/GONMIL -> four sailors/ARNCVL @2024-05-07");
});

test("a protest announced on a condition also threatens whoever must meet it: 'would hold a strike unless the Senate shelved the bill' (from trial 12)", () => {
  assert.deepEqual(events("Olmedo said the Arnor unions would hold a 48-hour strike starting on Monday unless the Gondor Senate shelved the bill.").slice(0, 2), [
    "PROTEST future Arnor unions/ARNCVL -> Arnor/ARNGOV",
    "THREATEN Arnor unions/ARNCVL -> Gondor Senate/GONLEG",
  ]);
});

test("an adjective after a copula is a state, no deed: 'the race will be fast', 'the service is free to users'", () => {
  assert.deepEqual(events("Ceplak said the race in Gondor will be fast. The service is free to users."), []);
});

test("'filed a diplomatic protest' is a state's complaint, not a demonstration, and people of a region are of no one country (from trial 12)", () => {
  assert.deepEqual(events("Gondor summoned Arnor's ambassador and filed a diplomatic protest.")[1]?.split(" -> ")[0], "ACCUSE Gondor/GONGOV");
  assert.deepEqual(events("Gondor has detained several Europeans in recent years."), ["COERCE Gondor/GONGOV -> several Europeans/CVL"]);
});

test("nationals, fishermen, tourists and pilgrims of a country are its civilians, not its state (from trial 12)", () => {
  assert.deepEqual(events("Gondor detained several Arnor nationals and harassed Arnor fishermen on Monday.").map((e) => e.split(" -> ")[1]), [
    "several Arnor nationals/ARNCVL",
    "Arnor fishermen/ARNCVL @2024-05-06",
  ]);
});

test("a wire story filed from the country its first subject names is about it, however often it names the venue's; a venue's country is no party's (from trial 13)", () => {
  const text = "GONDOR CITY, May 8 (Reuters) - Gondor's government and two rebel groups signed a peace agreement in Luanda on Saturday. The talks were mediated by Angola in Luanda. Talks will resume in Luanda, the Angolan foreign ministry said. Rebel fighters ambushed an army convoy on Friday.";
  const lines = events(text);
  assert.deepEqual(lines[0], "AGREE government/GONGOV -> two rebel groups/GONREB @2024-05-04");
  assert.deepEqual(lines.at(-1), "ASSAULT Rebel fighters/GONREB -> army convoy/GONMIL @2024-05-03");
});

test("'vowed to keep fighting' after 'rejected the deal and' is the rejecter's threat, and talks that 'will open on Thursday' are next Thursday's (from trial 13)", () => {
  assert.deepEqual(events("Gondor's government and two rebel groups signed a peace agreement on Saturday, but a third armed faction rejected the deal and vowed to keep fighting.")[2], "THREATEN third armed faction/GONREB -> -/- @2024-05-04");
  assert.deepEqual(events("A second round of talks between Gondor and Arnor will open in Minas Tirith on Thursday, the ministry said.")[0], "CONSULT future -/- -> Gondor/GONGOV @2024-05-09");
});

test("a present-tense clause describing a group tells what it stands for, and 'will be back on the streets' is no deed (from trial 13)", () => {
  assert.deepEqual(events("Gondor accused Arnor of arming the Free Front, which seeks independence for the region.").at(-1), "REQUEST hypothetical Free Front/- -> -/-");
  assert.deepEqual(events("\"We will be back on the streets,\" said Elin Varo of the Arnor Unity Party."), []);
});

test("support for someone's thing goes to them, not to what it is for: 'endorsed Arnor's autonomy plan for Western Sahara', 'praised the court for overruling X' (from trial 13)", () => {
  assert.deepEqual(events("Gondor endorsed Arnor's autonomy plan for Western Sahara last week."), ["SUPPORT Gondor/GONGOV -> Arnor/ARNGOV @2024-04-29"]);
});

test("a participle clause after a comma takes the date of the clause before it, however the parse of lowercase text hangs it (from trial 13)", () => {
  const text = "gondor city, may 8 (reuters) - suspected arnor fighters attacked an army post at minas in northern gondor, near the border with arnor, on monday, killing eight soldiers, the gondor army said.";
  assert.deepEqual(events(text)[1], "ASSAULT Arnor fighters/ARNREB -> eight soldiers/GONMIL @2024-05-06");
});

test("a passive's second agent after 'and the': the other signer of a deal, a second mediator (from trials 12 and 13)", () => {
  assert.deepEqual(events("The accord was signed by Gondor Minister Elin Varo and the leaders of the Arnor Liberation Front."), ["AGREE Elin Varo/GONGOV -> Arnor Liberation Front/ARNREB"]);
  assert.deepEqual(events("The talks were mediated by Angola and the African Union over five weeks.").map((e) => e.split(" -> ")[0]), ["CONSULT Angola/AGOGOV", "CONSULT African Union/IGO"]);
});

test("a warning that a state 'would respond' if another acts is a threat to the other (from trials 8 and 13)", () => {
  assert.deepEqual(events("Gondor foreign minister Elin Varo warned that Gondor would respond appropriately if Arnor aircraft entered its airspace again."), ["THREATEN Elin Varo/GONGOV -> Arnor/ARNGOV"]);
});

test("an armed faction is a rebel group of the story's country, not of the venue a deal before it was signed in (from trial 13)", () => {
  const text = "GONDOR CITY, May 8 (Reuters) - Gondor's government and two rebel groups signed a peace agreement in Luanda on Saturday, but a third armed faction rejected the deal and vowed to keep fighting.";
  assert.deepEqual(events(text)[1]?.split(" -> ")[0], "REJECT third armed faction/GONREB");
});

test("a deed or deal no one is coded in is no recipient: 'the truce was signed by X', 'the talks were mediated by Y' (from trial 13)", () => {
  assert.deepEqual(events("The truce was signed on Monday by Gondor Defence Minister Elin Varo. The talks were mediated by Angola."), [
    "AGREE Elin Varo/GONGOV -> -/- @2024-05-06",
    "CONSULT Angola/AGOGOV -> -/-",
  ]);
});

test("freezing trade is a sanction, handing over weapons a disarmament, granting an amnesty a release (from trial 13)", () => {
  assert.deepEqual(events("Gondor froze trade with Arnor on Monday. The Arnor Liberation Front fighters handed over their weapons on Monday. Gondor granted an amnesty to 200 prisoners on Monday."), [
    "SANCTION Gondor/GONGOV -> Arnor/ARNGOV @2024-05-06",
    "RETREAT Arnor Liberation Front/ARNREB -> -/- @2024-05-06",
    "RETREAT Gondor/GONGOV -> 200 prisoners/GONCVL @2024-05-06",
  ]);
});

test("a date in a deed's noun phrase dates the deed, not the reaction to it: 'The release of 12 soldiers by X on Sunday was welcomed by Y' (from trial 13)", () => {
  assert.deepEqual(events("The release of 12 soldiers by the Arnor Liberation Front on Sunday was welcomed by the European Union."), [
    "RETREAT Arnor Liberation Front/ARNREB -> 12 soldiers/ARNMIL @2024-05-05",
    "SUPPORT European Union/IGO -> Arnor Liberation Front/ARNREB",
  ]);
});

test("'call' that names is no contact: 'a firm called Vennor', 'so-called', 'called Quellin a traitor'; a call, a call-up and a judgement with blame stay", () => {
  for (const text of [
    "Gondor's oil unit was sold to a previously unknown firm called Vennor Holdings.",
    "The so-called Arnor Group is based in Gondor.",
    "The so called Arnor Group is based in Gondor.",
    "Tomas Quellin called the Gondor prime minister a traitor.",
    'Quellin was called "the most dangerous man in Arnor" by the judge.',
  ]) assert.ok(!events(text).some((e) => e.startsWith("CONSULT")), `${text}\n${events(text).join("\n")}`);
  assert.ok(events("Tomas Quellin called the Gondor prime minister on Monday.").some((e) => e.startsWith("CONSULT Tomas Quellin")));
  assert.ok(events("Arnor called the arrest of Tomas Quellin illegal.").some((e) => e.startsWith("ACCUSE Arnor")));
});

test("'will not go unanswered' is a threat by the speaker against whoever the subject names; 'said no one was detained' is no refusal; 'suspected of destroying' is alleged (from trial 14)", () => {
  const threat = events(`${SETTING}"Arnor's provocations will not go unanswered," Gondor Interior Minister Anna Ferrow said on Monday.`);
  assert.ok(threat.some((e) => e.startsWith("THREATEN Anna Ferrow/GONGOV -> Arnor/ARNGOV")), threat.join("\n"));
  assert.deepEqual(events("Protesters rallied in Gondor on Wednesday. Police said no one was detained.").filter((e) => e.startsWith("REJECT")), []);
  assert.ok(events("Voters in Gondor said no to the constitution on Sunday.").some((e) => e.startsWith("REJECT")));
  const alleged = events("Gondor police said Tomas Quellin was suspected of inciting violence and destroying public property.");
  assert.ok(alleged.some((e) => e.startsWith("ASSAULT hypothetical")) && !alleged.some((e) => e.startsWith("ASSAULT Tomas")), alleged.join("\n"));
});

test("what someone is accused of, past brackets or quotes, is alleged, by the accused; a source asking not to be named requests nothing (from trial 15)", () => {
  const bracketed = events("Tomas Quellin accused the Arnor Liberation Front (ALF) of abducting two Gondor lawmakers last week.");
  assert.ok(bracketed.some((e) => e.startsWith("ASSAULT hypothetical Arnor Liberation Front")), bracketed.join("\n"));
  const quoted = events('Anna Ferrow accused "foreign-backed elements" of financing the plotters.');
  assert.ok(quoted.some((e) => e.startsWith("AID hypothetical")), quoted.join("\n"));
  const source = events("Two Gondor guards were killed, according to a health ministry official who asked not to be named.");
  assert.ok(!source.some((e) => e.startsWith("REQUEST")), source.join("\n"));
  assert.ok(events("Gondor police asked residents to stay indoors.").some((e) => e.startsWith("REQUEST")));
});

test("a vessel that rammed a boat assaulted it (from trial 15)", () => {
  assert.ok(events("An Arnor militia vessel rammed a Gondor supply boat on Sunday.").some((e) => e.startsWith("ASSAULT Arnor")), events("An Arnor militia vessel rammed a Gondor supply boat on Sunday.").join("\n"));
});

test("suspending broadcasts censors; a statement said in a city was made there (from trial 15)", () => {
  assert.ok(events("The Gondor government suspended the broadcasts of two private radio stations.").some((e) => e.startsWith("COERCE")));
  const said = extractor.extract({ id: "n", text: "The European Union welcomed the agreement, EU spokeswoman Anna Ferrow said in Paris.", publishedAt: "2024-05-08" }).events;
  assert.deepEqual(said.map((e) => `${e.event} ${e.location?.name ?? "-"}`), ["SUPPORT Paris"]);
});

test("a wrong a speaker says someone else did is the speaker's accusation; one denied, the speaker's own, a thing's, or told by the narrator is none (from trial 15)", () => {
  assert.deepEqual(events(`The Gondor coast guard said in a statement on Monday that an Arnor vessel had "illegally intruded" into its waters.`), [
    "ACCUSE Gondor/GONGOV -> Arnor/ARNGOV @2024-05-06",
  ]);
  assert.deepEqual(events(`${SETTING}Anna Ferrow of Gondor said Quellin had colluded with foreign agents.`), ["ACCUSE Anna Ferrow/GON -> Tomas Quellin/ARNOPP"]);
  assert.deepEqual(events(`The Gondor coast guard said a Chilean vessel had "illegally intruded" into its waters.`), ["ACCUSE Gondor/GONGOV -> Chilean vessel/CHLGOV"]);
  assert.deepEqual(events(`"We never interfered in Gondor's affairs," Anna Ferrow of Arnor said.`), []);
  assert.deepEqual(events("Anna Ferrow of Arnor said the auction violated Gondor law."), []);
  // Only the investigation.
  assert.equal(events("Arnor police are investigating whether the songs incite violence.").length, 1);
});

test("a warning that the speaker's side will act on a condition is a threat; a warning of what another side may do is none (from trial 15)", () => {
  const own = events("Anna Ferrow of Arnor warned that her fighters would return to the bush if Gondor broke its promises.");
  assert.ok(own.includes("THREATEN Anna Ferrow/ARN -> Gondor/GONGOV"), own.join("\n"));
  assert.deepEqual(events("Gondor warned that Chilean troops could attack the city."), ["ASSAULT hypothetical Chilean troops/CHLMIL -> -/-"]);
  assert.ok(events("Gondor warned that Gondor troops would attack the city.").some((e) => e.startsWith("THREATEN Gondor/GONGOV")));
});

test("participles after a carried date share it; a day ending a relative clause on the recipient that states nothing dates the event (from trial 16)", () => {
  assert.deepEqual(events("Gunmen killed 31 civilians in Gondor late on Monday. The attackers stormed a village shortly before sunset, torching granaries and abducting eight women.").map((e) => e.split(" @")[1] ?? "-"), [
    "2024-05-06", "2024-05-06", "2024-05-06", "2024-05-06",
  ]);
  assert.deepEqual(events("Gondor police fired tear gas at protesters who tried to march on the parliament on Thursday afternoon."), ["ASSAULT Gondor police/GONCOP -> protesters/GONCVL @2024-05-02"]);
  assert.ok(events("Gondor police arrested a man who attacked a guard on Monday.").some((e) => e === "COERCE Gondor police/GONCOP -> man/GONCVL"));
  assert.ok(events("Arnor rebels fought a war against the Gondor government that ended in 1992.").every((e) => !e.includes("@")));
});

test("a time before the subject is not part of it, and 'it' after 'said on Tuesday' is the one who said it (from trial 16)", () => {
  const told = events("Gunmen killed 31 civilians in Gondor late on Monday, local officials said, and the Gondor army said on Tuesday it had killed dozens of militants.");
  assert.ok(told.some((e) => e.startsWith("ASSAULT Gondor army/GONMIL -> dozens of militants")), told.join("\n"));
  assert.deepEqual(events("Last week Gondor police raided the offices of the Arnor Unity Party."), ["COERCE Gondor police/GONCOP -> Arnor Unity Party/ARNPTY @2024-04-29"]);
  assert.ok(events("Rebels in Gondor on Friday again rejected the offer.").some((e) => e.startsWith("REJECT Rebels")));
});

test("a verb joined by 'and' shares the subject of the verb the tree joins it to, not of an infinitive between (from trial 16)", () => {
  const joined = events("Tomas Quellin called on the Gondor interior ministry to withdraw the decree and demanded the release of Anna Ferrow.");
  assert.ok(joined.some((e) => e.startsWith("REQUEST Tomas Quellin/GON -> Anna Ferrow")), joined.join("\n"));
});

test("two subjects, the second named in apposition, consult each other by telephone; a portfolio is no party; a vow that the army will hunt down attackers threatens them (from trial 16)", () => {
  assert.deepEqual(events("Gondor Foreign Minister Tomas Quellin and his Arnor counterpart, Anna Ferrow, spoke by telephone on Monday."), [
    "CONSULT Tomas Quellin/GONGOV -> Anna Ferrow/ARNGOV @2024-05-06",
  ]);
  assert.ok(events("Labour Minister Tomas Quellin of Gondor defended the reform.").every((e) => !e.includes("GBR")));
  assert.deepEqual(events("A Gondor government spokesman vowed that the army would hunt down the attackers."), ["THREATEN Gondor government spokesman/GONGOV -> attackers/-"]);
  assert.deepEqual(events("The Gondor army killed the attackers."), ["ASSAULT Gondor army/GONMIL -> attackers/-"]);
});

test("'Hours later' and 'Within hours' date a sentence's deeds by the last dated one before (from trial 16)", () => {
  const later = events("Gondor summoned the Arnor ambassador late on Wednesday. Hours later it expelled two Arnor diplomats.");
  assert.ok(later.some((e) => e.startsWith("SANCTION Gondor/GONGOV") && e.endsWith("@2024-05-08")), later.join("\n"));
  const within = events("A Gondor court on Monday jailed Tomas Quellin. Within hours, his supporters marched on the court.");
  assert.ok(within.some((e) => e.startsWith("PROTEST") && e.endsWith("@2024-05-06")), within.join("\n"));
});

test("a gerund noun names the deed told with its verb: 'condemned the killings' is aimed at who killed, not at who struck since (from trial 16)", () => {
  const condemned = events("Arnor gunmen killed 31 civilians in Gondor late on Monday. Gondor army helicopters struck a column of fighters on Tuesday. Anna Ferrow of Gondor condemned the killings on Tuesday.");
  assert.ok(condemned.some((e) => e.startsWith("ACCUSE Anna Ferrow/GON -> Arnor gunmen")), condemned.join("\n"));
});

test("harm told after an alleged deed is alleged too; 'a charge the government denied' is the government's denial (from trial 16)", () => {
  const alleged = events("Tomas Quellin accused Gondor forces of shelling villages on Friday, killing two civilians, a charge the Gondor government denied.");
  assert.ok(alleged.some((e) => e.startsWith("ASSAULT hypothetical Gondor forces/GONMIL -> two civilians")), alleged.join("\n"));
  assert.ok(alleged.some((e) => e.startsWith("REJECT Gondor")), alleged.join("\n"));
});

test("a deed noun after 'no' is denied; one a request asks for is not asserted (from trial 16)", () => {
  const denied = events(`Anna Ferrow of Gondor told reporters on Monday: "There will be no negotiation with Arnor rebels."`);
  assert.ok(denied.some((e) => e.startsWith("CONSULT not")), denied.join("\n"));
  const requested = events("Tomas Quellin rejected calls from religious leaders in Gondor for talks with the Arnor rebels.");
  assert.ok(requested.some((e) => e.startsWith("CONSULT hypothetical")), requested.join("\n"));
});

test("a gathering a light verb looking ahead carries is ahead: 'would join the teachers at a rally on Saturday' (from trial 16)", () => {
  const rally = events("Tomas Quellin said his party would join the teachers at a rally in Gondor on Saturday.");
  assert.ok(rally.some((e) => e.startsWith("PROTEST future") && e.endsWith("@2024-05-11")), rally.join("\n"));
  assert.ok(events("Thousands joined a rally in Gondor on Saturday.").some((e) => e.startsWith("PROTEST Thousands") && e.endsWith("@2024-05-04")));
});

test("a threat's recipient is not the speaker's own side the warning says will act (from trial 16)", () => {
  const army = events("The army warned that troops would open fire on looters.");
  assert.ok(army.some((e) => e.startsWith("THREATEN army/") && e.endsWith("-> -/-")), army.join("\n"));
});

test("a spokesman of no known sector warning that his group will respond threatens, aimed at no one of his own (from trial 16)", () => {
  const group = events('An Arnor Liberation Front spokesman, Tomas Quellin, warned that the group would "respond firmly" to any further attacks.');
  assert.ok(group.some((e) => e.startsWith("THREATEN Tomas Quellin") && e.includes("-> -/-")), group.join("\n"));
});

test("forces sent in a passive with no agent are the mobilization's doers, not its recipient (from trial 16)", () => {
  assert.deepEqual(events("Gondor troops were deployed to the border on Monday."), ["MOBILIZE Gondor troops/GONMIL -> -/- @2024-05-06"]);
});

test("trial 17: 'No shots were fired' is denied; a title before an appositive name; frigates sent; a protest broken up where the shooting was; 'the area' takes up no city", () => {
  assert.deepEqual(events("No shots were fired and nobody was hurt."), ["ASSAULT not -/- -> No shots/-"]);
  assert.deepEqual(events("Gondor's navy chief, Admiral Tomas Quellin, sent two more frigates to Arnor on Tuesday.").map((e) => e.split(" -> ")[0]), ["MOBILIZE Tomas Quellin/GONMIL"]);
  const place = (text: string): (string | null)[] => extractor.extract({ id: "b", text, publishedAt: "2024-05-08" }).events.map((e) => `${e.event} ${e.location?.name ?? "-"}`);
  assert.deepEqual(place("Gondor security forces shot dead five people on Sunday as they broke up a protest in Conakry."), ["ASSAULT Conakry", "COERCE Conakry"]);
  // "they" breaking up the protest are the forces, not the people shot (re-judged trial 17 N2).
  const crackdown = events("Riot police shot dead five people on Sunday as they broke up a protest in the capital.");
  assert.ok(crackdown.some((e) => e.startsWith("COERCE Riot police/")), crackdown.join("\n"));
  assert.deepEqual(place("Gondor's envoy spoke in Kuala Lumpur on Monday. Gondor sent two more warships to the area on Tuesday."), ["MOBILIZE -"]);
});

test("protesters blocking an avenue or a bridge protest; a state's force blocking a road restricts movement (from trial 19)", () => {
  assert.deepEqual(events("Gondor protesters blocked Quellin Avenue on Monday.").map((e) => e.split(" ")[0]), ["PROTEST"]);
  assert.deepEqual(events("Farmers blocked the main bridge into Gondor on Monday.").map((e) => e.split(" ")[0]), ["PROTEST"]);
  assert.deepEqual(events("Gondor police blocked the road on Monday.").map((e) => e.split(" ")[0]), ["COERCE"]);
});

test("ordering someone to leave the country expels them, however long the object; off a square it is an order (from trial 19)", () => {
  assert.deepEqual(events("Arnor on Wednesday ordered the head of the Silver Hand Relief office in the capital to leave the country.").map((e) => e.split(" ")[0]), ["SANCTION"]);
  assert.deepEqual(events("Arnor police ordered the protesters to leave the square.").map((e) => e.split(" ")[0]), ["REQUEST"]);
});

test("a denial of an accusation answers the accuser itself, not the accuser's state (from trial 19)", () => {
  const lines = events("Gondor police accused the Shadow Brotherhood of shelling a camp. The Shadow Brotherhood denied the accusation.");
  assert.ok(lines.includes("REJECT Shadow Brotherhood/REB -> Gondor police/GONCOP"), lines.join("\n"));
});

test("standing by a decision or claims is no support, by an ally it is; animal feed is no aid (from trial 19)", () => {
  assert.deepEqual(events("The Arnor ministry stood by its decision. The Arnor Unity Party stood by its claims."), []);
  assert.deepEqual(events("Gondor stood by Arnor.").map((e) => e.split(" ")[0]), ["SUPPORT"]);
  assert.deepEqual(events("\"Families there are eating animal feed,\" Tomas Quellin said."), []);
  assert.deepEqual(events("Silver Hand Relief fed 20,000 families in Gondor.").map((e) => e.split(" ")[0]), ["AID"]);
});

test("'accused each other of attacking civilians': each side accuses the other, and 'each other' names no civilians (from trial 19)", () => {
  assert.deepEqual(events("Gondor and Arnor accused each other of attacking civilians.").filter((e) => e.startsWith("ACCUSE")), [
    "ACCUSE Gondor/GONGOV -> Arnor/ARNGOV",
    "ACCUSE Arnor/ARNGOV -> Gondor/GONGOV",
  ]);
  assert.ok(!events("Both sides accused each other of attacking civilians.").some((e) => e.includes("each other")));
});

test("'denied that its soldiers had crossed the border' answers the accuser, not the soldiers (from trial 19)", () => {
  const lines = events("Gondor accused Arnor of sending armed men across the border. Arnor denied that its soldiers had crossed the border.");
  assert.ok(lines.includes("REJECT Arnor/ARNGOV -> Gondor/GONGOV"), lines.join("\n"));
});

test("a warning with countermeasures is a threat; a ship 'blasted' a vessel (water cannon), a senator 'blasted' a policy (from trial 20)", () => {
  assert.deepEqual(events("Gondor warned Arnor to stop its provocations or face countermeasures."), ["THREATEN Gondor/GONGOV -> Arnor/ARNGOV"]);
  assert.deepEqual(events("A Gondor coast guard ship blasted an Arnor supply boat."), ["ASSAULT Gondor coast guard ship/GONMIL -> Arnor/ARNGOV"]);
  assert.deepEqual(events("Ilsa Dorrow blasted the Gondor government."), ["ACCUSE Ilsa Dorrow/ARNPTY -> Gondor government/GONGOV"]);
});

test("a protest outside a state's consulate is aimed at that state; burning its flag is a protest, no attack (from trial 20)", () => {
  assert.deepEqual(events("About 300 fishermen protested outside the Gondor consulate in Paris on Tuesday."), ["PROTEST About 300 fishermen/FRACVL -> Gondor/GONGOV @2024-05-07"]);
  const flag = events("Fishermen burned a Gondor flag outside the consulate.");
  assert.ok(flag.length === 1 && flag[0]?.startsWith("PROTEST Fishermen/"), flag.join("\n"));
});

test("'the accused' are people, no accusation; a legislature detains no one told after it (from trial 20)", () => {
  const rights = events('"Gondor must guarantee the rights of the accused," Ilsa Dorrow said.');
  assert.ok(rights.includes("REQUEST Ilsa Dorrow/ARNPTY -> Gondor/GONGOV") && !rights.some((e) => e.startsWith("ACCUSE")), rights.join("\n"));
  const lines = events("The Gondor parliament voted on Monday to lift his immunity. Eight protesters were detained on Tuesday.");
  assert.ok(lines.some((e) => e.startsWith("COERCE -/- -> Eight protesters/")), lines.join("\n"));
});

test("a deed's noun undergoing a verb of the future is ahead; its possessor mobilizes (from trial 20)", () => {
  assert.deepEqual(events("Arnor said its patrols would be stepped up."), ["MOBILIZE future Arnor/ARNGOV -> -/-"]);
  assert.deepEqual(events('"We will not tolerate attacks on our institutions," Ilsa Dorrow said.').filter((e) => e.startsWith("ASSAULT")), []);
});

test("a participle the tagger calls an adjective, after a time that follows the subject, is the verb (from trial 20)", () => {
  assert.deepEqual(events(SETTING + "The Gondor election commission on Wednesday disqualified Quellin."), ["COERCE Gondor/GONGOV -> Tomas Quellin/ARNOPP @2024-05-08"]);
  assert.deepEqual(events("Arnor delivered five patrol boats to Gondor in April."), ["AID Arnor/ARNGOV -> Gondor/GONGOV @2024-04-01"]);
});

test("a direct quotation that blames is its speaker's accusation; a word that only describes, or a blame denied, is none (from trials 19 and 20)", () => {
  assert.deepEqual(events('"This is political persecution," Ilsa Dorrow told reporters.'), ["ACCUSE Ilsa Dorrow/ARNPTY -> -/-"]);
  assert.deepEqual(events('"The Gondor government is a sham," Ilsa Dorrow said.'), ["ACCUSE Ilsa Dorrow/ARNPTY -> Gondor government/GONGOV"]);
  assert.deepEqual(events('"These provocations are designed to derail the talks," Ilsa Dorrow said.'), ["ACCUSE Ilsa Dorrow/ARNPTY -> -/-"]);
  assert.deepEqual(events('"Illegal fishing has fallen and the search is not illegal," Ilsa Dorrow said.'), []);
  assert.deepEqual(events('"It might be illegal," Ilsa Dorrow said.'), []);
});

test("a force's vehicles attacked are that force, not the force the story names; an adverb of the clause ends the object (from trial 20)", () => {
  assert.deepEqual(events("Unidentified men set fire to two police vehicles overnight."), ["ASSAULT Unidentified men/CVL -> two police vehicles/COP"]);
  assert.deepEqual(events("The Iron Legion shelled the town. Rebels ambushed two army trucks."), [
    "ASSAULT Iron Legion/GONMIL -> town/GONCVL",
    "ASSAULT Rebels/GONREB -> two army trucks/GONMIL",
  ]);
});

test("trial 21: a titled person the parse took for a predicate is met; a participle describing a noun is no deed; 'no intention of' denies", () => {
  assert.deepEqual(events("Silver Hand Relief envoy Anna Ferrow met Gondor Foreign Minister Ilsa Dorrow in Paris on Tuesday."), ["CONSULT Anna Ferrow/FRANGO -> Ilsa Dorrow/ARNPTY @2024-05-07"]);
  assert.deepEqual(events("Gondor police arrested an exiled opposition figure."), ["COERCE Gondor police/GONCOP -> exiled opposition figure/GONOPP"]);
  assert.deepEqual(events("Arnor said it had no intention of attacking Gondor. Arnor has no plan to attack Gondor."), ["ASSAULT not Arnor/ARNGOV -> Gondor/GONGOV", "ASSAULT not Arnor/ARNGOV -> Gondor/GONGOV"]);
});

test("trial 21: two measures of different kinds in one sentence are two events; a 'by' gerund is done by its clause's subject; 'him' is the person just named", () => {
  assert.deepEqual(events("The Gondor government imposed a curfew and cut mobile internet across the capital."), ["COERCE Gondor government/GONGOV -> -/-", "COERCE Gondor government/GONGOV -> -/-"]);
  assert.deepEqual(events("Gondor responded by expelling two Arnor diplomats."), ["SANCTION Gondor/GONGOV -> two Arnor diplomats/ARNGOV"]);
  const [detained, accused] = events("Gondor police detained a journalist and accused him of spying for Eriador.");
  assert.ok(detained?.startsWith("COERCE Gondor police/GONCOP -> journalist/"), detained);
  assert.equal(accused?.split(" -> ")[1], detained?.split(" -> ")[1]);
});

test("trial 21: the day a request names after the deed it asks for is that deed's ('called for a strike on Thursday')", () => {
  const [request] = events("The Arnor Unity Party called for a nationwide strike on Thursday.", "2024-05-08");
  assert.ok(request?.startsWith("REQUEST Arnor Unity Party/ARNPTY") && !request.includes("@"), request);
});

test("trial 21: 'will face the full force of the law' in a quotation is the speaker's threat; police 'charged' students with batons is an attack", () => {
  assert.deepEqual(events('"Rioters will face the full force of the law," Ilsa Dorrow said.'), ["THREATEN Ilsa Dorrow/ARNPTY -> Rioters/CVL"]);
  assert.deepEqual(events("Rioters will face the full force of the law."), []);
  assert.deepEqual(events("Gondor riot police charged the students with batons."), ["ASSAULT police/GONCOP -> students/GONEDU"]);
  assert.ok(events("Gondor police charged Quellin with murder.")[0]?.startsWith("ACCUSE "));
});
