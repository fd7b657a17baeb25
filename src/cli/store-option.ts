import { existsSync } from "node:fs";
import type { Command } from "commander";
import { TacitusError } from "../errors/index.js";
import { DEFAULT_DB, isPostgresUrl, openStore, type Store } from "../store/index.js";
import { ReviewStore } from "../store-review/index.js";

/** Adds --db to a command. */
export function addDbOption(command: Command): Command {
  return command.option("--db <file|url>", `SQLite file or postgres:// URL (default: $TACITUS_DB or ./${DEFAULT_DB})`);
}

/** The database a command uses: --db, else $TACITUS_DB, else tacitus.db here. */
export function dbLocation(option: string | undefined): string {
  return option ?? (process.env["TACITUS_DB"] || DEFAULT_DB);
}

/**
 * Opens the store, runs `fn`, and closes the store whatever happens. Commands that only read
 * refuse a missing SQLite file rather than create an empty one.
 */
export async function withStore<T>(option: string | undefined, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const location = dbLocation(option);
  if (!create && !isPostgresUrl(location) && location !== ":memory:" && !existsSync(location)) {
    throw new TacitusError("NOT_FOUND", `there is no database at ${location}; ingest some news first (tacitus ingest PATH) or give --db.`);
  }
  const store = await openStore(location);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Like withStore, with the database's reviews (the dashboard's and API's review tables) open too,
 * for commands that show events as reviewers left them.
 */
export async function withReviews<T>(option: string | undefined, fn: (store: Store, reviews: ReviewStore) => Promise<T>): Promise<T> {
  return withStore(option, async (store) => {
    // Opening the store has run its migrations, so the review tables exist.
    const reviews = await ReviewStore.open(dbLocation(option));
    try {
      return await fn(store, reviews);
    } finally {
      await reviews.close();
    }
  });
}
