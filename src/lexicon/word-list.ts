import { existsSync, readFileSync } from "node:fs";
import { TacitusError } from "../errors/index.js";

/** Reads a one-word-per-line list, lowercased; `#` starts a comment. */
export function readWordList(path: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new TacitusError("DATA_FILE", `Cannot read ${path}; reinstall Tacitus or restore the file.`, { cause });
  }
  const words = new Set<string>();
  for (const line of text.split("\n")) {
    const word = line.replace(/#.*/, "").trim().toLowerCase();
    if (word !== "") words.add(word);
  }
  return words;
}

/** A word list that a user's own data folder may leave out: empty when the file is absent. */
export function readOptionalWordList(path: string): Set<string> {
  return existsSync(path) ? readWordList(path) : new Set();
}
