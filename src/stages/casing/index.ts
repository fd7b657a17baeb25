export { createCasingStage, detectDamagedCasing, isSentenceInitial } from "./detect.js";
export { createTruecaseStage, truecaseDoc } from "./truecase.js";
