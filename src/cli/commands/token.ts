import { existsSync } from "node:fs";
import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import { isPostgresUrl, openStore } from "../../store/index.js";
import { ReviewStore } from "../../store-review/index.js";
import type { CliIo } from "../io.js";
import { addDbOption, dbLocation } from "../store-option.js";
import { textTable } from "../text-table.js";

async function withReview<T>(option: string | undefined, fn: (review: ReviewStore) => Promise<T>): Promise<T> {
  const location = dbLocation(option);
  if (!isPostgresUrl(location) && !existsSync(location)) {
    throw new TacitusError("NOT_FOUND", `there is no database at ${location}; ingest some news first (tacitus ingest PATH) or give --db.`);
  }
  // Opening the store first runs its migrations, so the review tables sit in a current database.
  await (await openStore(location)).close();
  const review = await ReviewStore.open(location);
  try {
    return await fn(review);
  } finally {
    await review.close();
  }
}

export function registerToken(program: Command, io: CliIo, state: { exitCode: number }): void {
  const token = program.command("token").description("API tokens for the write endpoints of `tacitus serve` (stored hashed).");
  addDbOption(token.command("create").description("Create a token; it is shown once.").argument("<name>", "who uses it; recorded in the audit log"))
    .action(async (name: string, options: { db?: string }) => {
      if (!/^[\w.@-]{1,64}$/.test(name)) throw new TacitusError("BAD_ARGUMENT", `a token name is 1-64 letters, digits, . @ _ or -, not "${name}".`);
      const created = await withReview(options.db, (review) => review.createToken(name));
      io.out(`${created.token}\n`);
      io.err(`Token ${created.info.id} for ${name} created. Keep it now: only its hash is stored. Send it as: Authorization: Bearer <token>\n`);
      state.exitCode = 0;
    });
  addDbOption(token.command("list").description("List tokens (never their secrets)."))
    .action(async (options: { db?: string }) => {
      const tokens = await withReview(options.db, (review) => review.listTokens());
      io.out(textTable(["id", "name", "created", "last used", "revoked"], tokens.map((t) => [t.id, t.name, t.created_at, t.last_used_at ?? "-", t.revoked_at ?? "-"]), 32));
      state.exitCode = 0;
    });
  addDbOption(token.command("revoke").description("Revoke a token by id.").argument("<id>", "the id shown by token list"))
    .action(async (id: string, options: { db?: string }) => {
      const revoked = await withReview(options.db, (review) => review.revokeToken(id));
      io.out(`Token ${revoked.id} (${revoked.name}) revoked at ${revoked.revoked_at ?? "-"}.\n`);
      state.exitCode = 0;
    });
}
