import cliProgress from "cli-progress";
import type { IngestProgress } from "../ingest/index.js";
import { terminalText } from "./terminal-text.js";

export interface ProgressDisplay {
  update(progress: IngestProgress): void;
  /** Prints a line above the bar (or plainly when there is no bar). */
  log(line: string): void;
  stop(): void;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** A progress bar on a terminal's stderr: documents, documents/s and ETA. */
export function terminalProgress(stream: NodeJS.WriteStream): ProgressDisplay {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "ingest [{bar}] {value}/{total} docs | {rate} docs/s | {added} new | ETA {left}",
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { rate: "0", added: 0, left: "--" });
  let stopped = false;
  return {
    update(progress) {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? progress.done / seconds : 0;
      const left = Math.max(0, progress.total - progress.done);
      bar.setTotal(Math.max(progress.total, progress.done, 1));
      bar.update(progress.done, { rate: rate.toFixed(1), added: progress.added, left: rate > 0 ? formatEta(left / rate) : "--" });
    },
    log(line) {
      stream.clearLine(0);
      stream.cursorTo(0);
      stream.write(terminalText(line.endsWith("\n") ? line : line + "\n"));
    },
    stop() {
      if (!stopped) bar.stop();
      stopped = true;
    },
  };
}

/** No bar (pipes, tests): problems still go to stderr. */
export function quietProgress(err: (text: string) => void): ProgressDisplay {
  return { update: () => undefined, log: (line) => err(line.endsWith("\n") ? line : line + "\n"), stop: () => undefined };
}
