export { createCorefStage, resolveCoreference } from "./coref.js";
export { describeMention, type Description } from "./describe.js";
