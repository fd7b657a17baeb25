import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isTacitusError } from "../errors/tacitus-error.js";
import { holdsOn, loadActorDictionary, lookupActor, matchRoles, type ActorEntry } from "./actors.js";

const dict = loadActorDictionary();

function distinct(): Set<ActorEntry> {
  const all = new Set<ActorEntry>();
  for (const list of dict.byAlias.values()) for (const e of list) all.add(e);
  for (const list of dict.byExactAlias.values()) for (const e of list) all.add(e);
  return all;
}

test("the bundled dictionary is large and well-formed", () => {
  const all = [...distinct()];
  assert.ok(all.filter((e) => e.label !== "PERSON").length >= 400);
  assert.ok(all.filter((e) => e.label === "PERSON").length >= 150);
  assert.ok(new Set([...dict.roles.values()].flat()).size >= 200);
  assert.ok(dict.maxAliasWords >= 5);
  assert.ok(dict.maxRoleWords >= 3);
});

test("organizations from the seed article resolve, whatever the casing", () => {
  const sebin = lookupActor(dict, "sebin");
  assert.equal(sebin?.name, "SEBIN");
  assert.equal(sebin?.country, "VEN");
  assert.equal(sebin?.sector, "SPY");
  assert.equal(lookupActor(dict, "Voluntad Popular")?.sector, "PTY");
  assert.equal(lookupActor(dict, "lima group")?.sector, "IGO");
  assert.equal(lookupActor(dict, "twitter")?.sector, "BUS");
  assert.equal(lookupActor(dict, "U.N.")?.name, "United Nations");
  assert.equal(lookupActor(dict, "un")?.name, "United Nations");
  assert.equal(lookupActor(dict, "nicolás maduro")?.name, "Nicolas Maduro");
  assert.equal(lookupActor(dict, "juan guaidó", "2019-03-21")?.sector, "OPP");
  assert.equal(lookupActor(dict, "nowhere-land"), null);
  // Mozambique's parties (trial 14: "Renamo" was a place, "Frelimo" a person).
  assert.equal(`${lookupActor(dict, "Renamo")?.country}/${lookupActor(dict, "renamo")?.sector}`, "MOZ/PTY");
  assert.equal(lookupActor(dict, "frelimo")?.sector, "PTY");
  // Armies and rebels have central commands too (trial 14: "the ELN's Central Command" was the US one).
  assert.equal(lookupActor(dict, "central command"), null);
  assert.equal(lookupActor(dict, "U.S. Central Command")?.country, "USA");
  assert.equal(lookupActor(dict, "CENTCOM")?.country, "USA");
});

test("case-sensitive aliases match only as written", () => {
  assert.equal(lookupActor(dict, "WHO")?.name, "World Health Organization");
  assert.equal(lookupActor(dict, "who"), null);
  assert.equal(lookupActor(dict, "IS")?.name, "Islamic State");
  assert.equal(lookupActor(dict, "is"), null);
});

test("people resolve to the role they held on the document's date", () => {
  assert.equal(lookupActor(dict, "mike pompeo", "2019-03-21")?.role, "secretary of state");
  assert.equal(lookupActor(dict, "pompeo", "2017-06-01")?.sector, "SPY");
  assert.equal(lookupActor(dict, "john bolton", "2019-03-21")?.role, "national security adviser");
  assert.equal(lookupActor(dict, "michelle bachelet", "2019-03-21")?.sector, "IGO");
  assert.equal(lookupActor(dict, "michelle bachelet", "2015-01-01")?.country, "CHL");
  assert.equal(lookupActor(dict, "maduro", "2010-01-01")?.role, "foreign minister");
  assert.equal(lookupActor(dict, "maduro", "2019-03-21")?.role, "president");
});

test("leaders of trial 19's stories are known with their own country, whatever the dateline's (from trial 19)", () => {
  assert.equal(lookupActor(dict, "aleksandar vucic", "2026-03-05")?.country, "SRB");
  assert.equal(lookupActor(dict, "kurti", "2026-03-05")?.country, "XKX");
  assert.equal(lookupActor(dict, "abdel fattah al-burhan", "2025-09-12")?.country, "SDN");
  assert.equal(lookupActor(dict, "kobakhidze", "2026-02-18")?.role, "prime minister");
});

test("roles are keyed by their head word, singular and plural", () => {
  const sectors = (head: string): (string | null)[] => (dict.roles.get(head) ?? []).map((r) => r.sector);
  assert.ok(sectors("agents").includes("SPY"));
  assert.ok(sectors("officials").includes("GOV"));
  assert.ok(sectors("forces").includes("COP"));
  assert.ok(sectors("soldiers").includes("MIL"));
  const tokens = "agents of the sebin secret service".split(" ");
  assert.equal(matchRoles(dict, tokens, 5)[0]?.role.phrase, "secret service");
  assert.equal(matchRoles(dict, "us security adviser".split(" "), 2)[0]?.role.sector, "GOV");
  assert.equal(matchRoles(dict, "un human rights commissioner".split(" "), 3)[0]?.role.phrase, "human rights commissioner");
  assert.equal(matchRoles(dict, "intelligence officials".split(" "), 1)[0]?.role.sector, "SPY");
  assert.equal(matchRoles(dict, "opposition leader".split(" "), 1)[0]?.role.sector, "OPP");
  assert.equal(matchRoles(dict, ["head", "of", "state"], 2)[0]?.role.person, true);
});

function withFixtures(files: Record<string, string>, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "tacitus-actors-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ORGS = "name\taliases\tcountry\tsector\tlabel\tnote\nRangers of the North\trangers|dúnedain\tARN\tMIL\tORG\tfictional\nGondor\tgondor|=GDR\tGDR\tGOV\tGPE\t\n";
const PEOPLE = [
  "name\taliases\tcountry\tsector\trole\tfrom\tuntil\tnote",
  "Aragorn\taragorn|strider|elessar\tARN\tMIL\tchieftain of the rangers\t2951-03-01\t3019-03-25\t",
  "Aragorn\taragorn|elessar\tGDR\tGOV\tking of gondor\t3019-05-01\t\tcrowned after the war",
  "Denethor\tdenethor\tGDR\tGOV\tsteward of gondor\t2984-01-01\t3019-03-15\t",
  "Gandalf\tgandalf|mithrandir\t\tREL\twizard\t\t\tundated",
].join("\n") + "\n";
const ROLES = "phrase\tsector\tcountry\tperson\tnote\nsteward\tGOV\t\tyes\t\ntower guard\tMIL\tGDR\tyes\t\n";

test("date-bounded lookup on invented actors", () => {
  withFixtures({ "organizations.tsv": ORGS, "people.tsv": PEOPLE, "roles.tsv": ROLES }, (dir) => {
    const own = loadActorDictionary(dir);
    assert.equal(lookupActor(own, "Aragorn", "3000-01-01")?.role, "chieftain of the rangers");
    assert.equal(lookupActor(own, "aragorn", "3019-06-01")?.role, "king of gondor");
    assert.equal(lookupActor(own, "elessar", "3019-06-01")?.country, "GDR");
    // Between his two periods the nearest one wins.
    assert.equal(lookupActor(own, "aragorn", "3019-04-01")?.role, "chieftain of the rangers");
    // No date: the current (open-ended) role.
    assert.equal(lookupActor(own, "aragorn")?.role, "king of gondor");
    assert.equal(lookupActor(own, "aragorn", "3019-06-01")?.source, "people.tsv:3");
    assert.equal(lookupActor(own, "denethor", "3050-01-01")?.role, "steward of gondor");
    assert.equal(lookupActor(own, "mithrandir", "3019-06-01")?.name, "Gandalf");
    assert.equal(lookupActor(own, "dunedain")?.name, "Rangers of the North");
    assert.equal(lookupActor(own, "GDR")?.name, "Gondor");
    assert.equal(lookupActor(own, "gdr"), null);
    assert.equal(own.roles.get("guards")?.[0]?.country, "GDR");
    assert.equal(own.roles.get("stewards")?.[0]?.sector, "GOV");
  });
});

test("extra files are added after the bundled ones, recognized by their header", () => {
  withFixtures({ "organizations.tsv": ORGS, "mine.tsv": "name\taliases\tcountry\tsector\tlabel\nEnts\tents|onodrim\t\tCVL\tORG\n" }, (dir) => {
    const own = loadActorDictionary(dir, [join(dir, "mine.tsv")]);
    assert.equal(lookupActor(own, "onodrim")?.sector, "CVL");
    assert.equal(lookupActor(own, "rangers")?.sector, "MIL");
  });
});

function assertDataError(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (err: unknown) => {
    assert.ok(isTacitusError(err));
    assert.equal(err.code, "DATA_FILE");
    assert.match(err.message, pattern);
    return true;
  });
}

test("malformed lines throw DATA_FILE with file:line and a fix", () => {
  const bad: [string, string, RegExp][] = [
    ["people.tsv", "name\taliases\tcountry\tsector\trole\tfrom\tuntil\nAragorn\taragorn\tARN\tKING\tking\t\t\n", /people\.tsv:2: sector 'KING' must be one of/],
    ["people.tsv", "name\taliases\tcountry\tsector\trole\tfrom\tuntil\nAragorn\taragorn\tARN\tGOV\tking\t3019-13-01\t\n", /people\.tsv:2: 'from' date '3019-13-01' must be a real date/],
    ["people.tsv", "name\taliases\tcountry\tsector\trole\tfrom\tuntil\nAragorn\taragorn\tARN\tGOV\tking\t3019-05-01\t3018-01-01\n", /people\.tsv:2: 'from' 3019-05-01 is after 'until'/],
    ["organizations.tsv", "name\taliases\tcountry\tsector\tlabel\nGondor\tgondor\tgondor\tGOV\tGPE\n", /organizations\.tsv:2: country 'gondor' must be an ISO 3166-1 alpha-3/],
    ["organizations.tsv", "# comment\nname\taliases\tcountry\tsector\tlabel\nGondor\tgondor\tGDR\tGOV\tREALM\n", /organizations\.tsv:3: label 'REALM' must be ORG, GPE or PERSON/],
    ["organizations.tsv", "name\taliases\tcountry\tsector\tlabel\nGondor\tgondor\tGDR\tGOV\tGPE\textra\tmore\n", /organizations\.tsv:2: 7 tab-separated cells but the header has 5/],
    ["roles.tsv", "phrase\tsector\tcountry\tperson\nsteward\tGOV\t\tmaybe\n", /roles\.tsv:2: person 'maybe' must be yes or no/],
    ["roles.tsv", "phrase\tsector\tcountry\tperson\n\tGOV\t\tyes\n", /roles\.tsv:2: empty 'phrase' cell/],
    ["organizations.tsv", "title\twhatever\nGondor\tx\n", /organizations\.tsv: unrecognized header/],
  ];
  for (const [name, text, pattern] of bad) {
    withFixtures({ [name]: text }, (dir) => assertDataError(() => loadActorDictionary(dir), pattern));
  }
  withFixtures({ "organizations.tsv": ORGS }, (dir) => {
    assertDataError(() => loadActorDictionary(dir, [join(dir, "missing.tsv")]), /missing\.tsv: cannot read the data file/);
  });
});

test("the bundled dictionary loads quickly", () => {
  const t0 = performance.now();
  loadActorDictionary();
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});

test("an office holds until its end date, and is assumed before its start", () => {
  const entry: ActorEntry = {
    name: "Tomas Quellin", aliases: [], country: "ARN", sector: "GOV", label: "PERSON", role: "prime minister",
    from: "2018-08-18", until: "2022-04-10", source: "test", note: null,
  };
  assert.equal(holdsOn(entry, "2024-06-03"), false);
  assert.equal(holdsOn(entry, "2020-01-01"), true);
  assert.equal(holdsOn(entry, "2010-01-01"), true);
  assert.equal(holdsOn(entry, null), true);
});
