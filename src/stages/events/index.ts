export { createEventsStage, codeEvents } from "./events.js";
