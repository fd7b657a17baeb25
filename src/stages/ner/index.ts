export {
  createEntityPredictor, createNerStage, loadRecognizer, NerScratch, predictEntities,
  type NerModelOptions, type NerStageOptions, type PredictedEntity,
} from "./ner.js";
