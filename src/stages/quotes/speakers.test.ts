import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

// Who speaks: names in relative clauses, places, datelines, "the party" (cases from new-user trial 7).
const extractor = fictionalExtractor();

function quotes(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.kind}|${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
}

test("a name inside a relative clause between commas is not the subject of the cue", () => {
  const text =
    "Arnor President Anna Ferrow, who met Gondor Prime Minister Tomas Quellin in Minas Tirith last month, " +
    "said on Thursday that Arnor would suspend the deal if Gondor failed to pay.";
  assert.deepEqual(quotes(text), ["indirect|Anna Ferrow|said|Arnor would suspend the deal if Gondor failed to pay"]);
});

test("the agency of the dateline is not the speaker of a 'X said' clause in the story", () => {
  assert.deepEqual(quotes("OSGILIATH, July 15 (Reuters) - Gondor denied the report on Tuesday and said it was backing the peace deal."), [
    "indirect|Gondor|said|it was backing the peace deal",
  ]);
  // The army has no name: it speaks as written, not the agency.
  assert.deepEqual(quotes("OSGILIATH, Feb 2 (Reuters) - The army said it had killed 20 rebels."), ["indirect|army|said|it had killed 20 rebels"]);
});

test("a statement speaks for the group named in the story, not for the agency of the dateline", () => {
  assert.deepEqual(quotes('OSGILIATH, May 3 (Reuters) - Thousands of teachers marched across Chile on Friday. "We demand higher wages," a statement read.'), [
    "direct|Chile|read|We demand higher wages",
  ]);
});

test("a town, or a place where something happened, is never a speaker; the subject is in the cue's own clause; a capital may speak", () => {
  assert.deepEqual(quotes("OSGILIATH, March 16 (AP) - Farmers blocked highways near Lyon on Friday, and the teachers' union announced a strike starting Monday."), [
    "indirect|teachers' union|announced|a strike starting Monday",
  ]);
  assert.deepEqual(quotes("Gondor police arrested three traders in Lyon on Friday, demanding that Arnor pay a fine."), [
    "indirect|Gondor|demanding|Arnor pay a fine",
  ]);
  assert.deepEqual(quotes("Hundreds of students marched in Paris on Friday, demanding that Anna Ferrow step down."), []);
  assert.deepEqual(quotes("Gondor closed the Torkham and Chaman crossings on Sunday, halting trade, and the trade ministry urged Arnor to reopen them."), [
    "indirect|trade ministry|urged|Arnor to reopen them",
  ]);
  assert.deepEqual(quotes("Gondor and Arnor called for restraint, and Arnor's foreign ministry said it had phoned officials in both capitals."), [
    "indirect|Arnor|said|it had phoned officials in both capitals",
  ]);
  assert.deepEqual(quotes("Field Marshal Tomas Quellin visited troops in Kurram on Monday and said the country would not tolerate attacks."), [
    "indirect|Field Marshal Tomas Quellin|said|the country would not tolerate attacks",
  ]);
  assert.deepEqual(quotes("Paris said on Friday that Gondor had closed the border at dawn."), ["indirect|Paris|said|Gondor had closed the border at dawn"]);
});

test("'the party said' speaks for the party just named, not for whoever the clause before names", () => {
  const text =
    "Arnor Unity Party leader Boris Hallen called on Anna Ferrow to resign, and the party said on Wednesday it would file " +
    "an impeachment motion if she did not step down.";
  assert.deepEqual(quotes(text), ["indirect|Arnor Unity Party|said|it would file an impeachment motion if she did not step down"]);
});

test("'..., the party said' after a sentence naming a party speaks for that party; 'the government said' stays the state's (from trial 14)", () => {
  const text = "Boris Hallen, Arnor Dawn's spokesman in Minas Tirith, was arrested by officers of the Gondor Intelligence Service at his home on Monday night, the party said.";
  assert.deepEqual(quotes(text).map((q) => q.split("|").slice(0, 2).join("|")), ["indirect|Arnor Dawn"]);
  const state = "Boris Hallen of Arnor Dawn was detained on Monday, the government said.";
  assert.deepEqual(quotes(state).map((q) => q.split("|").slice(0, 2).join("|")), ["indirect|government"]);
});

/** Quotations with the speaker's name and code, for groups no entity names. */
function coded(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.kind}|${q.speaker?.name ?? "?"}|${q.speaker?.code ?? "-"}|${q.text}`);
}

test("a group no entity names speaks as written, coded from its role word and the story's country (trial 7b n10)", () => {
  assert.deepEqual(coded("OSGILIATH, March 16 (AP) - Gondor called early elections. The opposition party said it would boycott parliament until the government agreed to an inquiry."), [
    "indirect|opposition party|GONOPP|it would boycott parliament until the government agreed to an inquiry",
  ]);
  assert.deepEqual(coded("Gondor troops clashed with rebels on Monday. The army said it had killed 20 rebels."), [
    "indirect|army|GONMIL|it had killed 20 rebels",
  ]);
  assert.deepEqual(coded("Gondor braced for more protests. Police said they had arrested 14 people."), ["indirect|Police|GONCOP|they had arrested 14 people"]);
  assert.deepEqual(coded('Gondor braced for more protests. "We will not stop," the army said.'), ["direct|army|GONMIL|We will not stop"]);
  assert.deepEqual(coded("Gondor braced for more protests, the interior ministry said."), ["indirect|interior ministry|GONGOV|Gondor braced for more protests"]);
  // A person's aide, or a thing, codes no group: no speaker rather than a wrong one.
  assert.deepEqual(coded('"We will appeal," his lawyer said.'), ["direct|?|-|We will appeal"]);
  assert.deepEqual(coded("The report said the toll had risen to 30."), []);
});

test("a clause of speech may open with a number: 'Police said two people were arrested' (trial 6c y01)", () => {
  assert.deepEqual(coded("Gondor braced for more protests. Police said two people were arrested."), ["indirect|Police|GONCOP|two people were arrested"]);
  assert.deepEqual(coded("Anna Ferrow said 12 people had died in the clashes."), ["indirect|Anna Ferrow|-|12 people had died in the clashes"]);
});

test("a first sentence 'The minister, X, said:' is no dateline: X speaks (from trial 17)", () => {
  assert.deepEqual(quotes('The minister, Tomas Quellin, said: "We are ready to help."'), ["direct|Tomas Quellin|said|We are ready to help."]);
});

test("in text without capitals the words between an inverted cue and a comma name the speaker (from trials 16 and 17)", () => {
  const text = '"they shot at us as if we were enemies," said mamadou sow, a 24-year-old student whose cousin was among the dead. "we only want a date for the vote."';
  assert.deepEqual(quotes(text).map((q) => q.split("|").slice(0, 2).join("|")), ["direct|Mamadou Sow", "direct|Mamadou Sow"]);
  // Not a role: "said police spokesman ..." is no name.
  assert.equal(extractor.extract({ id: "r", text: '"we acted within the law," said police spokesman, who declined to be named.' }).entities.filter((e) => e.label === "PERSON").length, 0);
});

test("'..., the bank said' after the African Development Bank is named is the bank; 'the army said' after a rebel army's name is no rebel (re-judged trial 17)", () => {
  assert.deepEqual(quotes("Separately, the African Development Bank approved a loan to Arnor on Tuesday, the bank said.").map((q) => q.split("|")[1]), ["African Development Bank"]);
  assert.notDeepEqual(quotes("The Arnor Liberation Army released six soldiers on Monday, the army said.").map((q) => q.split("|")[1]), ["Arnor Liberation Army"]);
});

test("in lowercase text a speaker is named before 'of' and his party, and a cue ends no organization's name (from trial 21)", () => {
  const party = quotes('"we will not trade an innocent man," said tomas quellin of the arnor dawn.');
  assert.deepEqual(party.map((q) => q.split("|").slice(0, 2).join("|").toLowerCase()), ["direct|tomas quellin"]);
  const told = quotes('"we have summoned the ambassador," foreign minister anna ferrow told parliament.');
  assert.deepEqual(told.map((q) => q.split("|").slice(0, 2).join("|").toLowerCase()), ["direct|anna ferrow"]);
});
