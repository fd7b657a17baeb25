export { createTagStage, loadTagModels, tagDoc, TagScratch, type TagModels, type TagStageOptions } from "./tag.js";
