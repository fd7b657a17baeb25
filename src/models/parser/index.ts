/**
 * Dependency parser producing UD relations (with subtypes such as nsubj:pass, obl:agent).
 *
 * - Transition system: arc-hybrid, root at the end of the buffer, single root (state.ts).
 * - Training: dynamic oracle (Goldberg & Nivre 2013) with exploration, averaged perceptron over
 *   hashed Zhang & Nivre (2011) style features (features.ts); non-projective training trees are
 *   projectivized by lifting; case augmentation; jackknifed tags (trainer.ts) mixed with gold.
 * - Labels: a second perceptron scores the relation of each arc once chosen, over the labels seen
 *   for the dependent's UPOS and side in training (model.ts).
 * - Weights: models/parser.bin, a TCTS model file with gzip'd Int8 tables (io.ts).
 * - Metrics: UAS/LAS as the CoNLL 2018 scorer defines them (metrics.ts).
 */
export { ParserModel, ParserWorkspace, parseLoaded, type ParserInfo } from "./model.js";
export {
  trainParser, parseConlluSentences, evaluateParser, type TrainParserOptions, type SentenceTags,
} from "./train.js";
export { saveParser, loadParser, serializeParser, deserializeParser, PARSER_FORMAT_VERSION } from "./io.js";
export { scoreParses, scoreConllu, type AttachmentScores } from "./metrics.js";
export { projectivize, isProjective } from "./state.js";
