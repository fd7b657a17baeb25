export * from "./language-data.js";
export * from "./triggers.js";
export * from "./actors.js";
