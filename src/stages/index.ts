import type { Stage } from "../pipeline/index.js";

export interface ExtractorOptions {
  /** Folder of language data; defaults to the bundled data/. */
  dataDir?: string;
}

/** The default stage list, in pipeline order. */
export function createDefaultStages(_options: ExtractorOptions): Stage[] {
  return [];
}
