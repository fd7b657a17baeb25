import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";
import type { DocumentResult } from "../../doc/records.js";

const extractor = fictionalExtractor();

function entities(result: DocumentResult): string[] {
  return result.entities.map((e) => `${e.label}:${e.name}`);
}

const sentence = "Arnor's foreign minister Anna Ferrow met Tomas Quellin of the Arnor Unity Party in Paris.";

test("people, parties and places in well-cased text", () => {
  const found = entities(extractor.extract({ id: "a", text: sentence }));
  assert.deepEqual(found, ["GPE:Arnor", "PERSON:Anna Ferrow", "PERSON:Tomas Quellin", "ORG:Arnor Unity Party", "GPE:Paris"]);
});

test("the same names, canonically cased, in lowercased text", () => {
  const found = entities(extractor.extract({ id: "b", text: sentence.toLowerCase() }));
  assert.deepEqual(found, ["GPE:Arnor", "PERSON:Anna Ferrow", "PERSON:Tomas Quellin", "ORG:Arnor Unity Party", "GPE:Paris"]);
});

test("places carry GeoNames ids and coordinates", () => {
  const paris = extractor.extract({ id: "c", text: sentence }).entities.find((e) => e.name === "Paris");
  assert.equal(paris?.country, "FRA");
  assert.ok(paris?.geonames_id && paris.lat && paris.lon);
});

test("a surname that is also a town stays the person's within the document", () => {
  const result = extractor.extract({ id: "d", text: "Opposition leader Elena Bristol was detained. Supporters of Bristol protested." });
  const labels = result.entities.filter((e) => e.text === "Bristol").map((e) => `${e.label}:${e.name}`);
  assert.deepEqual(labels, ["PERSON:Elena Bristol"]);
});

test("an unknown organization closed by a head noun, and a person named after a role", () => {
  const found = entities(extractor.extract({ id: "e", text: "anna ferrow of the velmora freedom party in paris backed interim president quellin on friday." }));
  assert.ok(found.includes("ORG:Velmora Freedom Party"), found.join(", "));
  assert.ok(found.includes("PERSON:Quellin"), found.join(", "));
});

test("a run-on sentence of thousands of names is settled whole (overlaps checked per token, not pairwise)", () => {
  const result = extractor.extract({ id: "f", text: "U.S. ".repeat(20000) });
  assert.equal(result.entities.length, 20000);
  assert.ok(result.entities.every((e) => e.label === "GPE" && e.country === "USA"));
});

test("a multiword name with a possessive inside is matched whole", () => {
  const found = entities(extractor.extract({ id: "g", text: "Arnor urged the Democratic People's Republic of Korea to talk." }));
  assert.ok(found.includes("GPE:North Korea"), found.join(", "));
});

test("a given name that is also a word, before an organization's head, names the organization", () => {
  // "Law" is a given name; "Law Society" was taken for a person.
  const found = entities(extractor.extract({ id: "h", text: "The Law Society of Gondor condemned the arrest of Tomas Quellin in Paris." }));
  assert.ok(found.includes("ORG:Law Society"), found.join(", "));
  assert.ok(!found.some((e) => e.startsWith("PERSON:Law")), found.join(", "));
});

test("an organization closed by a head noun takes the country it is of", () => {
  const law = extractor.extract({ id: "i", text: "The Law Society of Kenya condemned the arrest." }).entities.find((e) => e.name === "Law Society");
  assert.equal(law?.country, "KEN");
});

test("after a nationality and a role comes the person, even when the surname is also a town", () => {
  const found = entities(extractor.extract({ id: "f", text: "Quellin hosted Japanese Prime Minister Kenji Bristol in Paris. Later Prime Minister Bristol left." }));
  assert.ok(found.includes("PERSON:Kenji Bristol"), found.join(", "));
  assert.ok(!found.some((e) => e.startsWith("GPE:Bristol") || e.includes("Prime Minister")), found.join(", "));
  const alone = entities(extractor.extract({ id: "g", text: "Quellin hosted Japanese Prime Minister Bristol in Paris." }));
  assert.ok(alone.includes("PERSON:Bristol"), alone.join(", "));
});

test("an alias that must match with its casing ('=Met Police') matches so, and 'met police' in lowercase text is a verb and a noun", () => {
  assert.ok(entities(extractor.extract({ id: "h", text: "The Met Police arrested two men in London." })).includes("ORG:Metropolitan Police"));
  const lower = entities(extractor.extract({ id: "i", text: "the interior minister met police commanders in nairobi on monday, officials in nairobi said." }));
  assert.ok(!lower.some((e) => e.includes("Metropolitan")), lower.join(", "));
});

test("a dictionary name starting inside a shorter match wins ('President [Xi Jinping]'), and a city named with an ordinary last word is a city", () => {
  const found = entities(extractor.extract({ id: "j", text: "Chinese President Xi Jinping visited Gaza City.", publishedAt: "2024-05-08" }));
  assert.deepEqual(found, ["NORP:China", "PERSON:Xi Jinping", "GPE:Gaza"]);
});

test("a city whose name is also a word is a city where written as a place ('in Geneva', a 'COLOGNE,' dateline)", () => {
  const text = "COLOGNE, Nov 5 (Reuters) - Arnor and Gondor met in Geneva on Monday. Mobile phones were banned.";
  const found = extractor.extract({ id: "g", text }).entities.map((e) => `${e.label}:${e.name}:${e.country ?? "-"}`);
  assert.deepEqual(found.filter((e) => !e.startsWith("ORG")), ["GPE:Köln:DEU", "GPE:Arnor:ARN", "GPE:Gondor:GON", "GPE:Genève:CHE"]);
});

test("a date's words name no place: 'in March' is not March, Cambridgeshire", () => {
  const found = entities(extractor.extract({ id: "m", text: "Teachers marched against a reform approved by the Arnor Unity Party in March." }));
  assert.deepEqual(found, ["ORG:Arnor Unity Party"]);
});

test("a capitalized run ending in a nationality describes: 'North American operations' names no one", () => {
  const found = entities(extractor.extract({ id: "n", text: "The Arnor Unity Party said the sale would allow it to focus on its North American operations." }));
  assert.ok(!found.some((e) => e.startsWith("PERSON")), found.join(", "));
});

test("letters in brackets after an organization name it wherever they stand, in any casing; its head noun codes it", () => {
  const text = "Tomas Quellin of the Democratic Progressive Party (DPP) rejected the result in Paris. The DPP said it would file a petition.";
  for (const input of [text, text.toLowerCase()]) {
    const party = extractor.extract({ id: "a", text: input }).entities.filter((e) => e.label === "ORG");
    assert.deepEqual(party.map((e) => `${e.name}/${e.sector}`), Array(3).fill("Democratic Progressive Party/PTY"), input);
    assert.equal(new Set(party.map((e) => e.cluster)).size, 1);
  }
});

test("capitalized words the initials spell, with a head noun among them, name an organization: 'the Alliance of the North-West (ANW)', its name as written", () => {
  const text = "The Alliance of the North-West (ANW) accused the government of rigging the vote. The ANW later called for a recount.";
  const found = extractor.extract({ id: "a", text }).entities.filter((e) => e.label === "ORG");
  assert.deepEqual(found.map((e) => e.name), Array(3).fill("Alliance of the North-West"));
  // Without a head noun the letters are a thing's, not an organization's.
  const thing = entities(extractor.extract({ id: "b", text: "Calls over the Internet Protocol (IP) are cheap, and IP calls are growing." }));
  assert.ok(!thing.some((e) => e.startsWith("ORG")), thing.join(", "));
});

test("letters the text defines outrank the dictionary's reading of them: the Gondor Information Society (GIS) is no intelligence service", () => {
  const text = "The Gondor Information Society (GIS) published a report on Tuesday. The GIS said broadband was too slow.";
  const found = extractor.extract({ id: "g", text }).entities.filter((e) => e.label === "ORG");
  assert.deepEqual(found.map((e) => `${e.name}/${e.sector ?? "-"}`), Array(3).fill("Gondor Information Society/-"));
});

test("a possessive before the brackets ends the name: 'the Silver Fund Committee's (SFC) appeal'", () => {
  const found = entities(extractor.extract({ id: "p", text: "Donors gave to the Silver Fund Committee's (SFC) appeal. The SFC thanked them." }));
  assert.ok(found.includes("ORG:Silver Fund Committee"), found.join(", "));
});

test("the West Bank is a Palestinian territory, not a bank", () => {
  const found = entities(extractor.extract({ id: "w", text: "Settlers in the Israeli-occupied West Bank set fire to a mosque." }));
  assert.ok(found.includes("GPE:Palestine"), found.join(", "));
});

test("capitals in brackets after an organization the rules found name it even when its initials do not spell them", () => {
  const text = "Investigators from the Corruption Eradication Commission (KPK) arrested the minister. The KPK said he took bribes.";
  const orgs = extractor.extract({ id: "k", text }).entities.filter((e) => e.label === "ORG");
  assert.deepEqual(orgs.map((e) => e.name), Array(3).fill("Corruption Eradication Commission"));
});

test("capitals in brackets after capitalized words with an organization's head noun name them, initials or not, commas included (from trial 14)", () => {
  const text = "Gondor's State Committee for National Security (GKNB) said Arnor units had shelled a school. The GKNB summoned the Arnor envoy.";
  const orgs = extractor.extract({ id: "s", text }).entities.filter((e) => e.label === "ORG");
  assert.deepEqual(orgs.map((e) => `${e.name}/${e.country ?? "-"}${e.sector ?? "-"}`), Array(3).fill("State Committee for National Security/GONSPY"));
  const listed = extractor.extract({ id: "t", text: "The State Administration of Radio, Film and Television (SARFT) banned the film. The SARFT gave no reason." });
  assert.deepEqual(listed.entities.filter((e) => e.label === "ORG").map((e) => e.name), Array(3).fill("State Administration of Radio, Film and Television"));
});

test("a name closed by a place's head noun is a place, not a person", () => {
  const found = entities(extractor.extract({ id: "h", text: "Rebels seized the ship in the Red Sea in November. Tomas Quellin won at the Rod Laver Arena on Sunday." }));
  assert.ok(found.includes("LOC:Red Sea") && found.includes("LOC:Rod Laver Arena"), found.join(", "));
});

test("a command is an organization", () => {
  const found = entities(extractor.extract({ id: "c", text: "The Gondor Africa Command confirmed the strike on Sunday." }));
  assert.ok(found.some((e) => e.startsWith("ORG:") && e.endsWith("Africa Command")), found.join(", "));
});

test("a speech verb written in lowercase ends a name: 'Tomas Quellin told state radio' is a person, not an organization", () => {
  const text = "Army chief General Tomas Quellin told state radio that troops had arrested Colonel Anna Ferrow.";
  assert.deepEqual(entities(extractor.extract({ id: "r", text })), ["PERSON:Tomas Quellin", "PERSON:Anna Ferrow"]);
});

test("a place name several places share is read in the story's countries or the region written after it", () => {
  const placeOf = (text: string, name: string): string | undefined => extractor.extract({ id: "g", text }).entities.find((e) => e.name === name)?.country ?? undefined;
  // Real places: the gazetteer's most populous Valencia is in Venezuela, its Santa Clara in Cuba.
  assert.equal(placeOf("MADRID, June 12 - Spanish police carried out raids across Barcelona and Valencia.", "Valencia"), "ESP");
  assert.equal(placeOf("madrid, june 12 - spanish police carried out raids across barcelona and valencia.", "Valencia"), "ESP");
  assert.equal(placeOf("SANTA CLARA, Calif., May 28 - Nvidia reported record sales.", "Santa Clara"), "USA");
  assert.equal(placeOf("Protesters marched in Santa Clara, California, on Sunday.", "Santa Clara"), "USA");
  // Without such context the most populous reading stands, and a far larger one is not given up.
  assert.equal(placeOf("Protesters marched in Valencia on Sunday.", "Valencia"), "VEN");
  assert.equal(placeOf("The United States envoy arrived in Paris on Sunday.", "Paris"), "FRA");
});

test("a word of a person's full name is no place where the full name is repeated", () => {
  // "Hun" is a town in Libya (the gazetteer is the point); the person is invented.
  const result = extractor.extract({ id: "h", text: "Gondor's Prime Minister Hun Vellor met envoys. Hun Vellor said the talks went well and thanked Arnor." });
  assert.deepEqual(entities(result), ["GPE:Gondor", "PERSON:Hun Vellor", "PERSON:Hun Vellor", "GPE:Arnor"]);
});

test("name particles stay in names: hyphened to a surname, or right after a given name", () => {
  const text =
    "\"Gondor will continue to help,\" foreign ministry spokesman Tomas al-Quellin said. Later al-Quellin left. " +
    "Arnor said on Monday that Anna ter Horst and Paul van der Berg met Gondor officials.";
  const people = extractor.extract({ id: "p", text }).entities.filter((e) => e.label === "PERSON").map((e) => `${e.text}=${e.name}`);
  assert.deepEqual(people, ["Tomas al-Quellin=Tomas al-Quellin", "al-Quellin=Tomas al-Quellin", "Anna ter Horst=Anna ter Horst", "Paul van der Berg=Paul van der Berg"]);
});

test("name particles do not count towards a name's length", () => {
  const found = entities(extractor.extract({ id: "particles", text: "Prime Minister Karim bin Tariq Al Vennor met Anna Ferrow in Paris." }));
  assert.ok(found.includes("PERSON:Karim bin Tariq Al Vennor"), found.join(", "));
});

test("a sea or strait is one place of no country, cased or not, whatever country its name holds (from trial 15)", () => {
  for (const text of ["Gondor ships fired on a Philippine vessel in the South China Sea.", "gondor ships fired on a philippine vessel in the south china sea."]) {
    const sea = extractor.extract({ id: "s", text }).entities.find((e) => e.label === "LOC");
    assert.equal(sea?.name, "South China Sea", text);
    assert.equal(sea?.country, null);
    assert.ok(sea?.lat !== null && sea?.lat !== undefined);
  }
});

test("an irregular verb form in lowercase text is no town: 'had begun a hunger strike' names no Begūn (from trial 19)", () => {
  const found = entities(extractor.extract({ id: "k", text: "tomas quellin's lawyer said that his client had begun a hunger strike in arnor.", publishedAt: "2024-05-08" }));
  assert.ok(!found.some((e) => e.includes("Beg")), found.join(", "));
});

test("a verb between a person and a head noun makes no organization: 'Ferrow telephoned army chief' (from trial 19)", () => {
  const found = entities(extractor.extract({ id: "org-verb", text: "Arnor's Foreign Minister Anna Ferrow telephoned army chief Tomas Quellin on Thursday." }));
  assert.deepEqual(found, ["GPE:Arnor", "PERSON:Anna Ferrow", "PERSON:Tomas Quellin"]);
});

test("a place the trained recognizer finds that the gazetteer knows is coded as the gazetteer's: lowercase 'geneva' (from trial 20)", () => {
  const geneva = extractor.extract({ id: "geneva", text: "the two foreign ministers met in geneva on wednesday." }).entities.find((e) => e.text === "geneva");
  assert.equal(geneva?.label, "GPE");
  assert.equal(geneva?.name, "Genève");
  assert.equal(geneva?.country, "CHE");
  assert.ok(geneva?.geonames_id && geneva.lat && geneva.lon);
});
