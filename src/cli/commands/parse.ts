import { basename } from "node:path";
import type { Command } from "commander";
import { TacitusError } from "../../errors/index.js";
import { decodeText, MAX_DOCUMENT_BYTES } from "../../ingest/decode.js";
import { formatConllu, parseConllu } from "../../models/conllu.js";
import { Pipeline } from "../../pipeline/index.js";
import { createLinguisticStages, loadResources } from "../../stages/index.js";
import { createEntityPredictor } from "../../stages/ner/index.js";
import type { CliIo } from "../io.js";
import { conlluFromDoc, docFromConllu } from "../conllu-doc.js";
import { readBytes } from "../read-input.js";

interface ParseOptions {
  input?: string;
  format: string;
}

/** Treebanks are larger than articles. */
const MAX_CONLLU_BYTES = 256 * 1024 * 1024;

export function registerParse(program: Command, io: CliIo, state: { exitCode: number }): void {
  program
    .command("parse")
    .description("Tag, lemmatize, parse and find named entities; write CoNLL-U (or JSON).")
    .argument("<file>", "a text or CoNLL-U file; - reads standard input")
    .option("--input <kind>", "input kind: text | conllu (keeps the given sentences and words); default: conllu for a .conllu file, else text")
    .option("--format <kind>", "output: conllu | json", "conllu")
    .action(async (file: string, options: ParseOptions) => {
      const input = options.input ?? (/\.conllu$/i.test(file) ? "conllu" : "text");
      if (input !== "text" && input !== "conllu") {
        throw new TacitusError("BAD_ARGUMENT", `--input must be text or conllu, not "${input}".`);
      }
      if (options.format !== "conllu" && options.format !== "json") {
        throw new TacitusError("BAD_ARGUMENT", `--format must be conllu or json, not "${options.format}".`);
      }
      const source = file === "-" ? "standard input" : file;
      const id = file === "-" ? "stdin" : basename(file);
      const fromTokens = input === "conllu";
      const text = decodeText(await readBytes(file, io), source, fromTokens ? MAX_CONLLU_BYTES : MAX_DOCUMENT_BYTES);
      const resources = loadResources();
      const pipeline = new Pipeline(createLinguisticStages({ resources, fromTokens }), fromTokens ? ["text", "norm", "tokens", "sentences"] : ["text"]);
      const predictEntities = createEntityPredictor({ gazetteer: resources.lang });
      const given = fromTokens ? parseConllu(text, source) : undefined;
      if (given && given.length === 0) throw new TacitusError("INPUT_EMPTY", `${source} has no CoNLL-U sentences; give a file with word lines.`);
      const doc = given ? pipeline.run(docFromConllu(given, id)) : pipeline.process({ id, text });
      const sentences = conlluFromDoc(doc, predictEntities(doc), given);
      io.out(options.format === "conllu" ? formatConllu(sentences) : JSON.stringify({ doc_id: doc.id, sentences }) + "\n");
      state.exitCode = 0;
    });
}
