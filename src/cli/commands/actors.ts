import type { Command } from "commander";
import { csvField } from "../../export/index.js";
import { isSector, SECTORS } from "../../ontology/index.js";
import { TacitusError } from "../../errors/index.js";
import type { ActorFilter } from "../../store/index.js";
import type { CliIo } from "../io.js";
import { checkChoice, parseLimit } from "../event-options.js";
import { addDbOption, withReviews } from "../store-option.js";
import { textTable } from "../text-table.js";

const FORMATS = ["table", "jsonl", "csv"] as const;

interface ActorsOptions {
  db?: string;
  country?: string;
  sector?: string;
  name?: string;
  limit?: string;
  format: string;
}

export function registerActors(program: Command, io: CliIo, state: { exitCode: number }): void {
  addDbOption(
    program
      .command("actors")
      .description(
        "List actors with how many events they take part in (once per story), most active first, with reviewers' " +
          "decisions applied: rejected events are not counted, corrected ones count for the corrected actor and recipient.",
      ),
  )
    .option("--country <ISO3>", "only actors of this country")
    .option("--sector <S>", `only this sector: ${SECTORS.join(", ")}`)
    .option("--name <text>", "name contains this")
    .option("--limit <N>", "at most N actors", "50")
    .option("--format <kind>", `output: ${FORMATS.join(" | ")}`, "table")
    .action(async (options: ActorsOptions) => {
      const format = checkChoice("--format", options.format, FORMATS);
      const filter: ActorFilter = { limit: parseLimit(options.limit, 50) };
      if (options.country) filter.country = options.country.toUpperCase();
      if (options.sector) {
        const sector = options.sector.toUpperCase();
        if (!isSector(sector)) throw new TacitusError("BAD_ARGUMENT", `--sector must be one of ${SECTORS.join(", ")}, not "${options.sector}".`);
        filter.sector = sector;
      }
      if (options.name) filter.name = options.name;
      const actors = await withReviews(options.db, (_store, reviews) => reviews.actors(filter));
      if (format === "jsonl") for (const a of actors) io.out(JSON.stringify(a) + "\n");
      else if (format === "csv") {
        io.out(["name,code,country,sector,as_actor,as_recipient", ...actors.map((a) => [a.name, a.code, a.country, a.sector, a.as_actor, a.as_recipient].map(csvField).join(","))].join("\n") + "\n");
      } else {
        io.out(textTable(["actor", "code", "as actor", "as recipient"], actors.map((a) => [a.name, a.code ?? "-", String(a.as_actor), String(a.as_recipient)])));
        io.out(`${actors.length} actor${actors.length === 1 ? "" : "s"}\n`);
      }
      state.exitCode = 0;
    });
}
