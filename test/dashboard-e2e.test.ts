/**
 * The dashboard end to end in Debian's Chromium (TACITUS_CHROMIUM, see .ci/start-chromium.sh):
 * the founding example is ingested with the real extractor, served by the real server, opened in
 * the article view with its events highlighted, one event is corrected, and the correction is
 * read back from the API. Screenshots of every view go to docs/screenshots/.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExtractor } from "../src/extract.js";
import { ingestPaths } from "../src/ingest/index.js";
import { packageRoot } from "../src/paths.js";
import { startServer, type RunningServer } from "../src/server/index.js";
import { openStore } from "../src/store/index.js";
import { ReviewStore } from "../src/store-review/index.js";

const CHROMIUM = process.env["TACITUS_CHROMIUM"];
const ROOT = packageRoot();
const WEB = join(ROOT, "web", "dist");
const SHOTS = join(ROOT, "docs", "screenshots");
const EXAMPLE = join(ROOT, "examples", "venezuela-sebin-arrests.txt");
const VIEWS = ["article", "events", "timeline", "network", "map", "review"] as const;

function hasPlaywright(): boolean {
  try {
    createRequire(import.meta.url).resolve("playwright-core");
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "MODULE_NOT_FOUND") return false;
    throw error;
  }
}

const skip = !CHROMIUM
  ? "TACITUS_CHROMIUM is unset: run eval \"$(.ci/start-chromium.sh)\" first"
  : !existsSync(join(WEB, "index.html"))
    ? "web/dist is not built: run npx vite build web"
    : false;

/** The few playwright-core calls this test makes (the package is optional, so typed here). */
interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  press(selector: string, key: string): Promise<void>;
  selectOption(selector: string, value: string): Promise<unknown>;
  locator(selector: string): { count(): Promise<number> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  on(event: "request", fn: (request: { url(): string }) => void): void;
}
interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: {
    launchPersistentContext(userDataDir: string, options: { executablePath: string; args: string[]; headless: boolean; viewport: { width: number; height: number } }): Promise<BrowserContext>;
  };
}

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

describe("dashboard in Chromium", { skip }, () => {
  let dir = "";
  let server: RunningServer;
  let token = "";
  let docId = "";

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "tacitus-e2e-"));
    const db = join(dir, "e2e.db");
    const store = await openStore(db);
    const extractor = createExtractor();
    // As a JSON Lines record, so the example carries its publication date (Thursday 2019-03-21).
    const jsonl = join(dir, "founding.jsonl");
    writeFileSync(jsonl, JSON.stringify({ id: "venezuela-sebin-arrests", text: readFileSync(EXAMPLE, "utf8"), title: "Venezuelan intelligence service arrests Guaido's associates", published_at: "2019-03-21" }) + "\n");
    try {
      const summary = await ingestPaths([jsonl], { store, extract: (doc) => extractor.extract(doc), stdin: process.stdin });
      assert.equal(summary.added, 1, JSON.stringify(summary.problems));
    } finally {
      await store.close();
    }
    const review = await ReviewStore.open(db);
    token = (await review.createToken("e2e-reviewer")).token;
    await review.close();
    server = await startServer({
      db, host: "127.0.0.1", port: 0, readAccess: "local", maxBodyBytes: 1 << 20, webRoot: WEB,
      extract: (doc) => extractor.extract(doc), log: (line) => assert.fail(line),
    });
    const docs = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: { id: string }[] };
    docId = docs.documents[0]?.id ?? "";
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const firstEvent = async (): Promise<{ id: string; event: string; doc_id: string }> => {
    const body = (await (await fetch(`${server.url}/api/events?order=asc&limit=1`)).json()) as { events: { id: string; event: string; doc_id: string }[] };
    const event = body.events[0];
    assert.ok(event, "the founding example has events");
    return event;
  };

  it("shows the founding example with its events highlighted, takes a correction, and the API has it", { skip: hasPlaywright() ? false : "playwright-core is not installed: npm install" }, async () => {
    const name = "playwright-core";
    const { chromium } = (await import(name)) as Playwright;
    // playwright takes the fresh profile folder here rather than as --user-data-dir.
    const browser = await chromium.launchPersistentContext(join(dir, "profile"), { executablePath: CHROMIUM ?? "", args: FLAGS, headless: true, viewport: { width: 1400, height: 1000 } });
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) outside.push(request.url());
      });
      await page.goto(`${server.url}/#/article/${encodeURIComponent(docId)}`);
      await page.waitForSelector(".event-card");
      assert.ok((await page.locator(".article-text .trigger").count()) > 0, "triggers are highlighted");
      assert.ok((await page.locator(".article-text .actor").count()) > 0, "actors are highlighted");
      assert.ok((await page.locator(".article-text .quote").count()) > 0, "quotations are highlighted");
      await page.click(".event-card");
      await page.waitForSelector(".article-text .evidence");
      await page.screenshot({ path: join(SHOTS, "article.png") });
      // A view that fails shows an error instead of its content, so waiting for the content checks it.
      const content: Record<string, string> = { events: "#events-table tbody tr", timeline: "svg.timeline rect", network: "svg.network path.edge", map: "canvas#world-map" };
      for (const view of VIEWS.filter((v) => v !== "article" && v !== "review")) {
        await page.goto(`${server.url}/#/${view}`);
        await page.waitForSelector(`#view[data-ready="true"] .view-${view} ${content[view] ?? ""}`);
        await page.screenshot({ path: join(SHOTS, `${view}.png`) });
      }
      const target = await firstEvent();
      const corrected = target.event === "ASSAULT" ? "COERCE" : "ASSAULT";
      await page.goto(`${server.url}/#/review`);
      await page.waitForSelector("#review-queue");
      await page.fill("#token", token);
      // Leaving the field saves the token ("change"); a click on the page could land on an article link.
      await page.press("#token", "Tab");
      await page.screenshot({ path: join(SHOTS, "review.png") });
      const row = `.review-item[data-event-id="${target.id}"]`;
      await page.click(`${row} button.correct`);
      await page.selectOption(`${row} select[name="event"]`, corrected);
      await page.fill(`${row} input[name="note"]`, "e2e correction");
      await page.click(`${row} button[type="submit"]`);
      await page.waitForSelector("#review-status .message");
      assert.equal(await page.locator("#review-status .message.error").count(), 0, "the correction is saved");
      await page.waitForSelector(`#audit-table a:text-is("${target.id}")`);
      await page.goto(`${server.url}/#/article/${encodeURIComponent(docId)}`);
      await page.waitForSelector(`.event-card[data-event-id="${target.id}"] .review-state.corrected`);
      const event = (await (await fetch(`${server.url}/api/events/${target.id}`)).json()) as { event: string; corrected: boolean; review: { reviewed_by: string } };
      assert.equal(event.event, corrected);
      assert.equal(event.corrected, true);
      assert.equal(event.review.reviewed_by, "e2e-reviewer");
      assert.deepEqual(outside, [], "no request leaves the machine");
    } finally {
      await browser.close();
    }
  });
});
