export type { Origin, ReadResult, Reader, SourceDocument, SourceFormat } from "./reader.js";
export { READERS, readerFor, readerByFormat, sniffReader } from "./select.js";
