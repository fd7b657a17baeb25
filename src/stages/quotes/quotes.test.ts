import { test } from "node:test";
import assert from "node:assert/strict";
import { fictionalExtractor } from "../../../test/helpers/fictional.js";

const extractor = fictionalExtractor();

function quotes(text: string): string[] {
  return extractor.extract({ id: "q", text }).quotes.map((q) => `${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
}

test("speaker after the quotation, before it, and by pronoun", () => {
  const text =
    "Arnor foreign minister Anna Ferrow spoke on Monday. \"The border is closed,\" Ferrow said. " +
    "Tomas Quellin told reporters: \"We will reopen it.\" \"Nobody listens,\" she wrote.";
  assert.deepEqual(quotes(text), [
    "Anna Ferrow|said|The border is closed",
    "Tomas Quellin|told|We will reopen it.",
    "Anna Ferrow|wrote|Nobody listens",
  ]);
});

test("a quotation with no cue right after another keeps its speaker; a joint statement speaks for the group just named", () => {
  const text =
    "\"We stay,\" said Tomas Quellin. \"We never left.\" " +
    "The Arnor Unity Party met in Paris. \"We demand elections,\" a joint statement read.";
  assert.deepEqual(quotes(text), [
    "Tomas Quellin|said|We stay",
    "Tomas Quellin|-|We never left.",
    "Arnor Unity Party|read|We demand elections",
  ]);
});

test("the secretary of state is no cue: 'state' after 'of' is a noun", () => {
  const text = "\"Gondor must free him,\" Arnor Secretary of State Anna Ferrow wrote.";
  assert.deepEqual(quotes(text), ["Anna Ferrow|wrote|Gondor must free him"]);
});

test("indirect quotations: 'X said that ...', '..., said X', '... according to X'", () => {
  const text =
    "Arnor foreign minister Anna Ferrow said that Gondor had closed the border at dawn. " +
    "Gondor police detained three traders in the port, said opposition leader Tomas Quellin. " +
    "Anna Ferrow threatened Gondor with sanctions.";
  const found = extractor.extract({ id: "i", text }).quotes.map((q) => `${q.kind}|${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
  assert.deepEqual(found, [
    "indirect|Anna Ferrow|said|Gondor had closed the border at dawn",
    "indirect|Tomas Quellin|said|Gondor police detained three traders in the port",
  ]);
});

test("quoted words inside reported speech take its speaker; an opening phrase before ', X said <clause>' is not what was said", () => {
  const text =
    "Anna Ferrow said Quellin was a \"huge figure\" in Arnor and a \"loyal friend\". " +
    "Speaking at the Minas Club, Tomas Quellin said the border would stay closed for a long time.";
  const found = extractor.extract({ id: "r", text }).quotes.map((q) => `${q.kind}|${q.speaker?.name ?? "?"}|${q.cue ?? "-"}|${q.text}`);
  assert.deepEqual(found, [
    "direct|Anna Ferrow|said|huge figure",
    "direct|Anna Ferrow|said|loyal friend",
    "indirect|Tomas Quellin|said|the border would stay closed for a long time",
  ]);
});

test("'said X, the minister of Y' is X's; 'According to a spokesman, \"...\"' is not the previous speaker's; a town does not speak", () => {
  const text =
    "\"We are ready to talk,\" said Tomas Quellin, the prime minister of Velmora. " +
    "According to a government spokesman, \"the results are final.\" " +
    "Dock workers struck in Valparaiso. \"We will not go back,\" a union spokesman said.";
  assert.deepEqual(quotes(text), [
    "Tomas Quellin|said|We are ready to talk",
    "?|According|the results are final.",
    "?|said|We will not go back",
  ]);
});

test("a capitalized speech word inside a name is no cue: 'Lagos State Governor ...' is narration", () => {
  assert.deepEqual(quotes("The students marched. Lagos State Governor Anna Ferrow condemned the violence and urged calm."), []);
});

test("a clause after ', saying' is the subject's; words quoted inside a sentence are its subject's, not the last speaker's", () => {
  const text = [
    '"Gondor will pay," Arnor minister Anna Ferrow told reporters.',
    'Gondor President Tomas Quellin condemned the decision as "illegal interference".',
    "Gondor President Tomas Quellin rejected the plan, saying Arnor had broken the treaty.",
  ].join(" ");
  assert.deepEqual(quotes(text), [
    "Anna Ferrow|told|Gondor will pay",
    "Tomas Quellin|-|illegal interference",
    "Tomas Quellin|saying|Arnor had broken the treaty",
  ]);
});

test("a town naming whose office it is does not speak: 'according to the Lyon prosecutor's office'", () => {
  const text = "Tomas Quellin was detained on charges of spreading propaganda, according to a statement from the Lyon prosecutor's office.";
  assert.deepEqual(quotes(text), []);
});

test("a quotation attributed to someone unnamed has no speaker rather than the sentence's subject; a country's embassy speaks for it", () => {
  const text =
    "OSGILIATH, May 3 (Reuters) - A court jailed Tomas Quellin for \"spreading lies,\" his lawyer said on Friday. " +
    "The Arnor embassy in Paris said it was deeply troubled by the verdict.";
  assert.deepEqual(quotes(text), ["?|said|spreading lies", "Arnor|said|it was deeply troubled by the verdict"]);
});

test("'signed by X' is no speech; 'X told reporters that ...' starts after the addressee", () => {
  const text =
    "The declaration, signed by Tomas Quellin and Anna Ferrow, calls on both sides to halt attacks. " +
    "Quellin told reporters that the fighters would not leave the border towns.";
  assert.deepEqual(quotes(text), ["Tomas Quellin|told|the fighters would not leave the border towns"]);
});

test("a cue inside the next paragraph's quotation does not take a quotation from the speaker who introduced it", () => {
  const text = 'Tomas Quellin said: "It is true that I am attacked by people who want more.\n\n"On the other side, there are people who say we cannot win."';
  assert.equal(quotes(text)[0], "Tomas Quellin|said|It is true that I am attacked by people who want more.");
});

test("'Gulf states' is no speech verb", () => {
  const text = "The programme is expected to unlock $14 billion from partners, including Gulf states, the fund said in a statement.";
  assert.ok(!quotes(text).some((q) => q.includes("|states|")), quotes(text).join(" | "));
});

test("words quoted after a verb are its subject's even when a nationality names the subject: 'the Chilean foreign ministry condemned it as \"...\"'", () => {
  const text = "Arnor imposed sanctions on Chile. The Chilean foreign ministry condemned the decision as \"illegal and hostile\" and said Santiago would respond.";
  assert.deepEqual(quotes(text).filter((q) => q.endsWith("hostile")), ["Chile|-|illegal and hostile"]);
});

test("words quoted in a gerund clause after 'of' are its doer's: 'a court found X guilty of calling officials \"fools\"'", () => {
  const text = "The Gondor Intelligence Service found Tomas Quellin guilty of calling election officials \"fools\" in a speech.";
  assert.deepEqual(quotes(text), ["Tomas Quellin|-|fools"]);
});

test("', and X pledged to ...' is narration, not an attribution of what came before; 'according to' an unnamed statement names no speaker", () => {
  const text = "The two leaders signed an agreement, and Gondor pledged to invest 10 trillion yen in Arnor, according to a joint statement.";
  assert.deepEqual(quotes(text), []);
});

test("reported speech in the first sentence starts after the dateline", () => {
  const text = "OSGILIATH, Sept 2 (Reuters) - The death toll in Gondor rose to more than 1,400 on Tuesday, Tomas Quellin said.";
  assert.deepEqual(quotes(text), ["Tomas Quellin|said|The death toll in Gondor rose to more than 1,400 on Tuesday"]);
});

test("a subject set off by commas before 'said on Thursday that' speaks what follows 'that', not the words before the cue", () => {
  const text = "Arnor's foreign minister, Anna Ferrow, said on Thursday that Gondor was ready to exchange more prisoners with Arnor.";
  assert.deepEqual(quotes(text), ["Anna Ferrow|said|Gondor was ready to exchange more prisoners with Arnor"]);
});

test("what is said follows the setting of the saying ('said in a statement on Monday that'); 'pleaded guilty to charges that' is no speech (from trial 15)", () => {
  assert.deepEqual(quotes("Anna Ferrow said in a televised address on Monday that Arnor would reopen the border."), ["Anna Ferrow|said|Arnor would reopen the border"]);
  assert.deepEqual(quotes("Tomas Quellin pleaded guilty to charges that he sold forged passports."), []);
});

test("'the minister' speaks for the person last named with that title, not for a deputy's (from trial 16)", () => {
  assert.deepEqual(quotes('Arnor Interior Minister Anna Ferrow defended the decree. "It stays," the minister told parliament.'), ["Anna Ferrow|told|It stays"]);
  assert.deepEqual(quotes('Tomas Quellin, the Arnor labour minister, spoke. "It stays," the minister said.'), ["Tomas Quellin|said|It stays"]);
  assert.deepEqual(quotes('Deputy Prime Minister Tomas Quellin spoke. "Help me," the prime minister said.'), ["prime minister|said|Help me"]);
});
