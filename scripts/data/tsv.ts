import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Reads a file from an installed package; the build only uses what npm already put in node_modules. */
export function readPackageFile(root: string, pkg: string, file: string): string {
  return readFileSync(join(root, "node_modules", pkg, file), "utf8");
}

export function readPackageJson(root: string, pkg: string): { version: string; license: string } {
  const parsed = JSON.parse(readPackageFile(root, pkg, "package.json")) as { version?: unknown; license?: unknown };
  return { version: String(parsed.version ?? "?"), license: String(parsed.license ?? "?") };
}

/** Tabs and newlines would break the row format; the sources never need them inside a field. */
function cleanField(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ").trim();
}

/** Writes a TSV file with `#` comment lines on top; rows are written in the order given. */
export function writeTsv(path: string, header: string[], rows: readonly (readonly string[])[]): number {
  const lines = header.map((h) => `# ${h}`);
  for (const row of rows) lines.push(row.map(cleanField).join("\t"));
  const text = lines.join("\n") + "\n";
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

export function writeText(path: string, text: string): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Latin-script folding for the ascii-name column: strip accents and spell out letters NFD cannot split. */
export function asciiFold(value: string): string {
  const special: Record<string, string> = {
    ß: "ss", ø: "o", Ø: "O", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ł: "l", Ł: "L", đ: "d", Đ: "D",
    ı: "i", þ: "th", Þ: "Th", ð: "d", Ð: "D", ħ: "h", Ħ: "H", ŀ: "l", ĸ: "k",
    "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "`": "'",
  };
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^ -~]/g, (ch) => special[ch] ?? ch); // anything outside printable ASCII
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
