import { fileURLToPath } from "node:url";
import { createExtractor, type Extractor } from "../../src/extract.js";
import { loadResources, type LanguageResources } from "../../src/stages/index.js";

const actorsFile = fileURLToPath(new URL("../fixtures/fictional-actors.tsv", import.meta.url));

/** Bundled data plus the fictional actors of test/fixtures, loaded once per test file. */
export function fictionalResources(): LanguageResources {
  return loadResources({ actorFiles: [actorsFile] });
}

export function fictionalExtractor(resources: LanguageResources = fictionalResources(), options: { statementContents?: boolean; backgroundEvents?: boolean } = {}): Extractor {
  return createExtractor({ resources, ...options });
}
