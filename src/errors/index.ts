export { TacitusError, isTacitusError } from "./tacitus-error.js";
export type { ErrorCode } from "./tacitus-error.js";
