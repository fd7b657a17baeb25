export { createEventsStage, codeEvents, type EventsStageOptions } from "./events.js";
