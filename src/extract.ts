import type { Doc, DocumentInit } from "./doc/document.js";
import type { DocumentResult } from "./doc/records.js";
import { toDocumentResult } from "./doc/serialize.js";
import { Pipeline } from "./pipeline/index.js";
import { createDefaultStages, type ExtractorOptions } from "./stages/index.js";

/** The extraction pipeline with its language data loaded once; reuse it for many documents. */
export interface Extractor {
  readonly pipeline: Pipeline;
  process(init: DocumentInit): Doc;
  extract(init: DocumentInit): DocumentResult;
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const pipeline = new Pipeline(createDefaultStages(options));
  return {
    pipeline,
    process: (init) => pipeline.process(init),
    extract: (init) => toDocumentResult(pipeline.process(init)),
  };
}
