export { createEntitiesStage, recognizeEntities, titleCase } from "./recognize.js";
