export * from "./score.js";
export * from "./plover-gsr.js";
export * from "./coref-gum.js";
export * from "./report.js";
export * from "./gold-file.js";
