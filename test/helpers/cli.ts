import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";

/** A CLI io that records what a command writes, with the given standard input. */
export function captureIo(stdin = ""): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: {
      out: (text) => void (out += text),
      err: (text) => void (err += text),
      stdin: Readable.from([Buffer.from(stdin)]),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
    out: () => out,
    err: () => err,
  };
}
