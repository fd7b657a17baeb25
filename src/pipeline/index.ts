export { Pipeline, checkOrder } from "./pipeline.js";
export type { Annotation, Stage } from "./stage.js";
