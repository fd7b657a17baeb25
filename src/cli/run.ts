// Runs the CLI from source (node --import tsx src/cli/run.ts ...); bin/tacitus.js runs the built dist.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
