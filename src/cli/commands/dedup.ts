import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import type { DuplicateGroup } from "../../store/index.js";
import type { CliIo } from "../io.js";
import { addDbOption, withStore } from "../store-option.js";
import { plural } from "../plural.js";
import { terminalLine } from "../terminal-text.js";
import { textTable } from "../text-table.js";

function parseGroup(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new TacitusError("BAD_ARGUMENT", `GROUP must be a group number as listed by tacitus dedup list, not "${value}".`);
  return id;
}

export function formatGroup(group: DuplicateGroup): string {
  const status = group.undone_at ? `undone at ${group.undone_at}` : "active";
  return (
    `group ${group.id} (${status}), story ${terminalLine(group.representative_id)}, created ${group.created_at}\n` +
    textTable(
      ["document", "title", "matched", "similarity", "reason"],
      group.members.map((m) => [m.doc_id, m.title ?? "-", m.matched_doc_id ?? "-", m.similarity === null ? "-" : m.similarity.toFixed(2), m.reason]),
      60,
    )
  );
}

export function registerDedup(program: Command, io: CliIo, state: { exitCode: number }): void {
  const dedup = program.command("dedup").description("Near-duplicate groups: reports of one story, and why they were grouped.");
  addDbOption(dedup.command("list").description("List near-duplicate groups."))
    .option("--all", "include groups that were undone")
    .action(async (options: { db?: string; all?: boolean }) => {
      const groups = await withStore(options.db, (store) => store.duplicateGroups(options.all === true));
      io.out(
        textTable(
          ["group", "story", "reports", "status"],
          groups.map((g) => [String(g.id), g.representative_id, String(g.members.length), g.undone_at ? "undone" : "active"]),
        ),
      );
      io.out(`${plural(groups.length, "group")}; details: tacitus dedup show GROUP\n`);
      state.exitCode = 0;
    });
  addDbOption(dedup.command("show").description("Show a group's reports and the reason each was grouped.").argument("<group>", "group number"))
    .action(async (value: string, options: { db?: string }) => {
      const id = parseGroup(value);
      const group = await withStore(options.db, (store) => store.duplicateGroup(id));
      if (!group) throw new TacitusError("NOT_FOUND", `there is no near-duplicate group ${id}; list them with: tacitus dedup list`);
      io.out(formatGroup(group));
      state.exitCode = 0;
    });
  addDbOption(dedup.command("undo").description("Split a group back into separate stories (its record is kept).").argument("<group>", "group number"))
    .action(async (value: string, options: { db?: string }) => {
      const id = parseGroup(value);
      const group = await withStore(options.db, async (store) => {
        // Undoing twice is a valid request that cannot be done (exit 1), not wrong usage (exit 2).
        const current = await store.duplicateGroup(id);
        if (current?.undone_at) {
          throw new TacitusError("NOT_FOUND", `group ${id} was already undone at ${current.undone_at}; nothing to do. Active groups: tacitus dedup list`);
        }
        return store.undoDuplicateGroup(id);
      });
      io.out(`undid group ${group.id}: its ${plural(group.members.length, "report")} are separate stories again; their events now count once each.\n`);
      state.exitCode = 0;
    });
}
