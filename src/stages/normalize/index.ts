export { createNormalizeStage, normalizeWithOffsets } from "./normalize.js";
