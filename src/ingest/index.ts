export { decodeText, MAX_DOCUMENT_BYTES } from "./decode.js";
export { parseJsonlDocuments, toIsoDate, type InputDocument } from "./jsonl.js";
export { cleanText, contentHash, normalizeForHash } from "./hash.js";
export { guessLanguage } from "./language.js";
export { bandKeys, bestDuplicate, estimateSimilarity, minhashSignature, shingleHashes } from "./minhash.js";
export { listSources, readSource, type Source } from "./sources.js";
export { ingestPaths, publicationDate, type IngestOptions, type IngestProblem, type IngestProgress, type IngestSummary } from "./ingest.js";
export * from "./readers/index.js";
