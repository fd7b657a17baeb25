export { createQuotesStage, findQuotations } from "./quotes.js";
