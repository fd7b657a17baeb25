import { join } from "node:path";
import { readWordList } from "../lexicon/word-list.js";
import { loadActorDictionary, type ActorDictionary } from "../lexicon/actors.js";
import { loadLanguageData, type LanguageData } from "../lexicon/language-data.js";
import { loadTriggerLexicon, type TriggerLexicon } from "../lexicon/triggers.js";
import { dataDir } from "../paths.js";
import { loadTokenizerData, type TokenizerData } from "./tokenize/index.js";

/** Word lists of the entity recognizer (data/entities). */
export interface EntityWords {
  functionWords: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
}

/** All language knowledge the stages read, loaded once and shared by reference (never mutated). */
export interface LanguageResources {
  tokenizer: TokenizerData;
  lang: LanguageData;
  actors: ActorDictionary;
  triggers: TriggerLexicon;
  entityWords: EntityWords;
}

export interface ResourceOptions {
  /** Folder of language data; defaults to the bundled data/. */
  dataDir?: string;
  /** Extra actor dictionary files (same format as data/actors/*.tsv). */
  actorFiles?: readonly string[];
}

export function loadEntityWords(dir: string): EntityWords {
  return {
    functionWords: readWordList(join(dir, "function-words.txt")),
    orgHeads: readWordList(join(dir, "org-heads.txt")),
    personTitles: readWordList(join(dir, "person-titles.txt")),
    nameParticles: readWordList(join(dir, "name-particles.txt")),
  };
}

export function loadResources(options: ResourceOptions = {}): LanguageResources {
  const root = options.dataDir ?? dataDir();
  return {
    tokenizer: loadTokenizerData(join(root, "tokenizer")),
    lang: loadLanguageData(root),
    actors: loadActorDictionary(join(root, "actors"), options.actorFiles ?? []),
    triggers: loadTriggerLexicon(join(root, "triggers")),
    entityWords: loadEntityWords(join(root, "entities")),
  };
}
