export * from "./document.js";
export * from "./records.js";
export { StringStore } from "./string-store.js";
export { toDocumentResult, truecasedText, stableId } from "./serialize.js";
