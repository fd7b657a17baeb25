import type { Stage } from "../pipeline/index.js";
import { createCasingStage, createTruecaseStage } from "./casing/index.js";
import { createCorefStage } from "./coref/index.js";
import { createDatesStage } from "./dates/index.js";
import { createEntitiesStage } from "./entities/index.js";
import { createEventsStage } from "./events/index.js";
import { createNormalizeStage } from "./normalize/index.js";
import { createQuotesStage } from "./quotes/index.js";
import { createParseStage, loadParseModel } from "./parse/index.js";
import type { ParserModel } from "../models/parser/model.js";
import type { EntityRecognizer } from "../models/ner.js";
import { createModelNamesStage } from "./ner/model-names.js";
import { loadRecognizer } from "./ner/ner.js";
import { createTagStage, loadTagModels, type TagModels } from "./tag/index.js";
import { createTruecaseModelStage } from "./truecase-model/index.js";
import { loadResources, type LanguageResources, type ResourceOptions } from "./resources.js";
import { createTokenizeStage } from "./tokenize/index.js";

export interface ExtractorOptions extends ResourceOptions {
  /** Already loaded resources, to share one copy between extractors. */
  resources?: LanguageResources;
  /** Already loaded tagger and lemmatizer. */
  tagModels?: TagModels;
  /** Already loaded dependency parser. */
  parser?: ParserModel;
  /** Already loaded entity recognizer. */
  recognizer?: EntityRecognizer;
  /** Keep the contents of statements as hypothetical events (see EventsStageOptions). */
  statementContents?: boolean;
  /** Keep the deeds of the story's background (see EventsStageOptions). */
  backgroundEvents?: boolean;
}

/** The default stage list, in pipeline order. */
export function createDefaultStages(options: ExtractorOptions): Stage[] {
  const res = options.resources ?? loadResources(options);
  return [
    createNormalizeStage(),
    createTokenizeStage(res.tokenizer),
    createCasingStage(res),
    createDatesStage(),
    createEntitiesStage(res),
    createTruecaseStage(res),
    createTagStage({ models: options.tagModels ?? loadTagModels({ gazetteer: res.lang }) }),
    createParseStage(options.parser ?? loadParseModel()),
    createModelNamesStage(options.recognizer ?? loadRecognizer({ gazetteer: res.lang }), res),
    createCorefStage(res),
    createQuotesStage(res),
    createEventsStage(res, { statementContents: options.statementContents === true, backgroundEvents: options.backgroundEvents === true }),
  ];
}

export { loadResources, type LanguageResources, type ResourceOptions } from "./resources.js";

/**
 * The trained linguistic stages alone (casing repair by the truecaser, tags, lemmas, dependencies),
 * for `tacitus parse`. With `fromTokens` the document arrives tokenized (from a treebank).
 */
export function createLinguisticStages(options: ExtractorOptions & { fromTokens: boolean }): Stage[] {
  const res = options.resources ?? loadResources(options);
  const front = options.fromTokens ? [] : [createNormalizeStage(), createTokenizeStage(res.tokenizer)];
  return [
    ...front,
    createCasingStage(res),
    createTruecaseModelStage({ gazetteer: res.lang }),
    createTagStage({ models: options.tagModels ?? loadTagModels({ gazetteer: res.lang }) }),
    createParseStage(options.parser ?? loadParseModel()),
  ];
}
