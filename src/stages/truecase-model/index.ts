export {
  createTruecaseModelStage, loadTruecaser, predictCaseClasses, truecaseWithModel, TruecaseScratch,
  type TruecaseModelStageOptions, type TruecaserOptions,
} from "./truecase-model.js";
