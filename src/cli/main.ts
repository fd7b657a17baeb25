import { Command, CommanderError } from "commander";
import { isTacitusError } from "../errors/index.js";
import { processIo, type CliIo } from "./io.js";
import { terminalText } from "./terminal-text.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerEvents } from "./commands/events.js";
import { registerActors } from "./commands/actors.js";
import { registerShow } from "./commands/show.js";
import { registerExport } from "./commands/export.js";
import { registerDedup } from "./commands/dedup.js";
import { registerServe } from "./commands/serve.js";
import { registerToken } from "./commands/token.js";
import { registerEval } from "./commands/eval.js";
import { registerParse } from "./commands/parse.js";

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

/** Builds the command tree; each command module registers itself and sets `state.exitCode`. */
function buildProgram(io: CliIo, state: { exitCode: number }): Command {
  const program = new Command("tacitus")
    .description("Turn news text into verifiable event records (PLOVER).")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError(false);
  registerExtract(program, io, state);
  registerIngest(program, io, state);
  registerEvents(program, io, state);
  registerActors(program, io, state);
  registerShow(program, io, state);
  registerExport(program, io, state);
  registerDedup(program, io, state);
  registerServe(program, io, state);
  registerToken(program, io, state);
  registerEval(program, io, state);
  registerParse(program, io, state);
  return program;
}

/** Runs the CLI; returns the process exit code. The only place that turns errors into messages. */
export async function main(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  // Standard error is always for people: messages quoting file names, ids or text cannot carry escape sequences.
  const io: CliIo = { ...given, err: (text) => given.err(terminalText(text)) };
  const state = { exitCode: 0 };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (isTacitusError(error)) {
      io.err(`tacitus: ${error.message}\n`);
      return error.code === "BAD_ARGUMENT" ? EXIT_USAGE : EXIT_FAILURE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`tacitus: unexpected error: ${message}. Please report it with the input that caused it.\n`);
    return EXIT_FAILURE;
  }
}
