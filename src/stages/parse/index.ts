import { join } from "node:path";
import { loadParser } from "../../models/parser/io.js";
import type { ParserModel } from "../../models/parser/model.js";
import { modelsDir } from "../../paths.js";

export { createParseStage } from "./parse.js";

/** Loads models/parser.bin (MODEL_FILE error when missing or corrupt). */
export function loadParseModel(dir: string = modelsDir()): ParserModel {
  return loadParser(join(dir, "parser.bin"));
}
