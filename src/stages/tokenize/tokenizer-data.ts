import { join } from "node:path";
import { dataDir } from "../../paths.js";
import { readWordList } from "../../lexicon/word-list.js";

export interface TokenizerData {
  /** Lowercase abbreviations, without their final period. */
  abbreviations: ReadonlySet<string>;
  /** Lowercase words that start a sentence after an abbreviation such as "U.S.". */
  sentenceStarters: ReadonlySet<string>;
}

export function loadTokenizerData(dir = join(dataDir(), "tokenizer")): TokenizerData {
  return {
    abbreviations: readWordList(join(dir, "abbreviations.txt")),
    sentenceStarters: readWordList(join(dir, "sentence-starters.txt")),
  };
}
