/** The one test suite every Store implementation must pass. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { isTacitusError } from "../errors/index.js";
import { SCHEMA_VERSION } from "./migrations/index.js";
import {
  GONDOR_GOV, MORDOR_MIL, RAID_EVENTS, RAID_TEXT, TALKS_EVENTS, TALKS_TEXT, fixtureDocument, fixtureResult,
} from "./fixtures.js";
import type { NearDuplicateMatch, Store } from "./types.js";

export interface ContractOptions {
  /** Why the suite cannot run here (e.g. no database configured); it is then skipped with this reason. */
  skip?: string | false;
}

function rejectsWithCode(code: string): (error: unknown) => boolean {
  return (error) => isTacitusError(error) && error.code === code;
}

/** Runs the store contract against fresh stores from `makeStore` (one per test). */
export function runStoreContract(name: string, makeStore: () => Promise<Store>, options: ContractOptions = {}): void {
  describe(`store contract: ${name}`, { skip: options.skip ?? false }, () => {
    const open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const store = await makeStore();
      open.push(store);
      return store;
    };
    after(async () => {
      for (const store of open) await store.close();
    });

    it("migrates to the current schema version", async () => {
      const store = await fresh();
      assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
    });

    it("stores a document with all its annotations and reads them back", async () => {
      const store = await fresh();
      const result = fixtureResult("raid", RAID_TEXT, RAID_EVENTS, "2031-05-06");
      const outcome = await store.addDocument(fixtureDocument("raid", RAID_TEXT, { title: "Raid near Osgiliath", publishedAt: "2031-05-06" }), result, null);
      assert.deepEqual(outcome, { status: "added", id: "raid", groupId: null });
      const doc = await store.getDocument("raid");
      assert.ok(doc);
      assert.equal(doc.text, RAID_TEXT);
      assert.equal(doc.title, "Raid near Osgiliath");
      assert.equal(doc.published_at, "2031-05-06");
      assert.equal(doc.story_id, "raid");
      assert.deepEqual(doc.sentences, result.sentences);
      assert.deepEqual(doc.entities, result.entities);
      assert.deepEqual(doc.quotes, result.quotes);
      assert.deepEqual(doc.events, result.events);
      assert.equal(await store.getDocument("nope"), null);
    });

    it("stores the same text once, whatever its id", async () => {
      const store = await fresh();
      const result = fixtureResult("raid", RAID_TEXT, RAID_EVENTS);
      await store.addDocument(fixtureDocument("raid", RAID_TEXT), result, null);
      const again = await store.addDocument(fixtureDocument("raid-copy", RAID_TEXT), result, null);
      assert.deepEqual(again, { status: "exists", id: "raid" });
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.events, 2);
      assert.equal(stats.sentences, result.sentences.length);
      const hashes = await store.findByHash([fixtureDocument("x", RAID_TEXT).contentHash, "0".repeat(64)]);
      assert.deepEqual([...hashes.values()], ["raid"]);
    });

    it("gives a different text under a taken id a suffixed id", async () => {
      const store = await fresh();
      await store.addDocument(fixtureDocument("story", RAID_TEXT), fixtureResult("story", RAID_TEXT, RAID_EVENTS), null);
      const other = fixtureDocument("story", TALKS_TEXT);
      const outcome = await store.addDocument(other, fixtureResult("story", TALKS_TEXT, TALKS_EVENTS), null);
      assert.equal(outcome.status, "added");
      assert.equal(outcome.id, `story~${other.contentHash.slice(0, 8)}`);
      const doc = await store.getDocument(outcome.id);
      assert.equal(doc?.events[0]?.doc_id, outcome.id);
    });

    it("commits nothing of a document whose annotations fail to store", async () => {
      const store = await fresh();
      const result = fixtureResult("bad", RAID_TEXT, RAID_EVENTS);
      const broken = { ...result, sentences: [...result.sentences, ...result.sentences] };
      await assert.rejects(store.addDocument(fixtureDocument("bad", RAID_TEXT), broken, null), rejectsWithCode("STORE"));
      assert.equal(await store.getDocument("bad"), null);
      const stats = await store.stats();
      assert.deepEqual([stats.documents, stats.sentences, stats.events, stats.actors], [0, 0, 0, 0]);
      const retry = await store.addDocument(fixtureDocument("bad", RAID_TEXT), result, null);
      assert.equal(retry.status, "added");
    });

    describe("queries", () => {
      let store: Store;
      before(async () => {
        store = await fresh();
        await store.addDocument(fixtureDocument("raid", RAID_TEXT, { title: "Raid", publishedAt: "2031-05-06" }), fixtureResult("raid", RAID_TEXT, RAID_EVENTS), null);
        await store.addDocument(fixtureDocument("talks", TALKS_TEXT, { title: "Talks", publishedAt: "2031-06-12" }), fixtureResult("talks", TALKS_TEXT, TALKS_EVENTS), null);
      });

      const types = async (filter: Parameters<Store["events"]>[0]): Promise<string[]> =>
        (await store.events(filter)).map((e) => e.record.event);

      it("lists events newest first, the latest stored first within a day", async () => {
        assert.deepEqual(await types({}), ["AID", "CONSULT", "ACCUSE", "ASSAULT"]);
        assert.deepEqual(await types({ limit: 1 }), ["AID"]);
      });

      it("filters by actor, country, type, dates, place and text", async () => {
        assert.deepEqual(await types({ actor: "mordor" }), ["ACCUSE", "ASSAULT"]);
        assert.deepEqual(await types({ actor: "GNDGOV" }), ["AID", "CONSULT", "ACCUSE"]);
        assert.deepEqual(await types({ country: "arn" }), ["AID", "CONSULT"]);
        assert.deepEqual(await types({ types: ["ASSAULT", "AID"] }), ["AID", "ASSAULT"]);
        assert.deepEqual(await types({ since: "2031-06-01" }), ["AID", "CONSULT"]);
        assert.deepEqual(await types({ until: "2031-06-10" }), ["CONSULT", "ACCUSE", "ASSAULT"]);
        assert.deepEqual(await types({ place: "tirith" }), ["CONSULT"]);
        assert.deepEqual(await types({ text: "villages Osgiliath" }), ["ACCUSE", "ASSAULT"]);
        assert.deepEqual(await types({ text: "\"unbalanced (query*" }), []);
        assert.deepEqual(await types({ actor: "gondor", country: "MDR", types: ["ACCUSE"], since: "2031-05-01", until: "2031-05-31" }), ["ACCUSE"]);
      });

      it("returns the stored record with its document", async () => {
        const [event] = await store.events({ types: ["ASSAULT"] });
        assert.ok(event);
        assert.equal(event.record.doc_id, "raid");
        assert.equal(event.record.location?.name, "Osgiliath");
        assert.equal(event.doc_title, "Raid");
        assert.equal(event.published_at, "2031-05-06");
        assert.equal(event.reports, 1);
        assert.equal(event.duplicate, false);
      });

      it("counts actors on either side of events", async () => {
        const actors = await store.actors({});
        const gondor = actors.find((a) => a.name === GONDOR_GOV.name);
        assert.deepEqual(gondor && [gondor.code, gondor.as_actor, gondor.as_recipient], ["GNDGOV", 2, 1]);
        assert.equal(actors[0]?.name, GONDOR_GOV.name);
        assert.deepEqual((await store.actors({ country: "MDR" })).map((a) => a.name), [MORDOR_MIL.name]);
        assert.deepEqual((await store.actors({ name: "arnor" })).map((a) => a.code), ["ARNOPP"]);
      });

      it("searches documents by full text", async () => {
        assert.deepEqual((await store.searchDocuments("grain", 10)).map((d) => d.id), ["talks"]);
        assert.deepEqual(await store.searchDocuments("zebra", 10), []);
        assert.deepEqual(await store.searchDocuments("(*", 10), []);
      });

      it("summarizes the store", async () => {
        const stats = await store.stats();
        assert.deepEqual(
          [stats.documents, stats.stories, stats.events, stats.uniqueEvents, stats.actors, stats.groups, stats.quotes],
          [2, 2, 4, 4, 3, 0, 1],
        );
      });
    });

    it("streams every event in pages", async () => {
      const store = await fresh();
      const lines = Array.from({ length: 1201 }, (_, i) => `Mordor Army raided farm ${i}.`);
      const text = lines.join("\n");
      const result = fixtureResult("many", text, []);
      result.events = lines.map((line, i) => ({
        ...fixtureResult("many", line, [RAID_EVENTS[0]!]).events[0]!,
        id: `many-${i}`,
        evidence: { sentence: i, start: 0, end: line.length },
      }));
      await store.addDocument(fixtureDocument("many", text), result, null);
      const seen: string[] = [];
      for await (const event of store.streamEvents({})) seen.push(event.record.id);
      assert.equal(seen.length, 1201);
      assert.equal(new Set(seen).size, 1201);
      assert.equal(seen[0], "many-0");
      let limited = 0;
      for await (const _event of store.streamEvents({ limit: 700 })) limited++;
      assert.equal(limited, 700);
    });

    describe("near-duplicate groups", () => {
      const signature = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
      const copyText = RAID_TEXT.replace("Monday", "Monday morning");
      const match: NearDuplicateMatch = { docId: "raid", similarity: 0.82, method: "minhash", reason: "estimated Jaccard 0.82 of 5-word shingles" };

      async function grouped(): Promise<Store> {
        const store = await fresh();
        await store.addDocument(
          fixtureDocument("raid", RAID_TEXT, { minhash: signature, bandKeys: ["0:a", "1:b"] }),
          fixtureResult("raid", RAID_TEXT, RAID_EVENTS),
          null,
        );
        const copyEvents = [...RAID_EVENTS, { type: "THREATEN" as const, trigger: "not stand", actor: GONDOR_GOV, recipient: MORDOR_MIL }];
        const outcome = await store.addDocument(
          fixtureDocument("raid-copy", copyText, { minhash: signature, bandKeys: ["0:a", "1:c"] }),
          fixtureResult("raid-copy", copyText, copyEvents),
          match,
        );
        assert.equal(outcome.status, "added");
        return store;
      }

      it("finds candidates by band key with their signatures", async () => {
        const store = await grouped();
        const found = await store.duplicateCandidates(["1:b", "9:z"], 10);
        assert.deepEqual(found.map((c) => c.docId), ["raid"]);
        assert.deepEqual([...(found[0]?.minhash ?? [])], [...signature]);
        assert.deepEqual((await store.duplicateCandidates(["0:a"], 10)).map((c) => c.docId), ["raid", "raid-copy"]);
        assert.deepEqual(await store.duplicateCandidates([], 10), []);
      });

      it("groups the copy with the first report, with its reason", async () => {
        const store = await grouped();
        const groups = await store.duplicateGroups(false);
        assert.equal(groups.length, 1);
        const group = groups[0]!;
        assert.equal(group.representative_id, "raid");
        assert.deepEqual(group.members.map((m) => [m.doc_id, m.matched_doc_id, m.method]), [["raid", null, "first"], ["raid-copy", "raid", "minhash"]]);
        assert.equal(group.members[1]?.similarity, 0.82);
        assert.match(group.members[1]?.reason ?? "", /Jaccard 0\.82/);
        const copy = await store.getDocument("raid-copy");
        assert.equal(copy?.story_id, "raid");
        assert.equal(copy?.group_id, group.id);
      });

      it("counts the story's events once, keeping every report", async () => {
        const store = await grouped();
        const unique = await store.events({});
        assert.deepEqual(unique.map((e) => [e.record.event, e.record.doc_id, e.reports]).sort(), [
          ["ACCUSE", "raid", 2], ["ASSAULT", "raid", 2], ["THREATEN", "raid-copy", 1],
        ]);
        const all = await store.events({ allReports: true });
        assert.equal(all.length, 5);
        assert.equal(all.filter((e) => e.duplicate).length, 2);
        const stats = await store.stats();
        assert.deepEqual([stats.documents, stats.stories, stats.events, stats.uniqueEvents, stats.groups], [2, 1, 5, 3, 1]);
        const gondor = (await store.actors({ name: "gondor" }))[0];
        assert.deepEqual(gondor && [gondor.as_actor, gondor.as_recipient], [2, 0]);
      });

      it("undoes a grouping, keeping its record", async () => {
        const store = await grouped();
        const [group] = await store.duplicateGroups(false);
        assert.ok(group);
        const undone = await store.undoDuplicateGroup(group.id);
        assert.ok(undone.undone_at);
        assert.equal((await store.getDocument("raid-copy"))?.story_id, "raid-copy");
        assert.equal((await store.getDocument("raid"))?.group_id, null);
        const events = await store.events({});
        assert.equal(events.length, 5);
        assert.ok(events.every((e) => e.reports === 1 && !e.duplicate));
        assert.deepEqual(await store.duplicateGroups(false), []);
        assert.equal((await store.duplicateGroups(true))[0]?.members.length, 2);
        assert.equal((await store.stats()).stories, 2);
        await assert.rejects(store.undoDuplicateGroup(group.id), rejectsWithCode("BAD_ARGUMENT"));
        await assert.rejects(store.undoDuplicateGroup(9999), rejectsWithCode("NOT_FOUND"));
      });

      it("starts a new group when a later copy matches an ungrouped report", async () => {
        const store = await grouped();
        const [group] = await store.duplicateGroups(false);
        await store.undoDuplicateGroup(group!.id);
        const third = RAID_TEXT.replace("Monday", "Monday night");
        await store.addDocument(fixtureDocument("raid-3", third), fixtureResult("raid-3", third, RAID_EVENTS), match);
        const groups = await store.duplicateGroups(false);
        assert.equal(groups.length, 1);
        assert.notEqual(groups[0]?.id, group!.id);
        assert.deepEqual(groups[0]?.members.map((m) => m.doc_id), ["raid", "raid-3"]);
      });
    });
  });
}
