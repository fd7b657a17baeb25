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
  /** Nouns closing a place's name ("... Arena", "... Sea"). */
  placeHeads: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /** Adjectives of a continent or region ("european", "arab"): they name no single country. */
  regionAdjectives: ReadonlySet<string>;
  /** Military ranks a sports team has too ("captain"): after a place's name, the team's. */
  teamRanks: ReadonlySet<string>;
  /** Nouns of a settlement ("town", "village"): "the town of X" names a place. */
  settlementNouns: ReadonlySet<string>;
  /** Nouns of a natural feature ("shoal", "lake"): after a city's name they name another place. */
  naturalFeatures: ReadonlySet<string>;
  /** Honorifics that are also courtesy titles ("sheikh"): another role in a description wins over them. */
  courtesyTitles: ReadonlySet<string>;
}

/** All language knowledge the stages read, loaded once and shared by reference (never mutated). */
export interface LanguageResources {
  tokenizer: TokenizerData;
  lang: LanguageData;
  actors: ActorDictionary;
  triggers: TriggerLexicon;
  entityWords: EntityWords;
  /** First word of every multiword name in the lexicons -> the most words such a name has (skip work early). */
  nameHooks: ReadonlyMap<string, number>;
}

/** Indexes multiword names by their first word, so a token that starts none is tried as one word only. */
function indexNameHooks(keySets: Iterable<Iterable<string>>): Map<string, number> {
  const hooks = new Map<string, number>();
  for (const keys of keySets) {
    for (const key of keys) {
      const words = key.split(" ");
      // "people's" is two tokens ("people" + "'s") once tokenized.
      const tokens = words.reduce((n, w) => n + (w.length > 2 && w.endsWith("'s") ? 2 : 1), 0);
      if (tokens < 2) continue;
      const first = (words[0] ?? "").replace(/'s$/, "");
      hooks.set(first, Math.max(hooks.get(first) ?? 0, tokens));
    }
  }
  return hooks;
}

export interface ResourceOptions {
  /** Folder of language data; defaults to the bundled data/. */
  dataDir?: string;
  /** Extra actor dictionary files (same format as data/actors/*.tsv). */
  actorFiles?: readonly string[];
}

/** The entity recognizer's word lists; the name heads and titles come with the language data, whose models read them too. */
export function loadEntityWords(dir: string, lang: LanguageData): EntityWords {
  return {
    functionWords: readWordList(join(dir, "function-words.txt")),
    orgHeads: lang.orgHeads,
    placeHeads: lang.placeHeads,
    personTitles: lang.personTitles,
    nameParticles: readWordList(join(dir, "name-particles.txt")),
    regionAdjectives: readWordList(join(dir, "region-adjectives.txt")),
    teamRanks: readWordList(join(dir, "team-ranks.txt")),
    settlementNouns: readWordList(join(dir, "settlement-nouns.txt")),
    naturalFeatures: readWordList(join(dir, "natural-features.txt")),
    courtesyTitles: readWordList(join(dir, "courtesy-titles.txt")),
  };
}

/** Exact-case aliases ("=Met Police") lowercased, so the recognizer knows how many words to try at their first word. */
function* exactAliasesLowered(aliases: Iterable<string>): Iterable<string> {
  for (const alias of aliases) yield alias.toLowerCase();
}

export function loadResources(options: ResourceOptions = {}): LanguageResources {
  const root = options.dataDir ?? dataDir();
  const lang = loadLanguageData(root);
  const actors = loadActorDictionary(join(root, "actors"), options.actorFiles ?? []);
  return {
    tokenizer: loadTokenizerData(join(root, "tokenizer")),
    lang,
    actors,
    triggers: loadTriggerLexicon(join(root, "triggers")),
    entityWords: loadEntityWords(join(root, "entities"), lang),
    nameHooks: indexNameHooks([actors.byAlias.keys(), exactAliasesLowered(actors.byExactAlias.keys()), lang.countriesByName.keys(), lang.demonyms.keys(), lang.cities.keys(), lang.features.keys()]),
  };
}
