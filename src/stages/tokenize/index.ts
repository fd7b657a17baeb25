export { createTokenizeStage, tokenizeDoc, shapeOf } from "./tokenize.js";
export { loadTokenizerData, type TokenizerData } from "./tokenizer-data.js";
