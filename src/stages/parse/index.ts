export { createParseStage } from "./parse.js";
