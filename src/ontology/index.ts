export * from "./plover.js";
