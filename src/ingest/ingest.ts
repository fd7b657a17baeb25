/**
 * The ingest loop: sources -> documents -> (skip if stored) -> extract -> near-duplicate match
 * -> one transaction per document. Re-running after a crash resumes: stored texts are skipped
 * by content hash before any extraction.
 */
import { extname } from "node:path";
import type { DocumentResult } from "../doc/records.js";
import { TacitusError, type ErrorCode } from "../errors/index.js";
import type { AddOutcome, DocumentToAdd, DuplicateMatcher, NewDocument, Store } from "../store/index.js";
import { detectPublicationDate } from "../stages/dates/index.js";
import { cleanText, contentHash } from "./hash.js";
import { guessLanguage } from "./language.js";
import { bandKeys, bestDuplicate, minhashSignature } from "./minhash.js";
import type { SourceDocument } from "./readers/index.js";
import { listSources, readSource } from "./sources.js";

/** Documents per transaction, at most; each document is stored whole or not at all. */
const BATCH_DOCS = 64;
/** Commit at least this often (ms) when extraction is slow, so an interruption loses little work. */
const BATCH_MS = 1000;


/**
 * A document's publication date: its metadata's, else the one its text states (a dateline,
 * "Published: ..."; a year-less dateline's day in the year nearest the default), else the
 * default the user gave (`--date`) for documents that carry none.
 */
export function publicationDate(metadata: string | null, text: string, fallback: string | null): string | null {
  if (metadata !== null) return metadata;
  return detectPublicationDate(text, fallback) ?? fallback;
}

export interface IngestProblem {
  source: string;
  code: ErrorCode;
  message: string;
}

export interface IngestProgress {
  /** Documents handled so far, plus files that could not be read. */
  done: number;
  /** Best current estimate: grows as files turn out to hold several documents. */
  total: number;
  added: number;
  existing: number;
}

export interface IngestSummary {
  files: number;
  /** Files read per extension (".txt", ".md", "standard input"): shows what a folder held, ".md" notes read as news included. */
  fileKinds: Record<string, number>;
  documents: number;
  added: number;
  /** Already stored (same content hash), or repeated within this run. */
  existing: number;
  /** Added and grouped with an earlier report of the same story. */
  grouped: number;
  /** Files and documents reported and skipped. */
  skipped: number;
  events: number;
  /** Added documents with no publication date, whose relative dates ("on Tuesday") stay unresolved. */
  undated: number;
  problems: IngestProblem[];
  seconds: number;
  /** Stopped early on request; run again to resume. */
  interrupted: boolean;
}

export interface IngestOptions {
  store: Store;
  /** Runs the extractor on one document (the CLI passes the pipeline or a worker pool; tests may pass fixtures). */
  extract(doc: SourceDocument): DocumentResult | Promise<DocumentResult>;
  /** Publication date (YYYY-MM-DD) for documents that carry none. */
  defaultDate?: string | null;
  /** How many documents `extract` can work on at once (worker threads); default 1. */
  concurrency?: number;
  stdin: NodeJS.ReadableStream;
  /** Aborting stops after the document in hand; everything before it is committed. */
  signal?: AbortSignal;
  /** Group near-duplicates (default true). */
  groupDuplicates?: boolean;
  onProgress?(progress: IngestProgress): void;
  onProblem?(problem: IngestProblem): void;
}

function toProblem(source: string, error: unknown): IngestProblem {
  if (error instanceof TacitusError) return { source, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { source, code: "INTERNAL", message: `${source}: extraction failed (${message}); skipped. Please report it with this document.` };
}

/**
 * Stores a batch in one transaction. When that fails, each document is retried alone so one
 * bad document is reported and skipped; when every one fails, the store itself is at fault.
 */
async function storeBatch(
  store: Store,
  batch: readonly DocumentToAdd[],
  matcher: DuplicateMatcher | undefined,
  report: (source: string, error: unknown) => void,
): Promise<(AddOutcome | null)[]> {
  try {
    return await store.addDocuments(batch, matcher);
  } catch (batchError) {
    if (batch.length === 1) throw batchError;
    const outcomes: (AddOutcome | null)[] = [];
    const failures: [string, unknown][] = [];
    for (const item of batch) {
      try {
        outcomes.push((await store.addDocuments([item], matcher))[0] ?? null);
      } catch (error) {
        failures.push([item.doc.source ?? item.doc.id, error]);
        outcomes.push(null);
      }
    }
    if (failures.length === batch.length) throw batchError;
    for (const [source, error] of failures) report(source, error);
    return outcomes;
  }
}

/** Ingests files, folders and `-` (standard input) into the store. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const summary: IngestSummary = {
    files: 0, fileKinds: {}, documents: 0, added: 0, existing: 0, grouped: 0, skipped: 0, events: 0, undated: 0, problems: [], seconds: 0, interrupted: false,
  };
  const report = (source: string, error: unknown): void => {
    const problem = toProblem(source, error);
    summary.problems.push(problem);
    summary.skipped++;
    options.onProblem?.(problem);
  };
  const sources = await listSources(paths, report);
  const progress: IngestProgress = { done: 0, total: sources.length, added: 0, existing: 0 };
  const seenThisRun = new Set<string>();
  const matcher: DuplicateMatcher | undefined =
    options.groupDuplicates === false ? undefined : (doc, candidates) => bestDuplicate(doc.minhash, candidates);
  let pending: DocumentToAdd[] = [];
  let batchStarted = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const outcomes = await storeBatch(store, batch, matcher, report);
    outcomes.forEach((outcome, i) => {
      if (outcome === null) return;
      if (outcome.status === "added") {
        summary.added++;
        progress.added++;
        summary.events += batch[i]?.result.events.length ?? 0;
        if (batch[i]?.result.published_at === null) summary.undated++;
        if (outcome.groupId !== null) summary.grouped++;
      } else {
        summary.existing++;
        progress.existing++;
      }
    });
    options.onProgress?.({ ...progress });
  };
  options.onProgress?.({ ...progress });

  for (const source of sources) {
    if (options.signal?.aborted) break;
    summary.files++;
    const kind = source.kind === "stdin" ? "standard input" : extname(source.path).toLowerCase() || "no extension";
    summary.fileKinds[kind] = (summary.fileKinds[kind] ?? 0) + 1;
    let docs: SourceDocument[];
    try {
      const read = await readSource(source, options.stdin);
      for (const problem of read.problems) report(source.name, problem);
      docs = read.docs;
    } catch (error) {
      // A reader's unexpected failure (a parser bug on odd input) skips the file, never the run.
      const reason = error instanceof Error ? error.message : String(error);
      report(source.name, error instanceof TacitusError ? error : new TacitusError("INPUT_MALFORMED", `${source.name}: cannot be parsed (${reason}); skipped.`, { cause: error }));
      progress.done++;
      options.onProgress?.({ ...progress });
      continue;
    }
    progress.total += docs.length - 1;

    const texts = docs.map((doc) => cleanText(doc.text));
    const hashes = texts.map(contentHash);
    const stored = await store.findByHash(hashes);
    // Stored and repeated texts are counted here; only the rest is extracted.
    const fresh: { doc: SourceDocument; hash: string }[] = [];
    docs.forEach((doc, i) => {
      const text = texts[i] ?? doc.text;
      const hash = hashes[i] ?? contentHash(text);
      summary.documents++;
      if (stored.has(hash) || seenThisRun.has(hash)) {
        summary.existing++;
        progress.existing++;
        progress.done++;
        return;
      }
      seenThisRun.add(hash);
      fresh.push({ doc: { ...doc, text, publishedAt: publicationDate(doc.publishedAt, text, options.defaultDate ?? null) }, hash });
    });
    options.onProgress?.({ ...progress });

    // Extraction runs one window ahead of storing, so workers stay busy while the store writes
    // a batch; in this thread (concurrency 1) documents go one at a time.
    const concurrency = options.concurrency ?? 1;
    const windowSize = concurrency > 1 ? Math.max(BATCH_DOCS, 8 * concurrency) : 1;
    const extractWindow = (from: number): Promise<PromiseSettledResult<DocumentResult>[]> =>
      Promise.allSettled(fresh.slice(from, from + windowSize).map(async (item) => options.extract(item.doc)));
    let next = fresh.length > 0 && !options.signal?.aborted ? extractWindow(0) : null;
    for (let from = 0; next !== null; from += windowSize) {
      const results = await next;
      next = from + windowSize < fresh.length && !options.signal?.aborted ? extractWindow(from + windowSize) : null;
      for (let k = 0; k < results.length; k++) {
        const item = fresh[from + k];
        const settled = results[k];
        if (!item || !settled) continue;
        progress.done++;
        if (settled.status === "rejected") {
          // A dead worker pool stops the run (everything committed stays); a bad document is skipped.
          if (settled.reason instanceof TacitusError && settled.reason.code === "WORKER") throw settled.reason;
          report(item.doc.source, settled.reason);
          continue;
        }
        const { doc, hash } = item;
        const signature = minhashSignature(doc.text);
        const record: NewDocument = {
          id: doc.id,
          contentHash: hash,
          title: doc.title,
          url: doc.url,
          source: doc.source,
          publishedAt: doc.publishedAt,
          language: guessLanguage(doc.text),
          text: doc.text,
          minhash: signature,
          bandKeys: bandKeys(signature),
        };
        if (pending.length === 0) batchStarted = performance.now();
        pending.push({ doc: record, result: settled.value });
        if (pending.length >= BATCH_DOCS || performance.now() - batchStarted >= BATCH_MS) await flush();
        else options.onProgress?.({ ...progress });
      }
    }
  }
  await flush();
  if (options.signal?.aborted) summary.interrupted = true;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
