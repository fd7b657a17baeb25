export * from "./score.js";
